package org.campaignadvisor.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule in the catalogue. Advice rules produce findings and carry, next to the rule, their
 * severity, theme, weight, the lessons they cite, the project's guidance they cite, their title,
 * message, our reading and action; a rule whose action would expose people names what it exposes
 * and gives a safer action for restricted civic space. Classification rules only draw conclusions
 * that advice rules read.
 *
 * @param weight      how much the finding threatens the campaign's goal (0–10); ranks "what would help most"
 * @param exposes     what the ordinary action exposes (real names, faces, lists of people…), or empty
 * @param saferAction the action given instead where civic space is restricted
 * @param opposes     ids of findings this one contradicts: a plan must never get both
 * @param conditions  the rule's conditions as written (for a plain-language rule, its sentences, numbers included)
 */
public record RuleEntry(
        String name,
        String file,
        int line,
        String kind,
        String severity,
        String theme,
        int weight,
        List<String> lessons,
        List<String> guidance,
        String title,
        String message,
        String reading,
        String action,
        String exposes,
        String saferAction,
        List<String> opposes,
        List<String> conditions) {

    public static final String ADVICE = "advice";
    public static final String CLASSIFICATION = "classification";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    public RuleEntry {
        lessons = List.copyOf(lessons);
        guidance = List.copyOf(guidance);
        opposes = List.copyOf(opposes);
        conditions = List.copyOf(conditions);
    }

    /** The {@code {name}} placeholders of the message, reading and actions. */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message + " " + reading + " " + action + " " + saferAction);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public boolean isAdvice() {
        return ADVICE.equals(kind);
    }
}
