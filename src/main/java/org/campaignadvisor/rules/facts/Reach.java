package org.campaignadvisor.rules.facts;

/**
 * Estimated reach of a plan in its context.
 *
 * @param totalAudience    sum of the segment sizes
 * @param onlineAudience   sum of size × share online (the segment's own share; 1 for a segment defined as
 *                         internet users; otherwise the context's share)
 * @param platformShare    the largest share the context gives for the plan's online platform kinds; 1 when it knows none
 * @param platformCategory the platform kind that share belongs to ("" when unknown)
 * @param onlineReachable  onlineAudience × platformShare, 0 when the plan has no online channel
 * @param offlineReachable the people not online, counted when a channel reaches people without the internet
 * @param reachable        onlineReachable + offlineReachable: an upper bound, since no channel reaches everyone
 * @param figuresDisputed  the context's internet figures may overstate who is online
 * @param why              the arithmetic, in words
 */
public record Reach(long totalAudience, long onlineAudience, double platformShare, String platformCategory,
                    long onlineReachable, long offlineReachable, long reachable, boolean figuresDisputed, String why) {
}
