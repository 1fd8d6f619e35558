package org.campaignadvisor.rules.facts;

/**
 * The time the plan leaves: days from the start to the key date, or, without a key date, the length
 * of the campaign. Absent when the dates needed are not given.
 *
 * @param toKeyDate true when {@code days} counts to the key date
 */
public record CampaignWindow(long days, boolean toKeyDate, String why) {
}
