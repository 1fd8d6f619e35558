package org.campaignadvisor.plan;

import java.util.List;

/** Whom the campaign addresses and how it recruits followers. */
public record Audience(String recruitment, List<Segment> segments) {
    public Audience {
        recruitment = Defaults.text(recruitment, "none");
        segments = Defaults.list(segments);
    }
}
