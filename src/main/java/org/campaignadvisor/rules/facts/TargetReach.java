package org.campaignadvisor.rules.facts;

/**
 * A target counted in people, set against the people the plan can reach. Present only when the target
 * counts people (not views or money) and there is something to compare it with, or no audience at all.
 *
 * @param target     the target with its unit, in words ("8,000 signatures")
 * @param shareValue target / reachable people; {@link Double#MAX_VALUE} when the plan names no audience
 * @param share      the same in words ("28 %", or "an unknown share")
 * @param reachable  the people the plan can reach at most, in words
 */
public record TargetReach(String target, double shareValue, String share, String reachable, String why) {
}
