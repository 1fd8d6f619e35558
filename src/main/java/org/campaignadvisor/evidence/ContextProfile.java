package org.campaignadvisor.evidence;

import java.util.List;
import java.util.Map;

/**
 * The country a plan runs in: how many people are online and where, and how the state treats media
 * and the internet. Rules read it for reach estimates and legal risks.
 */
public record ContextProfile(
        String id,
        String label,
        boolean example,
        long population,
        long internetUsers,
        String asOf,
        Map<String, Double> platformShares,
        List<SubscriberCount> subscriberGrowth,
        boolean stateControlledMedia,
        boolean websitesAreMassMedia,
        Integer blockingSince,
        String electionLawOnInternet,
        Double officialTurnout,
        Double incumbentShare,
        boolean officialFiguresTrusted,
        List<String> sources,
        String notes) {

    public ContextProfile {
        platformShares = platformShares == null ? Map.of() : Map.copyOf(platformShares);
        subscriberGrowth = subscriberGrowth == null ? List.of() : List.copyOf(subscriberGrowth);
        sources = sources == null ? List.of() : List.copyOf(sources);
        electionLawOnInternet = electionLawOnInternet == null ? "" : electionLawOnInternet;
        notes = notes == null ? "" : notes.strip();
        label = label == null ? id : label;
    }

    /** Share of the population online (internet users / population), 0 when unknown. */
    public double internetShare() {
        return population <= 0 ? 0 : Math.min(1.0, (double) internetUsers / population);
    }

    /** True when the state can block websites administratively. */
    public boolean blockingPowers() {
        return blockingSince != null;
    }
}
