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
