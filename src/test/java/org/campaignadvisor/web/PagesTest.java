package org.campaignadvisor.web;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML pages over real HTTP: the form, the result page, escaping, errors beside fields. */
@Tag("http")
class PagesTest {

    private static Javalin app() {
        return WebApp.create(WebFixture.services(), WebSettings.DEFAULT);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> randomRecruitmentPlan() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Friends for change");
        fields.put("context", "kazakhstan-2011");
        fields.put("goal.kind", "electoral");
        fields.put("audience.recruitment", "random");
        fields.put("audience.segments[0].name", "students");
        fields.put("audience.segments[0].size", "20000");
        fields.put("channels[0].platform", "facebook");
        fields.put("channels[0].content", "agenda");
        return fields;
    }

    @Test
    void the_start_page_explains_and_offers_form_scenarios_and_upload() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Document page = Jsoup.parse(WebFixture.get(client.getOrigin(), "/").body());
            assertThat(page.select("a[href=/plan]")).isNotEmpty();
            assertThat(page.select("a[href=/scenarios/alga-boycott-2011.yaml]").text()).contains("Alga boycott");
            assertThat(page.select("form[action=/upload] input[type=file]")).hasSize(1);
        });
    }

    @Test
    void every_input_of_the_form_has_a_label() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Document page = Jsoup.parse(WebFixture.get(client.getOrigin(), "/plan").body());
            assertThat(page.select("form.plan input, form.plan select")).hasSizeGreaterThan(60);
            page.select("form.plan input:not([type=checkbox]), form.plan select").forEach(input ->
                    assertThat(page.select("label[for=" + input.id() + "]")).as("label for %s", input.attr("name")).isNotEmpty());
            page.select("form.plan input[type=checkbox]").forEach(box ->
                    assertThat(box.parent().tagName()).as("checkbox %s sits in its label", box.attr("name")).isEqualTo("label"));
        });
    }

    @Test
    void a_submitted_plan_shows_warnings_first_with_evidence_and_keeps_the_plan_editable() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = WebFixture.postForm(client.getOrigin(), "/plan", form(randomRecruitmentPlan()));
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            for (var section : page.select("section.theme")) {
                List<String> order = section.select("article").eachAttr("class");
                int firstOther = order.stream().filter(c -> !c.contains("warning")).findFirst().map(order::indexOf).orElse(order.size());
                assertThat(order.subList(firstOther, order.size())).as("within a theme, warnings come first").noneMatch(c -> c.contains("warning"));
            }
            assertThat(page.select(".fix-first li a").eachAttr("href")).contains("#recruitment.random");
            var finding = page.select("article#recruitment\\.random");
            assertThat(finding.select(".why").text()).contains("added at random");
            assertThat(finding.select(".report-says a[href=/lessons/N3]")).isNotEmpty();
            assertThat(finding.select(".action").text()).isNotBlank();
            assertThat(page.select("svg.readiness-chart title").first().text()).contains("Recruiting followers: not ready");
            assertThat(page.select("input[name=audience.segments[0].size]").attr("value")).isEqualTo("20000");
            assertThat(page.select("select[name=audience.recruitment] option[selected]").attr("value")).isEqualTo("random");
        });
    }

    @Test
    void a_script_in_the_plan_name_is_rendered_inert() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Map<String, String> fields = randomRecruitmentPlan();
            fields.put("name", "<script>alert('x')</script>");
            HttpResponse<String> response = WebFixture.postForm(client.getOrigin(), "/plan", form(fields));
            assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
            assertThat(Jsoup.parse(response.body()).select("script").eachAttr("src")).containsOnly("/static/form.js");
        });
    }

    @Test
    void an_invalid_size_is_shown_beside_its_field_with_everything_typed_kept() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Map<String, String> fields = randomRecruitmentPlan();
            fields.put("audience.segments[0].size", "-5");
            fields.put("goal.description", "Elect a new council");
            HttpResponse<String> response = WebFixture.postForm(client.getOrigin(), "/plan", form(fields));
            assertThat(response.statusCode()).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            var field = page.select("input[name=audience.segments[0].size]").first().parent();
            assertThat(field.select(".error").text()).isEqualTo("must be ≥ 0, got -5");
            assertThat(page.select("input[name=audience.segments[0].size]").attr("value")).isEqualTo("-5");
            assertThat(page.select("input[name=goal.description]").attr("value")).isEqualTo("Elect a new council");
            assertThat(page.select("input[name=audience.segments[0].name]").attr("value")).isEqualTo("students");
            assertThat(page.select("select[name=channels[0].platform] option[selected]").attr("value")).isEqualTo("facebook");
            assertThat(page.select("input[name=channels[0].content][value=agenda]").hasAttr("checked")).isTrue();
        });
    }

    @Test
    void an_error_in_a_later_row_is_shown_beside_that_row_when_earlier_rows_are_empty() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Map<String, String> fields = randomRecruitmentPlan();
            fields.remove("audience.segments[0].name");
            fields.remove("audience.segments[0].size");
            fields.put("audience.segments[2].name", "pensioners");
            fields.put("audience.segments[2].internetShare", "2");
            Document page = Jsoup.parse(WebFixture.postForm(client.getOrigin(), "/plan", form(fields)).body());
            var field = page.select("input[name=audience.segments[2].internetShare]").first().parent();
            assertThat(field.select(".error").text()).isEqualTo("must be ≤ 1, got 2");
        });
    }

    @Test
    void a_scenario_loads_into_the_result_page_and_the_form() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Document page = Jsoup.parse(WebFixture.get(client.getOrigin(), "/scenarios/alga-boycott-2011.yaml").body());
            assertThat(page.select("article.warning").eachAttr("id")).contains("channels.fragmented",
                    "evaluation.uncountable-action", "action.abstention");
            assertThat(page.select("article#channels\\.fragmented .report-says").text()).contains("around 400 or less", "4,300 views");
            assertThat(page.select("input[name=channels[2].followers]").attr("value")).isEqualTo("400");
            assertThat(WebFixture.get(client.getOrigin(), "/scenarios/..%2Fpom.xml").statusCode()).isEqualTo(404);
        });
    }

    @Test
    void the_result_says_how_open_civic_space_is_and_on_what_facts_in_the_pages_language() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Document english = Jsoup.parse(WebFixture.get(client.getOrigin(), "/scenarios/alga-boycott-2011.yaml").body());
            assertThat(english.select("details.civic-space summary").text()).isEqualTo("Civic space here: repressed. Why we say so");
            assertThat(english.select("details.civic-space li").eachText()).hasSize(org.campaignadvisor.Fixtures.real().evidence().context("kazakhstan-2011")
                    .orElseThrow().civicSpaceBasis().size()).anyMatch(fact -> fact.contains("can be blocked if its content runs counter"));
            assertThat(english.select("details.civic-space p").text()).contains("the project's assessment", "not the report's");
            Document russian = Jsoup.parse(WebFixture.get(client.getOrigin(), "/scenarios/alga-boycott-2011.yaml?lang=ru").body());
            assertThat(russian.select("details.civic-space summary").text()).isEqualTo("Гражданское пространство здесь: подавляемое. Почему мы так считаем");
            assertThat(russian.select("details.civic-space li").eachText()).hasSameSizeAs(english.select("details.civic-space li"))
                    .anyMatch(fact -> fact.contains("противоречит"));
        });
    }

    @Test
    void the_plan_downloads_as_yaml_that_reads_back() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = WebFixture.postForm(client.getOrigin(), "/plan.yaml", form(randomRecruitmentPlan()));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"friends-for-change.yaml\"");
            var plan = PlanReader.parse(response.body(), PlanFormat.YAML, "download");
            assertThat(plan.audience().segments().get(0).size()).isEqualTo(20000);
            assertThat(plan.channels().get(0).content()).containsExactly("agenda");
        });
    }

    @Test
    void an_uploaded_plan_file_is_evaluated_and_a_broken_one_is_explained() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            String boundary = "----advisor";
            String good = multipart(boundary, "plan.yaml", "name: Upload\ncontext: kazakhstan-2011\ngoal: {kind: awareness}\n");
            var ok = WebFixture.post(client.getOrigin(), "/upload", "multipart/form-data; boundary=" + boundary, good);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(ok.body()).select("h1").text()).isEqualTo("Advice for Upload");
            String bad = multipart(boundary, "bad.yaml", "name: Upload\ngoal: {kind: party}\n");
            var refused = WebFixture.post(client.getOrigin(), "/upload", "multipart/form-data; boundary=" + boundary, bad);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select(".errors-summary").text()).contains("goal.kind", "context: is required");
        });
    }

    @Test
    void lessons_and_rules_have_pages() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(Jsoup.parse(WebFixture.get(client.getOrigin(), "/lessons").body()).select("ul.lessons li")).hasSize(28);
            Document lesson = Jsoup.parse(WebFixture.get(client.getOrigin(), "/lessons/N1").body());
            assertThat(lesson.text()).contains("604 signatures", "goal.target-out-of-reach");
            assertThat(Jsoup.parse(WebFixture.get(client.getOrigin(), "/rules").body()).text()).contains("channels.fragmented");
            assertThat(WebFixture.get(client.getOrigin(), "/lessons/Z1").statusCode()).isEqualTo(404);
        });
    }

    private static String multipart(String boundary, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    }

    @Test
    void the_compare_page_shows_ticked_scenarios_side_by_side_and_takes_a_plan_from_the_form() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            Document picker = Jsoup.parse(WebFixture.get(client.getOrigin(), "/compare").body());
            assertThat(picker.select("input[name=scenario]")).hasSizeGreaterThan(10);
            String boundary = "----cmp";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"scenario\"\r\n\r\nalga-boycott-2011.yaml\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"scenario\"\r\n\r\nalga-boycott-improved.yaml\r\n"
                    + "--" + boundary + "--\r\n";
            Document matrix = Jsoup.parse(WebFixture.post(client.getOrigin(), "/compare", "multipart/form-data; boundary=" + boundary, body).body());
            assertThat(matrix.select("table.matrix thead th").eachText()).contains("Alga boycott of the 2011 presidential election", "Alga boycott, improved");
            assertThat(matrix.select("tr.differs td").eachText()).contains("Your audience is split across too many networks");
            assertThat(matrix.select("tr:not(.differs) .differs-mark")).as("only differing rows are marked").isEmpty();
            assertThat(matrix.text()).contains("Action away from the screen: Stay away (abstain) → Sign");

            Document carried = Jsoup.parse(WebFixture.postForm(client.getOrigin(), "/compare/add", form(randomRecruitmentPlan())).body());
            assertThat(carried.select("input[name=carried]").attr("value")).contains("name: Friends for change");
        });
    }

    /**
     * No code of the plan format where a person reads (issue 12): the visible text of every page, with
     * the details that keep ids and rule files (and code elements) left out, holds no hyphenated code
     * (spoil-ballot, until-key-date, foreign-ngos, …) and no platform code in lower case.
     */
    @Test
    void no_page_shows_a_code_of_the_plan_format() throws Exception {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        org.campaignadvisor.text.LabelsTest.enums().values().forEach(set -> set.stream()
                .filter(c -> c.contains("-") || List.of("facebook", "vkontakte", "moimir", "odnoklassniki", "youtube", "sms", "tv").contains(c))
                // plain English compounds that happen to be codes too: a person reads them as words
                .filter(c -> !List.of("one-off", "trust-building").contains(c))
                .forEach(codes::add));
        org.campaignadvisor.Fixtures.real().ruleBook().catalogue().forEach(r -> {
            if (r.theme().contains("-")) {
                codes.add(r.theme());
            }
        });
        JavalinTest.test(app(), (server, client) -> {
            String origin = client.getOrigin();
            List<String> pages = new java.util.ArrayList<>(List.of("/", "/plan", "/compare", "/lessons", "/rules"));
            for (var lesson : org.campaignadvisor.Fixtures.real().evidence().lessons()) {
                pages.add("/lessons/" + lesson.id());
            }
            List<String> scenarios = new java.util.ArrayList<>();
            for (var file : org.campaignadvisor.scenarios.ScenarioFolder.files(org.campaignadvisor.Fixtures.SCENARIOS)) {
                pages.add("/scenarios/" + file.getFileName());
                scenarios.add("scenario=" + file.getFileName());
            }
            List<String> found = new java.util.ArrayList<>();
            java.util.function.BiConsumer<String, String> scan = (where, html) -> {
                Document page = Jsoup.parse(html);
                page.select("details.more, code, script, style, svg title").remove();
                String text = page.body().text();
                for (String code : codes) {
                    if (java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(code) + "(?![\\w-])").matcher(text).find()) {
                        found.add(where + ": " + code);
                    }
                }
            };
            for (String page : pages) {
                scan.accept(page, WebFixture.get(origin, page).body());
            }
            scan.accept("comparison of every scenario", WebFixture.post(origin, "/compare", "application/x-www-form-urlencoded",
                    String.join("&", scenarios)).body());
            assertThat(found).isEmpty();
        });
    }
}
