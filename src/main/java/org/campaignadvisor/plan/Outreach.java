package org.campaignadvisor.plan;

import java.util.List;

/** Foreign stakeholders the campaign keeps informed, and in which languages. */
public record Outreach(List<String> audiences, List<String> languages) {
    public Outreach {
        audiences = Defaults.list(audiences);
        languages = Defaults.list(languages);
    }
}
