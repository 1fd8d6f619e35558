package org.campaignadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * A campaigner in a real browser (headless Chromium): chooses a context, makes mistakes in several
 * sections and sees them all at once, fixes them, reads the chart and "fix these first", opens the
 * share link in a fresh session, prints, compares two typed plans, uses the form from the keyboard,
 * and every page is checked for accessibility (axe-core) and for horizontal scrolling at 360 px.
 * Screenshots in docs/ are written from these runs. Skips itself, loudly, only where Chromium is
 * not installed and CI is not set; .ci/run installs it.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final By SUBMIT = By.cssSelector("form.plan button[type=submit]:not([formaction])");

    private static Javalin app;
    private static ChromeDriver browser;
    private static String origin;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.err.println("""

                    ********************************************************************
                    * BrowserTest SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver  *
                    * is missing. Install: apt-get install chromium chromium-driver    *
                    * (.ci/run does this, so CI always runs the browser test).         *
                    ********************************************************************
                    """);
        }
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Chromium is not installed, and in CI the browser test must run: .ci/run installs it");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed");
        app = WebApp.create(WebFixture.services(), WebSettings.DEFAULT).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,2000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    /** Waits (up to 20 s) for an element after a click that loads a page: under load the new page can lag. */
    private static WebElement waitFor(By by) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    private static WebElement input(String name) {
        return browser.findElement(By.name(name));
    }

    /** Opens the form section with this title, as a person would, by clicking its summary. */
    private static void open(String section) {
        for (WebElement details : browser.findElements(By.cssSelector("form.plan details.section"))) {
            WebElement summary = details.findElement(By.tagName("summary"));
            if (summary.getText().strip().equals(section) && details.getAttribute("open") == null) {
                summary.click();
            }
        }
    }

    private static void type(String name, String value) {
        WebElement element = input(name);
        element.clear();
        element.sendKeys(value);
    }

    /** A native date input takes its value in the browser's own format; set it as the form would send it. */
    private static void date(String name, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", input(name), isoDate);
    }

    private static List<String> findingIds() {
        return browser.findElements(By.cssSelector("article.finding")).stream().map(e -> e.getAttribute("id")).toList();
    }

    private static void screenshot(String file) throws Exception {
        Path target = Path.of("docs").resolve(file);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void fillPlan(String name, String context) {
        browser.get(origin + "/plan");
        type("name", name);
        if (context != null) {
            new Select(input("context")).selectByValue(context);
        }
        open("Goal");
        new Select(input("goal.kind")).selectByValue("electoral");
        open("Audience");
        new Select(input("audience.recruitment")).selectByValue("random");
        open("Audience segments");
        type("audience.segments[0].name", "students");
        type("audience.segments[0].size", "20,000");
        type("audience.segments[0].internetShare", "45%");
        open("Channels");
        new Select(input("channels[0].platform")).selectByValue("facebook");
    }

    @Test
    @Order(1)
    void a_campaigner_must_choose_a_context_sees_every_problem_at_once_and_fixes_them() throws Exception {
        fillPlan("Friends for the council", null);
        assertThat(new Select(input("context")).getFirstSelectedOption().getAttribute("value"))
                .as("no context is chosen for the campaigner").isEmpty();
        type("audience.segments[0].size", "-5");
        type("audience.segments[0].internetShare", "150%");
        open("Timeline");
        date("timeline.start", "2026-05-01");
        date("timeline.end", "2026-04-01");
        browser.findElement(SUBMIT).click();
        waitFor(By.cssSelector(".errors-summary"));

        List<String> summary = browser.findElements(By.cssSelector(".errors-summary li")).stream().map(WebElement::getText).toList();
        assertThat(String.join("\n", summary)).contains("context", "audience.segments[0].size", "internetShare", "timeline.end");
        for (String name : List.of("context", "audience.segments[0].size", "audience.segments[0].internetShare", "timeline.end")) {
            WebElement field = input(name);
            assertThat(field.isDisplayed()).as("%s is visible: its section is open", name).isTrue();
            assertThat(field.getAttribute("aria-invalid")).as("%s is marked invalid", name).isEqualTo("true");
            String errorId = field.getAttribute("id") + "-error";
            assertThat(field.getAttribute("aria-describedby")).as("%s points at its error", name).contains(errorId);
            assertThat(browser.findElement(By.id(errorId)).getText()).isNotBlank();
        }
        assertThat(input("audience.segments[0].name").getAttribute("value")).isEqualTo("students");
        assertThat(input("name").getAttribute("value")).isEqualTo("Friends for the council");

        // switching language on the form with errors sends it again: the problems in Russian, nothing typed lost
        browser.findElement(By.cssSelector("nav.languages a[href='#switch-language']")).click();
        browser.findElement(By.cssSelector("#switch-language button[lang=ru]")).click();
        waitFor(By.cssSelector("html[lang=ru] .errors-summary"));
        assertThat(browser.findElement(By.cssSelector(".errors-summary")).getText()).contains("audience.segments[0].size", "не меньше 0");
        assertThat(input("name").getAttribute("value")).isEqualTo("Friends for the council");
        assertThat(input("audience.segments[0].name").getAttribute("value")).isEqualTo("students");
        assertThat(input("audience.segments[0].internetShare").getAttribute("value")).isEqualTo("150%");
        assertThat(input("timeline.end").getAttribute("value")).isEqualTo("2026-04-01");
        browser.findElement(By.cssSelector("#switch-language button[lang=en]")).click();
        waitFor(By.cssSelector("html[lang=en] .errors-summary"));
        // Enter in a field submits the plan, not a language switch
        WebElement before = browser.findElement(By.cssSelector(".errors-summary"));
        input("name").sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        waitFor(By.cssSelector("html[lang=en] .errors-summary"));
        assertThat(browser.getCurrentUrl()).endsWith("/plan");
        assertThat(input("audience.segments[0].size").getAttribute("value")).isEqualTo("-5");

        new Select(input("context")).selectByValue("kazakhstan-2011");
        type("audience.segments[0].size", "20,000");
        type("audience.segments[0].internetShare", "45%");
        date("timeline.end", "2026-06-01");
        browser.findElement(SUBMIT).click();
        waitFor(By.cssSelector("article.finding"));
        assertThat(findingIds()).contains("recruitment.random");
    }

    @Test
    @Order(2)
    void the_result_shows_the_chart_fix_these_first_and_a_share_link_that_recreates_it_in_a_fresh_session() throws Exception {
        fillPlan("Friends for the council", "kazakhstan-2011");
        browser.findElement(SUBMIT).click();
        waitFor(By.cssSelector("svg.readiness-chart"));
        WebElement chart = browser.findElement(By.cssSelector("svg.readiness-chart"));
        assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).contains("Recruiting followers: not ready");
        List<WebElement> first = browser.findElements(By.cssSelector(".fix-first li"));
        assertThat(first).hasSizeBetween(1, 3);
        assertThat(first.get(0).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".fix-first")).getText()).contains("The single change that helps most");
        WebElement warning = browser.findElement(By.id("recruitment.random"));
        assertThat(warning.findElement(By.cssSelector(".report-says")).getText()).contains("friending");
        assertThat(warning.findElement(By.cssSelector(".why")).isDisplayed()).as("why is folded away").isFalse();
        screenshot("screenshot-result.png");

        List<String> findings = findingIds();
        String link = browser.findElement(By.id("share-link")).getAttribute("href");
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
        browser.get(link);
        waitFor(By.cssSelector("article.finding"));
        assertThat(findingIds()).as("the shared link gives the same findings").isEqualTo(findings);
        assertThat(input("name").getAttribute("value")).isEqualTo("Friends for the council");

        // Switching to Russian on the result page keeps the plan: the same findings, now in Russian.
        browser.findElement(By.cssSelector("nav.languages a[hreflang=ru]")).click();
        waitFor(By.cssSelector("html[lang=ru] article.finding"));
        assertThat(findingIds()).as("the plan survives the switch").isEqualTo(findings);
        assertThat(input("name").getAttribute("value")).isEqualTo("Friends for the council");
        assertThat(browser.findElement(By.id("fix-first-title")).getText()).isEqualTo("Что исправить в первую очередь");
        assertThat(browser.findElement(By.id("recruitment.random")).findElement(By.tagName("h3")).getText())
                .startsWith("Предупреждение:");
        screenshot("screenshot-result-ru.png");
        // ... and the choice is remembered on the next page
        browser.findElement(By.cssSelector("header.top nav a[href='/lessons']")).click();
        waitFor(By.cssSelector("html[lang=ru] ul.lessons"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Уроки отчёта");
        browser.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
        waitFor(By.cssSelector("html[lang=en] ul.lessons"));
    }

    @Test
    @Order(3)
    void the_result_prints_as_a_clean_report() {
        fillPlan("Printed plan", "kazakhstan-2011");
        browser.findElement(SUBMIT).click();
        waitFor(By.cssSelector("section.theme"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = browser;
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('header.top')).display")).isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('#edit')).display")).isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelectorAll('section.theme')[1]).breakBefore"))
                    .isEqualTo("page");
            assertThat(browser.findElement(By.cssSelector("article.finding")).isDisplayed()).isTrue();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Order(4)
    void two_plans_typed_in_the_form_are_compared_without_a_download() throws Exception {
        fillPlan("First typed plan", "kazakhstan-2011");
        browser.findElement(By.cssSelector("form.plan button[formaction='/compare/add']")).click();
        assertThat(waitFor(By.cssSelector("p.carried")).getText()).contains("First typed plan");
        // a language switch on the picker keeps the plan carried and the examples ticked
        browser.findElement(By.cssSelector("input[name=scenario]")).click();
        browser.findElement(By.cssSelector("nav.languages button[lang=ru]")).click();
        assertThat(waitFor(By.cssSelector("html[lang=ru] p.carried")).getText()).contains("First typed plan");
        assertThat(browser.findElement(By.cssSelector("input[name=scenario]")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("nav.languages button[lang=en]")).click();
        waitFor(By.cssSelector("html[lang=en] p.carried"));
        browser.findElement(By.cssSelector("input[name=scenario]")).click();
        browser.findElement(By.cssSelector("button[formaction='/compare/another']")).click();
        waitFor(By.cssSelector("form.plan p.carried"));
        type("name", "Second typed plan");
        // and on the form for one more plan: what is typed and the plan carried both stay
        browser.findElement(By.cssSelector("#switch-language button[lang=ru]")).click();
        assertThat(waitFor(By.cssSelector("html[lang=ru] form.plan p.carried")).getText()).contains("First typed plan");
        assertThat(input("name").getAttribute("value")).isEqualTo("Second typed plan");
        browser.findElement(By.cssSelector("#switch-language button[lang=en]")).click();
        waitFor(By.cssSelector("html[lang=en] form.plan p.carried"));
        new Select(input("context")).selectByValue("high-access-example");
        open("Goal");
        new Select(input("goal.kind")).selectByValue("fundraising");
        new Select(input("goal.offlineAction")).selectByValue("donate");
        browser.findElement(By.cssSelector("form.plan button[formaction='/compare/add']")).click();
        waitFor(By.cssSelector("button[formaction='/compare/another']"));
        assertThat(browser.findElements(By.cssSelector(".carried")).stream().map(WebElement::getText).toList())
                .anyMatch(t -> t.contains("First typed plan")).anyMatch(t -> t.contains("Second typed plan"));
        browser.findElement(By.cssSelector("form button[type=submit]:not([formaction])")).click();
        waitFor(By.cssSelector("table.matrix"));
        List<String> headers = browser.findElements(By.cssSelector("table.matrix thead th")).stream().map(WebElement::getText).toList();
        assertThat(headers).contains("First typed plan", "Second typed plan");
        assertThat(browser.findElement(By.cssSelector("svg.totals-chart")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("table.matrix tr.differs")).size())
                .isLessThan(browser.findElements(By.cssSelector("table.matrix tbody tr")).size());
        screenshot("screenshot-compare.png");

        // the comparison answers a form: switching language sends the same plans again, nothing is lost
        browser.findElement(By.cssSelector("nav.languages button[lang=ru]")).click();
        waitFor(By.cssSelector("html[lang=ru] table.matrix"));
        assertThat(browser.findElements(By.cssSelector("table.matrix thead th")).stream().map(WebElement::getText).toList())
                .contains("First typed plan", "Second typed plan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Сравнение 2 планов");
        browser.findElement(By.cssSelector("nav.languages button[lang=en]")).click();
        waitFor(By.cssSelector("html[lang=en] table.matrix"));
    }

    @Test
    @Order(5)
    void the_form_works_from_the_keyboard() {
        browser.get(origin + "/plan");
        WebElement goal = browser.findElements(By.cssSelector("form.plan details.section summary")).stream()
                .filter(s -> s.getText().strip().equals("Goal")).findFirst().orElseThrow();
        browser.executeScript("arguments[0].focus();", goal);
        goal.sendKeys(Keys.ENTER);
        assertThat(input("goal.kind").isDisplayed()).as("Enter on a section's summary opens it").isTrue();
        goal.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("name")).as("Tab moves into the section").isEqualTo("goal.kind");
    }

    private List<String> pages() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/plan", "/compare", "/lessons", "/lessons/N7", "/rules",
                "/scenarios/alga-boycott-2011.yaml"));
        fillPlan("Shared", "kazakhstan-2011");
        browser.findElement(SUBMIT).click();
        waitFor(By.id("share-link"));
        pages.add(browser.findElement(By.id("share-link")).getAttribute("href").substring(origin.length()));
        return pages;
    }

    @Test
    @Order(6)
    void no_page_scrolls_sideways_at_360_pixels() throws Exception {
        List<String> pages = pages();
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : pages) {
                browser.get(origin + page);
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow in pixels on %s", page).isLessThanOrEqualTo(0);
            }
            browser.get(origin + "/scenarios/alga-boycott-2011.yaml");
            screenshot("screenshot-phone.png");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    @Order(7)
    void every_page_passes_the_accessibility_check() throws Exception {
        List<String> serious = new ArrayList<>();
        for (String page : pages()) {
            browser.get(origin + page);
            Results results = new AxeBuilder().analyze(browser);
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    serious.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
                            + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
        assertThat(serious).isEmpty();
    }

    @Test
    @Order(8)
    void a_trainer_changes_a_threshold_in_the_browser_tries_saves_sees_the_change_and_undoes_it(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path rules = org.campaignadvisor.cli.RuleFolders.copy(org.campaignadvisor.Fixtures.RULES, dir.resolve("rules"));
        var evidence = org.campaignadvisor.Fixtures.real().evidence();
        try (var live = org.campaignadvisor.rules.LiveRuleBook.watch(rules, 200, org.campaignadvisor.rules.KnownIds.of(evidence))) {
            var advisor = new org.campaignadvisor.rules.Advisor(live, evidence, org.campaignadvisor.rules.Limits.DEFAULT);
            var services = new AppServices(advisor, evidence, live::status, live::reload, org.campaignadvisor.Fixtures.SCENARIOS, rules);
            Javalin trainerApp = WebApp.create(services, new WebSettings(1_000_000, 10_000, "browser-secret", List.of())).start("127.0.0.1", 0);
            String site = "http://127.0.0.1:" + trainerApp.port();
            try {
                browser.manage().deleteAllCookies();
                browser.get(site + "/trainer/edit?file=advice/channels.dslr");
                assertThat(browser.findElement(By.tagName("h1")).getText()).as("no session: the login form").contains("log in");
                assertThat(browser.findElements(By.tagName("textarea"))).isEmpty();

                browser.findElement(By.id("secret")).sendKeys("browser-secret");
                browser.findElement(By.cssSelector("form.trainer-login button")).click();
                waitFor(By.linkText("advice/channels.dslr")).click();
                WebElement text = waitFor(By.id("rule-text"));
                String before = text.getAttribute("value");
                browser.executeScript("arguments[0].value = arguments[0].value.replace('none with 1000 followers or more', 'none with 100 followers or more');", text);
                browser.findElement(By.cssSelector(".trainer-editor button[type=submit]:not([formaction])")).click();
                assertThat(waitFor(By.cssSelector(".trial")).getText()).contains("channels.fragmented", "would no longer fire");
                screenshot("screenshot-trainer.png");
                browser.findElement(By.cssSelector(".trainer-editor button[formaction='/trainer/save']")).click();
                assertThat(waitFor(By.cssSelector(".notice")).getText()).startsWith("Saved");

                browser.get(site + "/scenarios/alga-boycott-2011.yaml");
                assertThat(findingIds()).as("the saved threshold is served without a restart").doesNotContain("channels.fragmented");

                browser.get(site + "/trainer/edit?file=advice/channels.dslr");
                waitFor(By.cssSelector("ul.history button")).click();
                assertThat(waitFor(By.cssSelector(".notice")).getText()).startsWith("Restored");
                assertThat(browser.findElement(By.id("rule-text")).getAttribute("value")).isEqualTo(before);
                browser.get(site + "/scenarios/alga-boycott-2011.yaml");
                assertThat(findingIds()).as("undone").contains("channels.fragmented");
            } finally {
                trainerApp.stop();
                browser.manage().deleteAllCookies();
            }
        }
    }
}
