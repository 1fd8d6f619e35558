package org.campaignadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.KnownIds;
import org.campaignadvisor.rules.Limits;
import org.campaignadvisor.rules.LiveRuleBook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainers' area over real HTTP: off without a secret; with one, nothing changes without logging
 * in and the form's token; a logged-in trainer tries a draft (its effect on every example plan, or its
 * problems at file:line), saves it (served without a restart, the old version kept) and restores it;
 * DRL files are never offered.
 */
@Tag("http")
class TrainerTest {
    private static final String SECRET = "trainers-secret";
    private static final String FILE = "advice/channels.dslr";

    @TempDir
    Path dir;
    private Path rules;
    private LiveRuleBook live;
    private Javalin app;
    private String origin;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        rules = org.campaignadvisor.cli.RuleFolders.copy(Fixtures.RULES, dir.resolve("rules"));
        live = LiveRuleBook.watch(rules, 0, KnownIds.of(Fixtures.real().evidence()));
        Advisor advisor = new Advisor(live, Fixtures.real().evidence(), Limits.DEFAULT);
        AppServices services = new AppServices(advisor, Fixtures.real().evidence(), live::status, live::reload, Fixtures.SCENARIOS, rules);
        app = WebApp.create(services, new WebSettings(1_000_000, 5_000, SECRET, List.of())).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
        live.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String... fields) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login() throws Exception {
        HttpResponse<String> answer = post("/trainer/login", null, "secret", SECRET);
        assertThat(answer.statusCode()).isEqualTo(303);
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String csrf(Document page) {
        return page.select("input[name=csrf]").first().attr("value");
    }

    @Test
    void without_the_secret_nothing_can_be_seen_or_changed() throws Exception {
        String before = Files.readString(rules.resolve(FILE));
        assertThat(get("/trainer/edit?file=" + FILE, null).statusCode()).isEqualTo(401);
        assertThat(post("/trainer/login", null, "secret", "guess").statusCode()).isEqualTo(401);
        assertThat(post("/trainer/save", null, "file", FILE, "text", "nothing", "csrf", "x").statusCode()).isEqualTo(403);
        String cookie = login();
        assertThat(post("/trainer/save", cookie, "file", FILE, "text", "nothing", "csrf", "forged").statusCode())
                .as("a logged-in session without the form's token").isEqualTo(403);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/trainer/file?name=" + FILE))
                .PUT(HttpRequest.BodyPublishers.ofString("nothing")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/trainer/files")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(Files.readString(rules.resolve(FILE))).as("the file is unchanged").isEqualTo(before);
        assertThat(get("/trainer/edit?file=classify/goal.drl", cookie).statusCode()).as("DRL is never offered").isEqualTo(404);
    }

    @Test
    void a_trainer_tries_saves_and_restores_a_threshold_without_a_restart() throws Exception {
        String cookie = login();
        HttpResponse<String> home = get("/trainer", cookie);
        Document list = Jsoup.parse(home.body());
        assertThat(list.select("h1").text()).as("cookie %s, page %s", cookie, home.body().length() > 600 ? home.body().substring(0, 600) : home.body())
                .isEqualTo("Trainers' area");
        assertThat(list.select("ul.rule-files a").eachText()).contains(FILE).noneMatch(f -> f.endsWith(".drl"));
        Document editor = Jsoup.parse(get("/trainer/edit?file=" + FILE, cookie).body());
        String text = editor.select("textarea[name=text]").first().wholeText();
        assertThat(text).contains("none with 1000 followers or more");
        assertThat(editor.select("ul.vocabulary li").eachText()).contains("the plan uses at least {n} social networks, none with {people} followers or more");

        String draft = text.replace("none with 1000 followers or more", "none with 100 followers or more");
        Document tried = Jsoup.parse(post("/trainer/try", cookie, "csrf", csrf(editor), "file", FILE, "text", draft).body());
        assertThat(tried.select(".trial td").eachText()).contains("Alga boycott of the 2011 presidential election", "channels.fragmented");
        assertThat(tried.select(".trial").text()).contains("expects channels.fragmented, which would no longer fire");
        assertThat(Files.readString(rules.resolve(FILE))).as("trying changes nothing").isEqualTo(text);

        Document broken = Jsoup.parse(post("/trainer/try", cookie, "csrf", csrf(editor), "file", FILE,
                "text", draft.replace("the plan uses between 1 and 2 social networks", "the plan uses betwen 1 and 2 social networks")).body());
        assertThat(broken.select(".errors-summary").text()).contains("advice/channels.dslr:").contains("did you mean");

        String version = live.status().version();
        HttpResponse<String> saved = post("/trainer/save", cookie, "csrf", csrf(editor), "file", FILE, "text", draft);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Files.readString(rules.resolve(FILE))).isEqualTo(draft);
        assertThat(live.status().version()).as("served at once, no restart").isNotEqualTo(version);
        String alga = Files.readString(Fixtures.SCENARIOS.resolve("alga-boycott-2011.yaml"));
        assertThat(Jsoup.parse(WebFixture.post(origin, "/api/v1/evaluations", "application/yaml", alga).body()).text())
                .doesNotContain("\"channels.fragmented\"");

        Document after = Jsoup.parse(saved.body());
        assertThat(after.select("ul.history li")).hasSize(1);
        String old = after.select("ul.history input[name=version]").attr("value");
        assertThat(post("/trainer/restore", cookie, "csrf", csrf(after), "file", FILE, "version", old).statusCode()).isEqualTo(200);
        assertThat(Files.readString(rules.resolve(FILE))).as("one click restores the previous version").isEqualTo(text);
        assertThat(WebFixture.post(origin, "/api/v1/evaluations", "application/yaml", alga).body()).contains("\"channels.fragmented\"");
    }

    @Test
    void the_trainers_pages_switch_language_and_a_tried_draft_is_sent_again_not_lost() throws Exception {
        String cookie = login();
        Document editor = Jsoup.parse(get("/trainer/edit?file=" + FILE, cookie).body());
        assertThat(editor.select("nav.languages a[hreflang=ru]").attr("href"))
                .isEqualTo("/trainer/edit?file=" + FILE.replace("/", "%2F") + "&lang=ru");
        String saved = Files.readString(rules.resolve(FILE));
        // a draft that compiles: only trying it keeps it off the disk
        String draft = saved.replace("@title(\"Your audience is split across too many networks\")", "@title(\"Too many networks, too few followers\")");
        assertThat(draft).isNotEqualTo(saved);
        Document tried = Jsoup.parse(post("/trainer/try", cookie, "csrf", csrf(editor), "file", FILE, "text", draft).body());
        assertThat(tried.select("section.trial")).isNotEmpty();
        assertThat(tried.select("nav.languages span[aria-current]").text()).as("the current language is not a link away").isEqualTo("English");
        var button = tried.select("nav.languages button[lang=ru]");
        assertThat(button.attr("form")).isEqualTo("trainer-editor");
        // what the button sends: the fields of the editor form, to the button's own address
        var form = tried.select("form#trainer-editor").first();
        Document russian = Jsoup.parse(post(button.attr("formaction"), cookie,
                "csrf", form.select("input[name=csrf]").val(), "file", form.select("input[name=file]").val(),
                "text", form.select("textarea[name=text]").val()).body());
        assertThat(russian.select("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.select("section.trial h2").text()).isEqualTo("Что изменит этот черновик");
        assertThat(russian.select("form#trainer-editor textarea").val()).contains("Too many networks, too few followers");
        assertThat(Files.readString(rules.resolve(FILE))).as("a switch tries the draft again; it never saves it").isEqualTo(saved);
    }

    @Test
    void a_trainer_adds_a_rule_and_its_russian_text_in_the_browser_in_russian() throws Exception {
        String cookie = login() + "; lang=ru";
        Document home = Jsoup.parse(get("/trainer", cookie).body());
        assertThat(home.select("h1").text()).isEqualTo("Раздел для тренеров");
        assertThat(home.select("ul.rule-files a").eachText()).contains("lang/ru.yaml", FILE);

        // the Russian first (a rule that does not exist yet), then the rule itself: each file saved on its own
        String russian = Files.readString(rules.resolve("lang/ru.yaml")) + """

                goal.test-rule:
                  title: "Проверочное правило"
                  message: "Проверочное сообщение."
                  reading: "Проверочное толкование."
                  action: "Проверочное действие."
                """;
        Document ruEditor = Jsoup.parse(get("/trainer/edit?file=lang/ru.yaml", cookie).body());
        assertThat(ruEditor.select("h1").text()).isEqualTo("Правка файла lang/ru.yaml");
        HttpResponse<String> savedRussian = post("/trainer/save", cookie, "csrf", csrf(ruEditor), "file", "lang/ru.yaml", "text", russian);
        assertThat(savedRussian.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(savedRussian.body()).select(".notice").text()).startsWith("Сохранено.");

        Document editor = Jsoup.parse(get("/trainer/edit?file=" + FILE, cookie).body());
        String rule = Files.readString(rules.resolve(FILE)) + """

                rule "goal.test-rule"
                    @severity("recommendation") @theme("goal") @weight(1) @lessons("A9")
                    @title("A test rule") @message("A test message.") @reading("A test reading.") @action("A test action.")
                when
                    the plan sets no numeric target
                then
                    report the finding
                end
                """;
        HttpResponse<String> savedRule = post("/trainer/save", cookie, "csrf", csrf(editor), "file", FILE, "text", rule);
        assertThat(savedRule.statusCode()).as(savedRule.body()).isEqualTo(200);

        // and a rule whose Russian is missing is refused in Russian, at the rule's line
        Document again = Jsoup.parse(get("/trainer/edit?file=" + FILE, cookie).body());
        Document refused = Jsoup.parse(post("/trainer/try", cookie, "csrf", csrf(again), "file", FILE,
                "text", rule.replace("goal.test-rule", "goal.untranslated")).body());
        assertThat(refused.select(".errors-summary").text()).contains("В черновике ошибки:",
                "у правила «goal.untranslated» нет поля title в lang/ru.yaml");
    }

    @Test
    void the_api_saves_only_a_draft_that_compiles_and_reports_problems_at_their_line() throws Exception {
        String text = Files.readString(rules.resolve(FILE));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/trainer/file?name=" + FILE))
                .header("Authorization", "Bearer " + SECRET)
                .PUT(HttpRequest.BodyPublishers.ofString(text.replace("@lessons(\"N7 A3\")", "@lessons(\"N7 A66\")"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("advice/channels.dslr:", "A66");
        assertThat(Files.readString(rules.resolve(FILE))).isEqualTo(text);
    }
}
