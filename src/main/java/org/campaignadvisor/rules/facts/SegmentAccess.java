package org.campaignadvisor.rules.facts;

/**
 * How one audience segment can be reached: the share of it that is online (its own figure, all of it
 * for a segment defined as internet users, or the country's) and its age band. Rules compare these
 * with the numbers written in their sentences; no threshold lives here.
 *
 * @param segment    the segment's name
 * @param shareValue the share online, 0–1
 * @param share      the same as a percentage in words ("26 %")
 * @param minAge     lower end of the age band, -1 when unknown
 * @param maxAge     upper end of the age band (150 for "60+"), -1 when unknown
 */
public record SegmentAccess(String segment, double shareValue, String share, int minAge, int maxAge, String why) {
}
