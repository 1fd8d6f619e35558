package org.campaignadvisor.advice;

import java.util.List;

/**
 * One piece of advice about a plan: what the rules noticed, why (the plan facts that matched),
 * the evidence from the report, and what to do about it.
 *
 * @param id       stable id, e.g. {@code recruitment.random}; the name of the rule that produced it
 * @param why      the plan facts that made the rule fire, e.g. {@code recruitment = random; channels = facebook}
 * @param rule     the rule's name
 * @param ruleFile the rule file, relative to the rules directory
 */
public record Finding(
        String id,
        Severity severity,
        String theme,
        String title,
        String message,
        String why,
        List<Citation> evidence,
        String action,
        String rule,
        String ruleFile) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
