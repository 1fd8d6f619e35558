package org.campaignadvisor.rules;

import java.time.Instant;
import java.util.List;

/**
 * What a trainer needs to know about the rules being served: which version, since when, how the
 * last attempt to reload went, and what is wrong with the files if it failed.
 *
 * @param version       version of the rule book being served
 * @param rules         how many rules it holds
 * @param loadedAt      when it was compiled
 * @param lastAttemptAt when the rules directory was last compiled, successfully or not
 * @param lastAttemptOk whether that attempt succeeded (if not, the served rules are older than the files)
 * @param problems      the problems of the last failed attempt; empty when it succeeded
 */
public record RuleStatus(String version, int rules, Instant loadedAt, Instant lastAttemptAt, boolean lastAttemptOk,
                         List<RuleProblem> problems) {
    public RuleStatus {
        problems = List.copyOf(problems);
    }
}
