package org.campaignadvisor.rules;

/**
 * Bounds on evaluations, so that a faulty rule ends with a clear error instead of a hang.
 *
 * @param maxFirings how many rule firings one evaluation may take
 * @param maxFacts   how many facts the rules may insert in one evaluation
 * @param maxMillis  how long one evaluation may take: checked between firings, and enforced as a hard
 *                   deadline on the worker running it (a rule that never yields is abandoned)
 * @param workers    how many evaluations may run at once
 * @param maxStuck   how many abandoned evaluations that still hold a thread are tolerated before new
 *                   evaluations are refused (the service then reports itself degraded)
 */
public record Limits(int maxFirings, int maxFacts, long maxMillis, int workers, int maxStuck) {
    public static final Limits DEFAULT = new Limits(10_000, 10_000, 2_000, 16, 4);

    public Limits(int maxFirings, int maxFacts, long maxMillis) {
        this(maxFirings, maxFacts, maxMillis, DEFAULT.workers(), DEFAULT.maxStuck());
    }
}
