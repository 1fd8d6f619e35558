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

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\w+)}");

    public RuleEntry {
        lessons = List.copyOf(lessons);
    }

    /** The {@code {name}} placeholders of the message and action. */
    public java.util.Set<String> placeholders() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(message + " " + action);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public boolean isAdvice() {
        return ADVICE.equals(kind);
    }
}
