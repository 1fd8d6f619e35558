package org.campaignadvisor.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;

/**
 * Finds what should not be in a Russian text: English words (besides proper and platform names,
 * codes and what the person typed) and placeholders left unfilled.
 */
public final class RussianText {
    /** Names that stay as they are in Russian text: platforms, organisations, formats, ids. */
    public static final Set<String> ALLOWED = Set.of(
            "Facebook", "VKontakte", "Vkontakte", "Odnoklassniki", "MoiMir", "Twitter", "YouTube", "LiveJournal", "Skype",
            "Telegram", "WhatsApp", "Mail", "SMS", "Alga", "OSCE", "CIVICUS", "EFF", "Tengri", "News", "Kazakhstan", "Today",
            "YAML", "JSON", "yaml", "yml", "json", "campaign-advisor", "campaign", "advisor", "Instagram", "TikTok", "Viber",
            "KZT", "USD", "Bearer", "GDPR", "Front", "Line", "Defenders", "Tactical", "Tech", "Signal", "Tor", "VPN");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w.-])[A-Za-z][A-Za-z'-]{2,}(?![\\w-])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");

    private RussianText() {
    }

    /** The free text the person wrote in the plan (names, units, metrics): shown as typed, in their language. */
    public static Set<String> typedIn(Plan plan) {
        Set<String> typed = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        try {
            JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(PlanReader.write(plan, org.campaignadvisor.plan.PlanFormat.JSON));
            for (String field : List.of("name", "organisation", "description", "ask", "unit", "ageBand", "metrics", "languages", "currency")) {
                tree.findValues(field).forEach(value -> collect(value, typed));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return typed;
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isTextual() && node.asText().strip().length() > 1) {
            out.add(node.asText().strip());
        }
        node.forEach(child -> collect(child, out));
    }

    /** The English words and unfilled placeholders in a text, after removing what the person typed. */
    public static List<String> problems(String where, String text, Set<String> typed) {
        String rest = text == null ? "" : text;
        // the longest first, so that a code is not cut out of a longer one ("action" of "offline-action")
        for (String own : typed.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            rest = rest.replaceAll("(?<!\\p{L})" + Pattern.quote(own) + "(?!\\p{L})", " ");
        }
        // file paths (rules/advice/) and web addresses (elbasy.net) are written as they are
        rest = rest.replaceAll("[\\w.-]+/[\\w./-]*", " ").replaceAll("\\b[\\w-]+\\.(net|com|org|kz|ru)\\b", " ");
        List<String> problems = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(rest);
        while (placeholder.find()) {
            problems.add(where + ": unfilled " + placeholder.group() + " in «" + text + "»");
        }
        Matcher word = LATIN_WORD.matcher(rest);
        while (word.find()) {
            String found = word.group().replaceAll("-+$", ""); // "YouTube-канал": the name before the hyphen
            if (!ALLOWED.contains(found) && !word.group().matches("[A-Z]\\d+|[a-z]+(-[a-z]+)+|[a-z]+/")) {
                problems.add(where + ": English word \"" + found + "\" in «" + shorten(text) + "»");
            }
        }
        return problems;
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }
}
