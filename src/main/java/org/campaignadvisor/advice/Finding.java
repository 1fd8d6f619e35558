package org.campaignadvisor.advice;

import java.util.List;

/**
 * One piece of advice about a plan. It keeps three voices apart:
 * <ul>
 *   <li>{@code reportSays}: what the report says (its lessons, quoted or closely paraphrased);</li>
 *   <li>{@code ourReading}: the project's reading: our inference and thresholds, never the report's;</li>
 *   <li>{@code ourGuidance} and {@code safety}: the project's own safety guidance, never the report's.</li>
 * </ul>
 *
 * @param id       stable id, e.g. {@code recruitment.random}; the name of the rule that produced it
 * @param message  what the rules noticed in this plan
 * @param why      the plan's details that made the rule fire, in plain words
 * @param action   what to do; where civic space is restricted and the ordinary step would expose
 *                 people, the safer form
 * @param safety   why the safer form was chosen (empty when the ordinary advice stands)
 * @param weight   how much the finding threatens the campaign's goal, 0 (strengths) to 10
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
        List<Citation> reportSays,
        String ourReading,
        List<GuidanceCitation> ourGuidance,
        String action,
        String safety,
        int weight,
        String rule,
        String ruleFile) {

    public Finding {
        reportSays = List.copyOf(reportSays);
        ourGuidance = List.copyOf(ourGuidance);
        ourReading = ourReading == null ? "" : ourReading;
        safety = safety == null ? "" : safety;
    }
}
