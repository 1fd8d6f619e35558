package org.campaignadvisor.plan;

import java.util.List;

/** Who is trained, and in what. Empty lists mean no training is planned. */
public record Training(List<String> trainees, List<String> topics) {
    public Training {
        trainees = Defaults.list(trainees);
        topics = Defaults.list(topics);
    }
}
