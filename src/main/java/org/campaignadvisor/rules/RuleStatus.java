package org.campaignadvisor.rules;

import java.time.Instant;
import java.util.List;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.ProblemText;

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
 * @param pending       a change seen but not served yet, in words (files still changing, or a change held
 *                      back because a file lost all its rules or became empty); "" when none
 * @param watcher       "watching", "not watching" (reload by hand), or what stopped the watcher
 */
public record RuleStatus(String version, int rules, Instant loadedAt, Instant lastAttemptAt, boolean lastAttemptOk,
                         List<RuleProblem> problems, String pending, String watcher) {
    public RuleStatus {
        problems = List.copyOf(problems);
        pending = pending == null ? "" : pending;
        watcher = watcher == null ? "watching" : watcher;
    }

    public RuleStatus(String version, int rules, Instant loadedAt, Instant lastAttemptAt, boolean lastAttemptOk,
                      List<RuleProblem> problems) {
        this(version, rules, loadedAt, lastAttemptAt, lastAttemptOk, problems, "", "watching");
    }

    /** True when the watcher runs (or was never asked to) and nothing stopped it. */
    public boolean watcherHealthy() {
        return watcher.equals("watching") || watcher.equals("not watching");
    }

    /** The same status with its problems, pending change and watcher failure said in a language. */
    public RuleStatus in(Language language) {
        if (language.isEnglish()) {
            return this;
        }
        return new RuleStatus(version, rules, loadedAt, lastAttemptAt, lastAttemptOk,
                problems.stream().map(p -> p.in(language)).toList(), ProblemText.say(pending, language),
                watcherHealthy() ? watcher : ProblemText.say(watcher, language));
    }

    RuleStatus with(String pending, String watcher) {
        return new RuleStatus(version, rules, loadedAt, lastAttemptAt, lastAttemptOk, problems, pending, watcher);
    }
}
