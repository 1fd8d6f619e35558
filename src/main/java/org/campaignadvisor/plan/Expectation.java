package org.campaignadvisor.plan;

import java.util.List;

/** In scenario files: the finding ids the plan must produce and must not produce. */
public record Expectation(List<String> fires, List<String> doesNotFire) {
    public Expectation {
        fires = Defaults.list(fires);
        doesNotFire = Defaults.list(doesNotFire);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return fires.isEmpty() && doesNotFire.isEmpty();
    }
}
