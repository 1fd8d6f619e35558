package org.campaignadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every number that decides a finding is written where trainers work: in the sentences of the advice
 * rules (rules/advice/*.dslr). None is left in the classification rules' conditions (DRL), in the
 * vocabulary's translations (campaign.dsl) or in the Java that turns a plan into facts. Zero stays
 * allowed ("has any", "none"), and 100.0 in the vocabulary turns a percentage into a share.
 */
@Tag("unit")
class ThresholdsTest {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(\\d+(?:\\.\\d+)?)(?![\\w.])");

    private static List<String> numbers(String where, String code, List<String> allowed) {
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = NUMBER.matcher(lines[i]);
            while (m.find()) {
                String n = m.group(1);
                if (!n.matches("0+(\\.0+)?") && !allowed.contains(n)) {
                    found.add(where + ":" + (i + 1) + ": " + n + " in " + lines[i].strip());
                }
            }
        }
        return found;
    }

    @Test
    void no_number_that_decides_a_finding_is_left_in_drl_dsl_or_java() throws Exception {
        List<String> found = new ArrayList<>();
        try (var files = Files.list(Fixtures.RULES.resolve("classify"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String code = ForbiddenCalls.codeOnly(Files.readString(file));
                // only conditions decide: the part between "when" and "then" of each rule
                Matcher rule = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b").matcher(code);
                while (rule.find()) {
                    String before = code.substring(0, rule.start(1));
                    int line = before.split("\n", -1).length;
                    for (String n : numbers(file.getFileName().toString(), rule.group(1), List.of())) {
                        found.add(n.replaceFirst(":(\\d+):", ":" + "$1" + "+" + line + ":"));
                    }
                }
            }
        }
        for (String line : Files.readAllLines(Fixtures.RULES.resolve("campaign.dsl"))) {
            if (line.startsWith("[when]") || line.startsWith("[then]")) {
                String translation = line.substring(line.indexOf('=') + 1);
                found.addAll(numbers("campaign.dsl", translation.replaceAll("\\{\\w+}", "x"), List.of("100.0")));
            }
        }
        for (String java : List.of("src/main/java/org/campaignadvisor/rules/PlanFacts.java")) {
            String code = ForbiddenCalls.codeOnly(Files.readString(Path.of(java)));
            found.addAll(numbers(java, code, List.of("1", "1.0")));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_advice_rules_carry_their_numbers_in_their_sentences() throws Exception {
        String audience = Files.readString(Fixtures.RULES.resolve("advice/audience.dslr"));
        assertThat(audience).contains("a segment has under 30 % of its people online or is aged 55 or older");
        String channels = Files.readString(Fixtures.RULES.resolve("advice/channels.dslr"));
        assertThat(channels).contains("the plan uses at least 3 social networks, none with 1000 followers or more");
    }
}
