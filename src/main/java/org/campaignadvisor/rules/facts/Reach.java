package org.campaignadvisor.rules.facts;

/**
 * Estimated reach of a plan in its context: how many people of the target segments are online,
 * and how many of those use the kind of platform the plan relies on.
 *
 * @param totalAudience   sum of the segment sizes
 * @param onlineAudience  sum of size × internet share (the segment's own share, or the context's)
 * @param platformShare   the largest share the context gives for the plan's online platform kinds; 1 when it knows none
 * @param platformCategory the platform kind that share belongs to ("" when unknown)
 * @param reachable       onlineAudience × platformShare
 * @param why             the arithmetic, in words
 */
public record Reach(long totalAudience, long onlineAudience, double platformShare, String platformCategory,
                    long reachable, String why) {
}
