package org.campaignadvisor.plan;

/** Preparations against blocking, legal trouble and official pressure. */
public record Risk(boolean legalReview, boolean backupChannels, boolean responsePlan) {
    public Risk {
    }
}
