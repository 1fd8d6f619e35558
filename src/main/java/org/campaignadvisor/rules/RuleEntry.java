package org.campaignadvisor.rules;

import java.util.List;

/**
 * A rule in the catalogue. Advice rules produce findings and carry their severity, theme, lessons,
 * title, message and action as metadata next to the rule; classification rules only draw
 * conclusions that advice rules read.
 */
public record RuleEntry(
        String name,
        String file,
        int line,
        String kind,
        String severity,
        String theme,
        List<String> lessons,
        String title,
        String message,
        String action) {

    public static final String ADVICE = "advice";
    public static final String CLASSIFICATION = "classification";

    public RuleEntry {
        lessons = List.copyOf(lessons);
    }

    public boolean isAdvice() {
        return ADVICE.equals(kind);
    }
}
