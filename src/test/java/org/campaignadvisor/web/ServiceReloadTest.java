package org.campaignadvisor.web;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.Limits;
import org.campaignadvisor.rules.LiveRuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer edits the rules folder while the service runs: the service follows, and never falls over. */
@Tag("http")
class ServiceReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = """
            {"name": "Reload test", "context": "kazakhstan-2011", "goal": {"kind": "membership"},
             "audience": {"recruitment": "targeted", "segments": [{"name": "pensioners", "size": 5000, "ageBand": "60+", "fromUserAnalysis": true}]},
             "channels": [{"platform": "facebook", "answersComments": true, "content": ["agenda"]}]}
            """;
    private static final String RUSSIAN = """

            audience.membership-without-youth:
              title: "Набор в члены без молодёжи"
              message: "Вы хотите новых членов, но обращаетесь только к людям старшего возраста."
              reading: "Проверочное толкование."
              action: "Добавьте группу моложе 35 лет."
            """;

    private static final String NEW_RULE = """
            package advisor;

            import org.campaignadvisor.plan.*;
            import org.campaignadvisor.rules.facts.*;
            import org.campaignadvisor.evidence.ContextProfile;

            global org.campaignadvisor.rules.FindingSink findings;

            expander campaign.dsl

            // N11 — a membership drive among older people only misses the young recruits social media can bring
            rule "audience.membership-without-youth"
                @severity("warning") @theme("audience") @weight(5) @reading("A test reading.") @lessons("N11")
                @title("A membership drive with no young people")
                @message("You want new members but address only older people.")
                @action("Add a segment under 35.")
            when
                the goal is membership
                and no segment is aged 35 or younger
            then
                report the finding
            end
            """;

    private static Path copyOfRealRules(Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(Fixtures.RULES)) {
            for (Path source : walk.toList()) {
                Path target = rules.resolve(Fixtures.RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return rules;
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonNode evaluate(String origin) throws Exception {
        return JSON.readTree(WebFixture.post(origin, "/api/v1/evaluations", "application/json", PLAN).body());
    }

    @Test
    void a_rule_added_while_serving_shows_up_and_a_broken_one_keeps_the_old_rules_serving(@TempDir Path dir) throws Exception {
        Path rules = copyOfRealRules(dir);
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 200)) {
            Advisor advisor = new Advisor(live, Fixtures.real().evidence(), Limits.DEFAULT);
            AppServices services = new AppServices(advisor, Fixtures.real().evidence(), live::status, live::reload, Fixtures.SCENARIOS);
            JavalinTest.test(WebApp.create(services, WebSettings.DEFAULT), (server, client) -> {
                String origin = client.getOrigin();
                String first = evaluate(origin).path("ruleBookVersion").asText();
                assertThat(evaluate(origin).path("findings").findValuesAsText("id")).doesNotContain("audience.membership-without-youth");

                // The rule base declares Russian, so a new rule brings its Russian texts along.
                Files.writeString(rules.resolve("lang/ru.yaml"), Files.readString(rules.resolve("lang/ru.yaml")) + RUSSIAN);
                Files.writeString(rules.resolve("advice/trainer.dslr"), NEW_RULE);
                await(() -> evaluate(origin).path("findings").findValuesAsText("id").contains("audience.membership-without-youth"));
                String second = evaluate(origin).path("ruleBookVersion").asText();
                assertThat(second).isNotEqualTo(first);

                Files.writeString(rules.resolve("advice/trainer.dslr"), NEW_RULE.replace("and no segment is aged 35 or younger", "and no segment is aged 35 or yunger"));
                await(() -> !JSON.readTree(WebFixture.get(origin, "/api/v1/rules/status").body()).path("lastAttemptOk").asBoolean());
                JsonNode status = JSON.readTree(WebFixture.get(origin, "/api/v1/rules/status").body());
                assertThat(status.path("version").asText()).isEqualTo(second);
                JsonNode problem = status.path("problems").get(0);
                assertThat(problem.path("file").asText()).isEqualTo("advice/trainer.dslr");
                assertThat(problem.path("line").asInt()).isEqualTo(19);
                assertThat(problem.path("message").asText()).contains("did you mean \"no segment is aged {age} or younger\"");
                // the same status in Russian: the same shape, the problem said in the accepted language
                HttpResponse<String> russian = WebFixture.get(origin, "/api/v1/rules/status", "Accept-Language", "ru-RU,ru;q=0.9");
                assertThat(russian.headers().firstValue("Content-Language")).contains("ru");
                JsonNode said = JSON.readTree(russian.body());
                assertThat(said.path("version").asText()).isEqualTo(second);
                assertThat(said.path("problems").get(0).path("line").asInt()).isEqualTo(19);
                assertThat(said.path("problems").get(0).path("message").asText())
                        .isEqualTo("этой фразы (раздел when) нет в словаре; возможно, имелось в виду «no segment is aged {age} or younger»?");

                JsonNode stillServed = evaluate(origin);
                assertThat(stillServed.path("ruleBookVersion").asText()).isEqualTo(second);
                assertThat(stillServed.path("findings").findValuesAsText("id")).contains("audience.membership-without-youth");
                String page = WebFixture.get(origin, "/").body();
                assertThat(page).as("campaigners filling in the form do not see the rule errors").doesNotContain("The rule files have errors");
            });
        }
    }
}
