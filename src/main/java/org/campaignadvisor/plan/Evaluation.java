package org.campaignadvisor.plan;

import java.util.List;

/** How the campaign will know whether it worked. */
public record Evaluation(
        List<String> metrics,
        boolean baseline,
        String attribution,
        List<String> dataSources,
        boolean review) {
    public Evaluation {
        metrics = Defaults.list(metrics);
        attribution = Defaults.text(attribution, "none");
        dataSources = Defaults.list(dataSources);
    }
}
