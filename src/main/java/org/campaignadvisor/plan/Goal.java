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
        List<String> decisionMakers) {

    private static final Set<String> AUTHORITIES = Set.of("officials", "parliament", "election-commission");

    public Goal {
        kind = Defaults.text(kind, "");
        description = Defaults.text(description, "");
        offlineAction = Defaults.text(offlineAction, "none");
        target = Defaults.object(target, new Target(0, null));
        ask = Defaults.text(ask, "");
        decisionMakers = Defaults.list(decisionMakers);
    }

    /** True when the campaign can only succeed by moving officials, parliament or the election commission. */
    public boolean needsAuthorities() {
        return decisionMakers.stream().anyMatch(AUTHORITIES::contains);
    }
}
