package org.campaignadvisor.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final Pattern RULE_PREFIX = Pattern.compile("^rule \"([^\"]+)\": (.*)$", Pattern.DOTALL);
    private static final Pattern SUGGESTION = Pattern.compile("^(.*); did you mean \"(.+)\"\\?$", Pattern.DOTALL);

    /** One kind of problem: the English it matches and the key of how to say it. */
    private record Kind(Pattern match, String say) {
    }

    /** The kinds, in messages/en.yaml's order, compiled once for the English messages they were read from. */
    private record Kinds(Messages english, List<Kind> list) {
    }

    private static volatile Kinds kinds;

    private static List<Kind> kinds() {
        Messages english = Messages.english();
        Kinds known = kinds;
        if (known == null || known.english() != english) { // the language files were read again
            List<Kind> list = new ArrayList<>();
            english.own().forEach((key, value) -> {
                if (key.startsWith("problem.") && key.endsWith(".match")) {
                    try {
                        list.add(new Kind(Pattern.compile(value), key.substring(0, key.length() - ".match".length()) + ".say"));
                    } catch (PatternSyntaxException e) {
                        // a broken pattern matches nothing (LanguagesTest requires every pattern to compile)
                    }
                }
            });
            known = new Kinds(english, List.copyOf(list));
            kinds = known;
        }
        return known.list();
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
        Matcher prefix = RULE_PREFIX.matcher(rest);
        if (prefix.matches()) {
            rule = prefix.group(1);
            rest = prefix.group(2);
        }
        String hint = null;
        Matcher suggestion = SUGGESTION.matcher(rest);
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
        for (Kind kind : kinds()) {
            Matcher matcher = kind.match().matcher(english);
            if (matcher.matches() && own.own().containsKey(kind.say())) {
                Map<String, Object> args = new LinkedHashMap<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    String value = matcher.group(i) == null ? "" : matcher.group(i);
                    args.put("g" + i, value.matches("\\d{1,9}") ? (Object) Long.parseLong(value) : value);
                }
                return own.format(kind.say(), args);
            }
        }
        return english;
    }
}
