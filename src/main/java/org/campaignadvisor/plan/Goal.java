package org.campaignadvisor.plan;

import java.util.List;
import java.util.Set;

/** What the campaign wants, whom it must move and what supporters are asked to do. */
public record Goal(
        String kind,
        String description,
        String offlineAction,
        Target target,
        boolean publicCounter,
        String ask,
        List<String> decisionMakers,
        String scope) {

    private static final Set<String> AUTHORITIES = Set.of("officials", "parliament", "election-commission");

    public Goal {
        kind = Defaults.text(kind, "");
        description = Defaults.text(description, "");
        offlineAction = Defaults.text(offlineAction, "none");
        target = Defaults.object(target, new Target(0, null));
        ask = Defaults.text(ask, "");
        decisionMakers = Defaults.list(decisionMakers);
        scope = Defaults.text(scope, "");
    }

    private static final Set<String> NATIONAL_BY_NATURE = Set.of("electoral", "turnout", "boycott", "spoil-ballot");

    /**
     * True when the campaign's stake is national: said so in {@code scope}, or, when the scope is not
     * given, an election-related campaign (electoral, turnout, boycott, spoil-ballot).
     */
    public boolean national() {
        return scope.isEmpty() ? NATIONAL_BY_NATURE.contains(kind) : "national".equals(scope);
    }

    /** True when the campaign can only succeed by moving officials, parliament or the election commission. */
    public boolean needsAuthorities() {
        return decisionMakers.stream().anyMatch(AUTHORITIES::contains);
    }
}
