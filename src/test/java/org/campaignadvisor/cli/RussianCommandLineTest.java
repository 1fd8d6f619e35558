package org.campaignadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.campaignadvisor.text.RussianText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The command line in Russian: evaluate's report and every command's --help. */
@Tag("unit")
class RussianCommandLineTest {

    @Test
    void evaluate_reports_in_russian_with_lang_ru() {
        CliRun run = CliRun.of("evaluate", "scenarios/alga-boycott-2011.yaml", "--lang", "ru");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("11 предупреждений · 11 рекомендаций · 1 сильная сторона", "ПРЕДУПРЕЖДЕНИЯ",
                "почему:", "ГОТОВНОСТЬ ПО ТЕМАМ");
        // the report's own words are shown after "В оригинале отчёта:", in English, as they are
        assertThat(run.out()).contains("В оригинале отчёта: The candidates' pages \"were abandoned immediately after the");
    }

    @Test
    void a_plan_problem_is_said_in_russian(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path plan = dir.resolve("plan.yaml");
        java.nio.file.Files.writeString(plan, "name: x\ncontext: kazakhstan-2011\ngoal: {kind: petition}\naudience: {segments: [{name: a, size: -5}]}\n");
        CliRun run = CliRun.of("evaluate", plan.toString(), "--lang", "ru");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("audience.segments[0].size: должно быть не меньше 0, а указано -5",
                "1 ошибка в " + plan + "; ничего не проверено.");
    }

    @Test
    void an_unknown_language_is_refused_in_plain_words() {
        CliRun run = CliRun.of("evaluate", "scenarios/alga-boycott-2011.yaml", "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--lang fr: not a language of this program; choose one of en, ru");
    }

    @Test
    void every_command_explains_itself_in_russian() {
        for (String command : new String[] {"evaluate", "compare", "improve", "check", "serve", "prepare"}) {
            CliRun run = CliRun.of(command, "--help", "--lang=ru");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith(run.out().lines().findFirst().orElseThrow()).contains("Использование: campaign-advisor " + command);
            // option names, placeholders like PLAN and DIR, file names and variables are written as typed
            String prose = run.out().replaceAll("--?[a-z-]+(=[A-Z|.]+)?|\\$?[A-Z_]{2,}[A-Z_|.]*|[\\w./-]+\\.(ya?ml|json|md|drl|dslr?)|[a-z]+/|~/\\S+|\\bcampaign-advisor\\b|\\[-hV]", " ");
            assertThat(RussianText.problems(command + " --help", prose,
                    Set.of(command, "text", "json", "markdown", "csv", "html", "warning", "recommendation", "expect.fires", "expect.doesNotFire",
                            "localhost", "Authorization", "Bearer", "DNS", "rebinding", "COMMAND", "api", "contexts", "rules", "seeds", "scenarios")))
                    .as(command).isEmpty();
        }
    }
}
