package org.campaignadvisor.web;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * A campaigner in a real browser (headless Chromium): fills the form, sees the random-recruitment
 * warning with its evidence, then types an invalid size and sees the error beside it with the other
 * inputs kept. Skips itself, loudly, only where Chromium is not installed; .ci/run installs it.
 */
@Tag("browser")
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static Javalin app;
    private static WebDriver browser;
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
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,2000",
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

    private static WebElement input(String name) {
        return browser.findElement(By.name(name));
    }

    private static void type(String name, String value) {
        WebElement element = input(name);
        element.clear();
        element.sendKeys(value);
    }

    @Test
    void a_campaigner_sees_the_random_recruitment_warning_then_an_error_beside_a_bad_size() {
        browser.get(origin + "/");
        browser.findElement(By.linkText("Start a new plan")).click();
        type("name", "Friends for the council");
        new Select(input("goal.kind")).selectByValue("electoral");
        new Select(input("audience.recruitment")).selectByValue("random");
        type("audience.segments[0].name", "students");
        type("audience.segments[0].size", "20000");
        new Select(input("channels[0].platform")).selectByValue("facebook");
        browser.findElement(By.cssSelector("form.plan button[type=submit]:not([formaction])")).click();

        WebElement warning = browser.findElement(By.id("recruitment.random"));
        assertThat(warning.getAttribute("class")).contains("warning");
        assertThat(warning.findElement(By.cssSelector(".report-says")).getText()).contains("N3", "friend");
        assertThat(warning.findElement(By.cssSelector(".why")).getText()).contains("added at random");

        type("audience.segments[0].size", "-5");
        browser.findElement(By.cssSelector("form.plan button[type=submit]:not([formaction])")).click();

        WebElement field = input("audience.segments[0].size").findElement(By.xpath(".."));
        assertThat(field.findElement(By.cssSelector(".error")).getText()).isEqualTo("must be ≥ 0, got -5");
        assertThat(input("audience.segments[0].size").getAttribute("value")).isEqualTo("-5");
        assertThat(input("name").getAttribute("value")).isEqualTo("Friends for the council");
        assertThat(input("audience.segments[0].name").getAttribute("value")).isEqualTo("students");
        assertThat(new Select(input("audience.recruitment")).getFirstSelectedOption().getAttribute("value")).isEqualTo("random");
        assertThat(new Select(input("channels[0].platform")).getFirstSelectedOption().getAttribute("value")).isEqualTo("facebook");
    }
}
