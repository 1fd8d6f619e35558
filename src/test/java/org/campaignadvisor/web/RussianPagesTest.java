package org.campaignadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.campaignadvisor.text.RussianText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The language of the pages and the API: chosen with ?lang (and remembered), from the cookie, or
 * from Accept-Language; named in Content-Language; and every page, in Russian, has no English word
 * left in its visible text (names aside, and what the plan's author typed) and no unfilled placeholder.
 */
@Tag("http")
class RussianPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Javalin app() {
        return WebApp.create(WebFixture.services(), WebSettings.DEFAULT);
    }

    private static HttpResponse<String> get(String origin, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return WebFixture.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_language_comes_from_the_query_then_the_cookie_then_the_browser() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            String origin = client.getOrigin();
            HttpResponse<String> asked = get(origin, "/?lang=ru");
            assertThat(asked.headers().firstValue("Content-Language")).hasValue("ru");
            assertThat(asked.body()).contains("<html lang=\"ru\"", "Проверьте план кампании");
            String cookie = asked.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("lang=ru").contains("HttpOnly");

            HttpResponse<String> remembered = get(origin, "/lessons", "Cookie", "lang=ru", "Accept-Language", "en");
            assertThat(remembered.headers().firstValue("Content-Language")).hasValue("ru");
            assertThat(remembered.body()).contains("Уроки отчёта");

            HttpResponse<String> browser = get(origin, "/lessons", "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5");
            assertThat(browser.body()).contains("Уроки отчёта");
            HttpResponse<String> english = get(origin, "/lessons", "Accept-Language", "de-DE");
            assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(english.body()).contains("The lessons of the report");

            Document page = Jsoup.parse(browser.body());
            assertThat(page.select("nav.languages a[hreflang=en]").attr("href")).isEqualTo("/lessons?lang=en");
            assertThat(page.select("nav.languages a[aria-current]").text()).isEqualTo("Русский");
        });
    }

    @Test
    void the_api_answers_in_the_accepted_language_with_the_same_json_shape() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            String plan = Files.readString(Fixtures.SCENARIOS.resolve("alga-boycott-2011.yaml"));
            HttpResponse<String> english = WebFixture.post(client.getOrigin(), "/api/v1/evaluations", "application/yaml", plan);
            HttpResponse<String> russian = WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/v1/evaluations"))
                    .header("Content-Type", "application/yaml").header("Accept-Language", "ru")
                    .POST(HttpRequest.BodyPublishers.ofString(plan)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(russian.headers().firstValue("Content-Language")).hasValue("ru");
            JsonNode en = JSON.readTree(english.body());
            JsonNode ru = JSON.readTree(russian.body());
            assertThat(shape(ru, "")).isEqualTo(shape(en, ""));
            assertThat(ru.path("findings").findValuesAsText("id")).isEqualTo(en.path("findings").findValuesAsText("id"));
            assertThat(ru.path("findings").get(0).path("title").asText()).isEqualTo("Каналы замолкают в ключевую дату");

            HttpResponse<String> problem = WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/v1/evaluations"))
                    .header("Content-Type", "application/json").header("Accept-Language", "ru")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"context\": \"kazakhstan-2011\"}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(problem.statusCode()).isEqualTo(400);
            JsonNode body = JSON.readTree(problem.body());
            assertThat(body.path("title").asText()).isEqualTo("В плане есть ошибки");
            assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo("обязательное поле");
        });
    }

    /** Every field path of a JSON document (array items merged), to compare shapes. */
    private static Set<String> shape(JsonNode node, String path) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                paths.add(path + "/" + name);
                paths.addAll(shape(node.get(name), path + "/" + name));
            }
        } else if (node.isArray()) {
            node.forEach(item -> paths.addAll(shape(item, path + "[]")));
        }
        return paths;
    }

    @Test
    void every_page_in_russian_has_no_english_left_and_no_unfilled_placeholder() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            String origin = client.getOrigin();
            List<String> problems = new ArrayList<>();
            List<String> pages = new ArrayList<>(List.of("/", "/plan", "/lessons", "/rules", "/compare"));
            for (Lesson lesson : Fixtures.real().evidence().lessons()) {
                pages.add("/lessons/" + lesson.id());
            }
            for (String page : pages) {
                problems.addAll(check(page, get(origin, page, "Cookie", "lang=ru").body(), Set.of()));
            }
            List<Scenario> scenarios = ScenarioFolder.read(Fixtures.SCENARIOS);
            for (Scenario scenario : scenarios) {
                if (scenario.readable()) {
                    String file = scenario.file().getFileName().toString();
                    problems.addAll(check("/scenarios/" + file, get(origin, "/scenarios/" + file, "Cookie", "lang=ru").body(),
                            RussianText.typedIn(scenario.plan())));
                }
            }
            HttpResponse<String> comparison = WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/compare"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "lang=ru")
                    .POST(HttpRequest.BodyPublishers.ofString("scenario=alga-boycott-2011.yaml&scenario=alga-boycott-improved.yaml")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Set<String> typed = new TreeSet<>();
            for (String name : List.of("alga-boycott-2011.yaml", "alga-boycott-improved.yaml")) {
                typed.addAll(RussianText.typedIn(ScenarioFolder.readOne(Fixtures.SCENARIOS.resolve(name)).plan()));
            }
            problems.addAll(check("comparison", comparison.body(), typed));
            assertThat(problems).isEmpty();
        });
    }

    @Test
    void every_plan_problem_is_said_in_russian_on_the_form_and_from_the_reader() throws Exception {
        List<String> problems = new ArrayList<>();
        String broken = """
                name: ""
                context: atlantis
                goal: {kind: petition, offlineAction: fly, target: {value: -5}, scope: planet}
                timeline: {start: 2011-02-30, keyDate: 2011-01-01, end: 2011-03-01}
                audience:
                  recruitment: sometimes
                  segments: [{name: voters, size: "many", internetShare: 1.5, digitalLiteracy: high, ageBand: old}]
                channels: [{platform: myspace, followers: 12.5, postsPerWeek: true}]
                colour: blue
                """;
        try {
            org.campaignadvisor.plan.PlanReader.parse(broken, org.campaignadvisor.plan.PlanFormat.YAML, "broken.yaml");
        } catch (org.campaignadvisor.plan.InvalidPlanException e) {
            assertThat(e.problems()).hasSizeGreaterThan(8);
            // what the file said, and the codes a plan file is written with, are shown as they are
            Set<String> asWritten = new TreeSet<>(Set.of("sometimes", "old", "many", "fly", "planet", "myspace", "atlantis", "colour", "true"));
            org.campaignadvisor.text.LabelsTest.enums().values().forEach(asWritten::addAll);
            JSON.readTree(java.nio.file.Path.of("docs/plan.schema.json").toFile()).findValues("properties")
                    .forEach(properties -> properties.fieldNames().forEachRemaining(asWritten::add));
            e.problems().forEach(p -> problems.addAll(RussianText.problems("reader " + p.path(),
                    org.campaignadvisor.text.ProblemText.say(p.message(), org.campaignadvisor.text.Language.of("ru").orElseThrow()), asWritten)));
        }
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> form = WebFixture.HTTP.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + "/plan"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "lang=ru")
                    .POST(HttpRequest.BodyPublishers.ofString("name=&goal.kind=&audience.segments%5B0%5D.name=voters"
                            + "&audience.segments%5B0%5D.size=many&timeline.start=2011-02-30&channels%5B0%5D.followers=lots")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(form.statusCode()).isEqualTo(400);
            assertThat(form.body()).contains("обязательное поле");
            problems.addAll(check("/plan with errors", form.body(), Set.of("voters", "many", "lots")));
            problems.addAll(check("/lessons/Z9", get(client.getOrigin(), "/lessons/Z9", "Cookie", "lang=ru").body(), Set.of("Z9")));
        });
        assertThat(problems).isEmpty();
    }

    /**
     * The visible text of a page, without code, the report's original words (lang="en"), what is marked
     * not to be translated (a plan's name shortened in a chart) and typed values.
     */
    private static List<String> check(String page, String html, Set<String> typed) {
        Document document = Jsoup.parse(html);
        document.select("code, pre, script, style, [lang=en], [translate=no], option[value], input").remove();
        List<String> problems = new ArrayList<>();
        document.body().select("*").forEach(element -> {
            String own = element.ownText();
            if (!own.isBlank()) {
                problems.addAll(RussianText.problems(page, own, typed));
            }
        });
        // the titles of the page and of the chart are read too
        problems.addAll(RussianText.problems(page + " <title>", document.title().replace("campaign-advisor", ""), typed));
        return problems;
    }
}
