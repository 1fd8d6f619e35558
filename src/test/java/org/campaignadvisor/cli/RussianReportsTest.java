package org.campaignadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.RussianText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, compare (text, Markdown, CSV) and evaluate's Markdown in Russian: no English left but codes, ids and the report's own words. */
@Tag("unit")
class RussianReportsTest {
    private static final String BOYCOTT = Fixtures.SCENARIOS.resolve("alga-boycott-2011.yaml").toString();
    private static final String IMPROVED = Fixtures.SCENARIOS.resolve("alga-boycott-improved.yaml").toString();

    /** What stays as written in any language: the report's English words, ids, codes, paths, versions. */
    private static String prose(String out) {
        return out.lines()
                // the report's own words, shown in English after the translation
                .map(line -> line.replaceAll("((В|в) оригинале[^:]*:\\*?).*$", "$1"))
                .reduce("", (a, b) -> a + "\n" + b)
                .replaceAll("`[^`]*`", " ")                          // Markdown code: ids, files, versions
                .replaceAll("[\\w.-]*/[\\w./-]*|[\\w-]+\\.(ya?ml|json|dslr?|drl)\\b", " ") // paths and file names
                .replaceAll("\\b[a-z]+(\\[\\d+])?(\\.[a-zA-Z-]+(\\[\\d+])?)+", " ") // finding ids and plan paths
                .replaceAll("\\b[0-9a-f]{12}\\b", " ");               // the rules' version
    }

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (String plan : new String[] {BOYCOTT, IMPROVED}) {
            try {
                codes.addAll(RussianText.typedIn(org.campaignadvisor.plan.PlanReader.read(Path.of(plan))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        codes.addAll(Set.of("check", "fires", "doesNotFire", "rules", "scenarios", "seeds"));
        codes.addAll(Labels.get().themes().keySet());
        return codes;
    }

    @Test
    void check_reports_in_russian() {
        CliRun run = CliRun.of("check", "--lang", "ru");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ПРОЙДЕН scenarios/alga-boycott-2011.yaml (", "выводов)",
                "Уроки из seeds, на которые не ссылается ни одно правило: нет", "пройдено: ", ", не пройдено: 0")
                .containsPattern("правила rules: скомпилировано \\d+ правил\\S* \\(версия [0-9a-f]{12}\\); примеры планов scenarios: \\d+ (файл|файла|файлов)\\n");
        assertThat(RussianText.problems("check", prose(run.out()), codes())).isEmpty();
    }

    @Test
    void a_failing_scenario_is_reported_in_russian(@TempDir Path dir) throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path wrong = scenarios.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(Path.of(BOYCOTT)).replaceFirst("\n  fires:\n", "\n  fires:\n    - channels.typo\n"));
        Files.writeString(scenarios.resolve("empty.yaml"), "name: x\ncontext: kazakhstan-2011\ngoal: {kind: petition}\nteam: {people: -2}\n");
        CliRun run = CliRun.of("check", "--lang", "ru", "--scenarios", scenarios.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("НЕ ПРОЙДЕН " + wrong + ": не сработали ожидаемые выводы: channels.typo; ожидает вывод «channels.typo», но такого вывода не даёт ни одно правило",
                "НЕ ПРОЙДЕН " + scenarios.resolve("empty.yaml") + ": team.people: должно быть не меньше 0, а указано -2",
                "пройдено: 0, не пройдено: 2");
        assertThat(RussianText.problems("check", prose(run.out()), codes())).isEmpty();
    }

    @Test
    void broken_rules_are_reported_by_check_in_russian(@TempDir Path dir) throws Exception {
        Path rules = RuleFolders.copy(Fixtures.RULES, dir.resolve("rules"));
        Path channels = rules.resolve("advice/channels.dslr");
        Files.writeString(channels, Files.readString(channels).replaceFirst("@severity\\(\"warning\"\\)", "@severity(\"warnin\")"));
        CliRun run = CliRun.of("check", "--lang", "ru", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(channels + ":", "@severity может быть warning, recommendation или strength, а указано «warnin»",
                "Не удалось скомпилировать правила из " + rules + " (1 ошибка); ничего не проверено.");
        assertThat(run.out()).contains("пройдено: 0, не пройдено: 0; в файлах правил 1 ошибка (пока действуют последние исправные правила");
        assertThat(RussianText.problems("check", prose(run.out()), codes())).isEmpty();
    }

    @Test
    void compare_as_text_is_in_russian_with_a_russian_legend() {
        CliRun run = CliRun.of("compare", BOYCOTT, IMPROVED, "--lang", "ru");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Сравнение 2 планов (версия правил ")
                .contains("П предупреждение · Р рекомендация · С сильная сторона", "ГОТОВНОСТЬ (Н не готово",
                        "ЧЕМ РАЗЛИЧАЮТСЯ ПЛАНЫ (alga-boycott-2011 → alga-boycott-improved)", "исчезли выводы:")
                .containsPattern("\\n\\* Ваша аудитория [^\\n]+ П  ·");
        assertThat(RussianText.problems("compare", prose(run.out()), codes())).isEmpty();
    }

    @Test
    void compare_as_markdown_and_csv_is_in_russian() {
        String markdown = CliRun.of("compare", BOYCOTT, IMPROVED, "--format", "markdown", "--lang", "ru").out();
        assertThat(markdown).startsWith("# Сравнение\n").contains("| тема | вывод | alga-boycott-2011 | alga-boycott-improved |",
                "| **итого** | предупреждения / рекомендации / сильные стороны |", "## Готовность по темам");
        assertThat(RussianText.problems("compare markdown", prose(markdown), codes())).isEmpty();
        String csv = CliRun.of("compare", BOYCOTT, IMPROVED, "--format", "csv", "--lang", "ru").out();
        assertThat(csv).startsWith("тема,вывод,название,различается,alga-boycott-2011,alga-boycott-improved\r\n")
                .contains(",channels.fragmented,", ",да,Предупреждение,\r\n", "итого,предупреждения,,,");
        assertThat(RussianText.problems("compare csv", prose(csv), codes())).isEmpty();
    }

    @Test
    void evaluate_as_markdown_is_in_russian() {
        String markdown = CliRun.of("evaluate", BOYCOTT, "--format", "markdown", "--lang", "ru").out();
        assertThat(markdown).contains("## Предупреждения", "- **Почему:** ", "- **Что сказано в отчёте** (", "*В оригинале отчёта (на английском):*",
                "**Наше толкование** (так считаем мы, а не авторы отчёта):", "## Готовность по темам", "| тема | готовность |");
        assertThat(RussianText.problems("evaluate markdown", prose(markdown), codes())).isEmpty();
    }

    @Test
    void a_mistake_on_the_command_line_is_said_in_the_language_asked_for_with_where_to_find_help() {
        CliRun english = CliRun.of("compare", BOYCOTT, "--format", "xml");
        assertThat(english.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(english.err()).startsWith("Invalid value for option '--format': expected one of [text, markdown, csv, json, html] (case-sensitive) but was 'xml'\n")
                .contains("See 'campaign-advisor compare --help'.");
        CliRun russian = CliRun.of("compare", BOYCOTT, "--format", "xml", "--lang", "ru");
        assertThat(russian.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(russian.err()).isEqualTo("Недопустимое значение параметра '--format': ожидается одно из [text, markdown, csv, json, html]"
                + " (с учётом регистра), а указано 'xml'\nСправка: «campaign-advisor compare --help».\n");
        assertThat(CliRun.of("evaluate", "--lang", "ru").err()).startsWith("Не указан обязательный аргумент: 'PLAN'\n");
        assertThat(CliRun.of("check", "--lang", "ru", "--colour").err()).startsWith("Неизвестный параметр: '--colour'\n");
    }

    @Test
    void prepare_reports_in_russian(@TempDir Path cache) {
        assertThat(CliRun.of("prepare", "--lang", "ru").err()).as("the tests run with the cache off")
                .isEqualTo("Кэш скомпилированных правил отключён (CAMPAIGN_ADVISOR_CACHE=off); ничего не сохранено.\n");
        String off = System.getProperty("campaign.advisor.cache");
        System.setProperty("campaign.advisor.cache", cache.toString());
        try {
            CliRun run = CliRun.of("prepare", "--lang", "ru");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).matches("(?s)(Уже сохранено|Сохранено): \\d+ правил\\S* из rules \\(версия [0-9a-f]{12}\\) в .*\n");
        } finally {
            if (off == null) {
                System.clearProperty("campaign.advisor.cache");
            } else {
                System.setProperty("campaign.advisor.cache", off);
            }
        }
    }
}
