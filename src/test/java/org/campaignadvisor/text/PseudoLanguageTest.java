package org.campaignadvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.KnownIds;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language is adding files, not code: a pseudo-language "xx" (its messages and labels in a
 * folder of language files, its rule texts and lessons written here into copies of rules/ and seeds/)
 * is spoken by the unchanged program — findings, lessons, counts, labels and pages.
 */
@Tag("unit")
class PseudoLanguageTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void a_language_added_as_files_is_spoken_everywhere(@TempDir Path dir) throws Exception {
        // The pseudo-language's messages and labels: files in a folder named to the running program,
        // as a translator would try a new language without rebuilding (CAMPAIGN_ADVISOR_LANGUAGES).
        assertThat(Language.of("xx")).as("not known before its files are added").isEmpty();
        System.setProperty("campaign.advisor.languages", "src/test/resources/pseudo-language");
        Language.forget();
        try {
            speaks(dir);
        } finally {
            System.clearProperty("campaign.advisor.languages");
            Language.forget();
        }
        assertThat(Language.of("xx")).isEmpty();
    }

    private void speaks(Path dir) throws Exception {
        Language xx = Language.of("xx").orElseThrow(() -> new AssertionError("messages/xx.yaml is in the language folder"));
        assertThat(Language.available()).contains(Language.ENGLISH, Language.of("ru").orElseThrow(), xx);

        Path rules = Fixtures.copy(Fixtures.RULES, dir.resolve("rules"));
        Map<String, Map<String, String>> ruleTexts = new LinkedHashMap<>();
        for (RuleEntry rule : Fixtures.real().ruleBook().catalogue()) {
            if (rule.isAdvice()) {
                Map<String, String> texts = new LinkedHashMap<>();
                put(texts, "title", rule.title());
                put(texts, "message", rule.message());
                put(texts, "reading", rule.reading());
                put(texts, "action", rule.action());
                put(texts, "saferAction", rule.saferAction());
                put(texts, "exposes", rule.exposes());
                ruleTexts.put(rule.name(), texts);
            }
        }
        YAML.writeValue(rules.resolve("lang/xx.yaml").toFile(), ruleTexts);

        Path seeds = Fixtures.copy(Fixtures.SEEDS, dir.resolve("seeds"));
        Map<String, Object> lessons = new LinkedHashMap<>();
        for (Lesson lesson : Fixtures.real().evidence().lessons()) {
            lessons.put(lesson.id(), Map.of("title", "⟦" + lesson.title() + "⟧", "report", "⟦" + lesson.report() + "⟧"));
        }
        YAML.writeValue(seeds.resolve("lang/xx.yaml").toFile(), Map.of("lessons", lessons));

        EvidenceBase evidence = EvidenceBase.load(seeds);
        RuleBook book = RuleBook.compile(rules, KnownIds.of(evidence));
        assertThat(book.languages()).contains("ru", "xx");
        Advice advice = new Advisor(book, evidence).evaluate(PlanReader.read(Fixtures.SCENARIOS.resolve("alga-boycott-2011.yaml")), xx);
        assertThat(advice.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.title()).startsWith("⟦").endsWith("⟧");
            assertThat(f.message()).startsWith("⟦").doesNotContain("{");
            f.reportSays().forEach(c -> {
                assertThat(c.title()).startsWith("⟦");
                assertThat(c.reportTranslation()).startsWith("⟦");
                assertThat(c.report()).doesNotStartWith("⟦"); // the report's own words stay as they are
            });
        });
        Finding fragmented = advice.findings().stream().filter(f -> f.id().equals("channels.fragmented")).findFirst().orElseThrow();
        assertThat(fragmented.message()).isEqualTo("⟦You plan 3 social networks (Facebook, MoiMir, VKontakte), and the largest following among them is 400.⟧");
        assertThat(Labels.of(xx).count("warning", 3)).isEqualTo("⟦3 warnings⟧");
        assertThat(Labels.of(xx).theme("channels")).isEqualTo("⟦Channels⟧");
        assertThat(Labels.of(xx).theme("timing")).as("what a language lacks stays English").isEqualTo(Labels.get().theme("timing"));
        assertThat(new org.campaignadvisor.render.Templates().render("lessons", Map.of("title", "t", "lessons", evidence.lessons(xx)), xx))
                .contains("<html lang=\"xx\"", "⟦Lessons⟧", "⟦" + evidence.lessons().get(0).title() + "⟧");
    }

    private static void put(Map<String, String> texts, String field, String english) {
        if (!english.isBlank()) {
            texts.put(field, "⟦" + english + "⟧");
        }
    }
}
