package org.campaignadvisor.evidence;

import java.util.List;
import java.util.Map;

/**
 * The country a plan runs in: how many people are online and where, how the state treats media and
 * the internet, and how much civic space there is. Rules read it for reach estimates, legal risks
 * and how much exposure a step may ask of people.
 *
 * @param civicSpace                   the level of civic space (CIVICUS Monitor scale); for a 2011 profile
 *                                     this is the project's assessment from the facts in {@code civicSpaceBasis}
 * @param internetFiguresDisputed      the source doubts the official internet user counts (they may count
 *                                     the same users several times), so reach estimates are upper bounds
 * @param foreignPressureWorked        foreign criticism is recorded as having changed the government's course
 * @param campaignsCondemnedOfficially officials are recorded as publicly condemning a campaign of this kind
 * @param candidatesGuaranteedMedia    the election law guarantees registered candidates free publications and airtime
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
        boolean internetFiguresDisputed,
        boolean foreignPressureWorked,
        boolean campaignsCondemnedOfficially,
        boolean candidatesGuaranteedMedia,
        CivicSpace civicSpace,
        List<String> civicSpaceBasis,
        List<String> sources,
        String notes) {

    public ContextProfile {
        platformShares = platformShares == null ? Map.of() : Map.copyOf(platformShares);
        subscriberGrowth = subscriberGrowth == null ? List.of() : List.copyOf(subscriberGrowth);
        sources = sources == null ? List.of() : List.copyOf(sources);
        civicSpaceBasis = civicSpaceBasis == null ? List.of() : List.copyOf(civicSpaceBasis);
        civicSpace = civicSpace == null ? CivicSpace.OBSTRUCTED : civicSpace;
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

    /** True where exposing people must be weighed (civic space obstructed, repressed or closed). */
    public boolean restricted() {
        return civicSpace.restricted();
    }

    /**
     * Whether this context holds the facts a country-specific lesson describes: the OSCE episode (A7),
     * websites as blockable mass media (N13), the election commission's condemnation (N15), untrusted
     * official figures (N16). Lessons that are not country-specific hold everywhere.
     */
    public boolean supports(Lesson lesson) {
        if (!lesson.country()) {
            return true;
        }
        return switch (lesson.id()) {
            case "A7" -> foreignPressureWorked;
            case "N13" -> websitesAreMassMedia || blockingPowers();
            case "N15" -> campaignsCondemnedOfficially;
            case "N16" -> !officialFiguresTrusted;
            default -> false;
        };
    }
}
