package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainers' vocabulary (rules/campaign.dsl): every sentence it knows is written into a rule of
 * its own, compiled, and run against plans, so that no sentence can be broken silently.
 */
@Tag("unit")
class DslVocabularyTest {
    private static final Pattern BLANK = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("kinds", "\"boycott\", \"turnout\""), Map.entry("kind", "boycott"), Map.entry("action", "abstain"),
            Map.entry("percent", "10"), Map.entry("age", "50"), Map.entry("people", "1000"), Map.entry("n", "2"),
            Map.entry("platform", "blog"), Map.entry("content", "agenda"), Map.entry("days", "60"),
            Map.entry("topic", "creativity"), Map.entry("first", "online-basics"), Map.entry("second", "creativity"),
            Map.entry("min", "1"), Map.entry("max", "2"), Map.entry("short", "21"), Map.entry("hours", "2"),
            Map.entry("amount", "1000"), Map.entry("language", "ru"), Map.entry("number", "100"));

    @TempDir
    static Path dir;
    private static Advisor advisor;
    private static List<String> sentences;

    @BeforeAll
    static void compileOneRulePerSentence() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Fixtures.RULES.resolve("campaign.dsl"), rules.resolve("campaign.dsl"));
        copyClassificationRules(rules);
        sentences = new ArrayList<>();
        StringBuilder dslr = new StringBuilder("""
                package advisor;
                import org.campaignadvisor.plan.*;
                import org.campaignadvisor.rules.facts.*;
                import org.campaignadvisor.evidence.ContextProfile;
                global org.campaignadvisor.rules.FindingSink findings;
                expander campaign.dsl
                """);
        for (String line : Files.readAllLines(rules.resolve("campaign.dsl"))) {
            if (!line.startsWith("[when]")) {
                continue;
            }
            String key = line.substring("[when](?:and )?".length(), line.indexOf('='));
            Matcher blank = BLANK.matcher(key);
            StringBuilder sentence = new StringBuilder();
            while (blank.find()) {
                blank.appendReplacement(sentence, Matcher.quoteReplacement(EXAMPLES.get(blank.group(1))));
            }
            blank.appendTail(sentence);
            int n = sentences.size();
            sentences.add(sentence.toString());
            dslr.append("""

                    rule "s%d"
                        @severity("warning") @theme("plan") @weight(5) @reading("A test reading.") @lessons("A8") @title("%s") @message("%s")
                    when
                        %s
                    then
                        report the finding
                    end
                    """.formatted(n, title(sentence), title(sentence), sentence));
        }
        Files.writeString(rules.resolve("every-sentence.dslr"), dslr);
        advisor = new Advisor(RuleBook.compile(rules), EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds")));
    }

    /** The conclusions some sentences read are declared by the classification rules. */
    private static void copyClassificationRules(Path rules) throws java.io.IOException {
        Path classify = rules.resolve("classify");
        Files.createDirectories(classify);
        try (var files = Files.list(Fixtures.RULES.resolve("classify"))) {
            for (Path file : files.toList()) {
                Files.copy(file, classify.resolve(file.getFileName()));
            }
        }
    }

    /** The sentence as a rule title: metadata values cannot hold double quotes. */
    private static String title(CharSequence sentence) {
        return sentence.toString().replace('"', '\'');
    }

    private static List<String> firing(String yaml) throws Exception {
        return advisor.evaluate(PlanReader.parse(yaml, PlanFormat.YAML, "plan")).findings().stream()
                .map(Finding::title).toList();
    }

    @Test
    void every_sentence_of_the_vocabulary_compiles_into_a_rule() {
        assertThat(sentences).hasSizeGreaterThan(50);
        assertThat(advisor.ruleBook().catalogue().stream().filter(r -> r.isAdvice())).hasSize(sentences.size());
    }

    @Test
    void sentences_fire_on_the_plans_they_describe() throws Exception {
        List<String> fired = firing("""
                name: Boycott
                context: test-land
                goal: {kind: boycott, offlineAction: abstain, decisionMakers: [election-commission], target: {value: 5000}}
                timeline: {start: 2011-02-04, keyDate: 2011-04-03, end: 2011-04-04}
                audience:
                  recruitment: random
                  segments: [{name: pensioners, size: 10000, ageBand: 60+, internetShare: 0.05, digitalLiteracy: low}]
                channels:
                  - {platform: facebook, followers: 400, content: [satire]}
                  - {platform: moimir, followers: 380}
                  - {platform: vkontakte, followers: 350, speaker: anonymous}
                """);
        assertThat(fired).contains("the goal is boycott", "the goal is one of 'boycott', 'turnout'",
                "the offline action is abstain", "the plan leads to no offline action", "the plan is online only", "the campaign must move the authorities",
                "the target is more than 10 % of the people the plan can reach", "the plan recruits at random",
                "a segment has low digital literacy", "a segment is aged 50 or older", "the plan uses more than 2 social networks",
                "the plan uses no channel on blog", "the plan uses no blog or forum", "the plan has no channel away from the internet",
                "some channels do not answer comments", "no channel carries agenda content", "a channel speaks anonymously",
                "there are fewer than 60 days from the start to the key date, or the campaign lasts 21 days or less without one", "the channels stop at the key date",
                "nobody is trained", "no baseline is recorded", "there is no legal review");
        assertThat(fired).doesNotContain("the goal is not boycott", "the plan leads to an offline action", "the plan recruits from an analysis of users",
                "every channel that takes comments answers them", "the team is trained",
                "the channels keep running after the key date", "a baseline is recorded", "the authorities can block websites");
    }

    @Test
    void sentences_stay_silent_on_a_plan_that_does_the_opposite() throws Exception {
        List<String> fired = firing("""
                name: Charity
                context: test-land
                goal: {kind: fundraising, offlineAction: donate}
                timeline: {start: 2011-01-01, keyDate: 2011-06-01, end: 2011-12-01, continueAfterKeyDate: true}
                audience:
                  recruitment: targeted
                  segments: [{name: students, size: 100000, ageBand: 18-25, internetShare: 0.8, digitalLiteracy: high, fromUserAnalysis: true}]
                channels:
                  - {platform: blog, answersComments: true, content: [agenda], lifetime: ongoing, hosting: domestic, preexisting: true}
                training: {trainees: [activists], topics: [creativity, trust-building]}
                evaluation: {baseline: true, attribution: comparison-group, dataSources: [independent], review: true}
                outreach: {audiences: [foreign-ngos]}
                risk: {legalReview: true, backupChannels: true, responsePlan: true}
                """);
        assertThat(fired).contains("the goal is not boycott", "the plan recruits from an analysis of users",
                "every channel that takes comments answers them", "the channels keep running after the key date",
                "the team is trained", "the training covers creativity", "people abroad are kept informed",
                "a baseline is recorded", "the results are checked independently", "every online channel is hosted in the country",
                "a segment is aged 50 or younger", "the plan uses a channel on blog", "a channel carries agenda content",
                "the campaign needs nothing from the authorities");
        assertThat(fired).doesNotContain("the plan recruits at random", "nobody is trained", "no baseline is recorded",
                "there is no legal review", "some channels do not answer comments", "the plan uses no blog or forum",
                "no channel existed before the campaign", "the plan leads to no offline action");
    }

    @Test
    void a_sentence_outside_the_vocabulary_is_reported_with_its_line_and_the_closest_sentence(@TempDir Path other)
            throws Exception {
        Path rules = other.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Fixtures.RULES.resolve("campaign.dsl"), rules.resolve("campaign.dsl"));
        copyClassificationRules(rules);
        Files.writeString(rules.resolve("new.dslr"), """
                package advisor;
                import org.campaignadvisor.plan.*;
                import org.campaignadvisor.rules.facts.*;
                global org.campaignadvisor.rules.FindingSink findings;
                expander campaign.dsl

                rule "recruitment.random-again"
                    @severity("warning") @theme("recruitment") @weight(5) @reading("A test reading.") @lessons("A8") @title("t") @message("m")
                when
                    the goal is electoral
                    and the plan recruits at randon
                then
                    report the finding
                end
                """);
        RuleCompileException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleCompileException.class,
                () -> RuleBook.compile(rules));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "new.dslr:11:5: this when sentence is not in the vocabulary; did you mean \"the plan recruits at random\"?"
                        + "\n    and the plan recruits at randon");
    }

    @Test
    void the_trainers_guide_lists_every_sentence_of_the_vocabulary() throws Exception {
        String guide = Files.readString(Fixtures.RULES.resolve("README.md"));
        for (String line : Files.readAllLines(Fixtures.RULES.resolve("campaign.dsl"))) {
            if (line.startsWith("[when]") || line.startsWith("[then]")) {
                String sentence = line.substring(6, line.indexOf('=')).replace("(?:and )?", "")
                        .replaceAll("\\{(\\w+)(?::[^}]*)?}", "{$1}");
                assertThat(guide).as("rules/README.md lists the sentence").contains("`" + sentence + "`");
            }
        }
    }

    @Test
    void every_sentence_is_used_by_a_shipped_rule_or_listed_with_its_reason_in_the_guide() throws Exception {
        String guide = Files.readString(Fixtures.RULES.resolve("README.md"));
        String listed = guide.substring(guide.indexOf("## Sentences no shipped rule uses (yet)"), guide.indexOf("## A worked example"));
        List<String> ruleLines = new ArrayList<>();
        try (var files = Files.walk(Fixtures.RULES.resolve("advice"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dslr")).toList()) {
                Files.readAllLines(file).forEach(line -> ruleLines.add(line.strip()));
            }
        }
        List<String> neither = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.RULES.resolve("campaign.dsl"))) {
            if (!line.startsWith("[when]")) {
                continue;
            }
            String key = line.substring("[when](?:and )?".length(), line.indexOf('='));
            String readable = key.replaceAll("\\{(\\w+)(?::[^}]*)?}", "{$1}");
            Pattern sentence = Pattern.compile("^(?:and )?" + Pattern.quote(readable).replaceAll("\\{\\w+}", "\\\\E.+?\\\\Q") + "$");
            boolean used = ruleLines.stream().anyMatch(l -> sentence.matcher(l).matches());
            if (!used && !listed.contains("`" + readable + "`")) {
                neither.add(readable);
            }
        }
        assertThat(neither).isEmpty();
    }
}
