package org.campaignadvisor.plan;

import java.util.List;

/**
 * Preparations against blocking, legal trouble and official pressure, and what the campaign puts at
 * risk: the personal data it collects and how its organisers talk to each other.
 */
public record Risk(boolean legalReview, boolean backupChannels, boolean responsePlan,
                   List<String> personalData, boolean secureChannels) {
    public Risk {
        personalData = Defaults.list(personalData);
    }
}
