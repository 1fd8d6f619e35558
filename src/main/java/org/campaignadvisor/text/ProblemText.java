package org.campaignadvisor.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A problem found in a plan, said in a language. Problems are written in English where they are found
 * (the plan reader and schema); each kind has an entry under {@code problem} in messages/en.yaml with
 * the English it matches ({@code match}, a regular expression whose groups are the values) and, in
 * every other language, how to say it ({@code say}, with the values as {@code {g1}}, {@code {g2}}…).
 * A problem no entry matches is shown as written.
 */
public final class ProblemText {
    private ProblemText() {
    }

    /**
     * A problem in a rule file, said in a language: the rule it names ({@code rule "x": …}) and a
     * closing suggestion ({@code ; did you mean "y"?}) are kept apart and the rest is said as
     * {@link #say} does. Names, tags ({@code @lessons}), files and sentences stay as written.
     */
    public static String sayRule(String english, Language language) {
        if (language.isEnglish() || english == null) {
            return english;
        }
        Messages own = Messages.of(language);
        String rest = english;
        String rule = null;
        Matcher prefix = Pattern.compile("^rule \"([^\"]+)\": (.*)$", Pattern.DOTALL).matcher(rest);
        if (prefix.matches()) {
            rule = prefix.group(1);
            rest = prefix.group(2);
        }
        String hint = null;
        Matcher suggestion = Pattern.compile("^(.*); did you mean \"(.+)\"\\?$", Pattern.DOTALL).matcher(rest);
        if (suggestion.matches()) {
            rest = suggestion.group(1);
            hint = suggestion.group(2);
        }
        String said = say(rest, language);
        if (hint != null) {
            said = own.t("ruleProblem.didYouMean", "text", said, "hint", hint);
        }
        return rule == null ? said : own.t("ruleProblem.rule", "rule", rule, "text", said);
    }

    public static String say(String english, Language language) {
        if (language.isEnglish() || english == null) {
            return english;
        }
        Messages own = Messages.of(language);
        for (Map.Entry<String, String> entry : Messages.english().own().entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith("problem.") || !key.endsWith(".match")) {
                continue;
            }
            String say = key.substring(0, key.length() - ".match".length()) + ".say";
            Matcher matcher;
            try {
                matcher = Pattern.compile(entry.getValue()).matcher(english);
            } catch (PatternSyntaxException e) {
                continue;
            }
            if (matcher.matches() && own.own().containsKey(say)) {
                Map<String, Object> args = new LinkedHashMap<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    String value = matcher.group(i) == null ? "" : matcher.group(i);
                    args.put("g" + i, value.matches("\\d{1,9}") ? (Object) Long.parseLong(value) : value);
                }
                return own.format(say, args);
            }
        }
        return english;
    }
}
