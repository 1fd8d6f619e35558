package org.campaignadvisor.rules;

/**
 * Bounds on one evaluation, so that a faulty rule ends with a clear error instead of a hang.
 *
 * @param maxFirings how many rule firings one evaluation may take
 * @param maxFacts   how many facts the rules may insert in one evaluation
 * @param maxMillis  how long one evaluation may take (checked between firings)
 */
public record Limits(int maxFirings, int maxFacts, long maxMillis) {
    public static final Limits DEFAULT = new Limits(10_000, 10_000, 2_000);
}
