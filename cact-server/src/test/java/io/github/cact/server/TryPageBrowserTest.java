package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The /try page in a real headless browser (Debian's chromium through chromedriver): it takes a whole
 * adaptive test by clicking, and the result it shows is the session's as the API returns it. Runs when
 * the system property {@value #DRIVER_PROPERTY} or the environment variable {@value #DRIVER_VARIABLE}
 * names chromedriver (.ci/run sets it); skipped otherwise. The browser is {@value #DEFAULT_CHROMIUM}
 * unless {@value #CHROMIUM_VARIABLE} names another. Both paths are given, so Selenium Manager never runs.
 */
class TryPageBrowserTest {

    static final String DRIVER_PROPERTY = "cact.test.chromedriver";
    static final String DRIVER_VARIABLE = "CACT_TEST_CHROMEDRIVER";
    static final String CHROMIUM_VARIABLE = "CACT_TEST_CHROMIUM";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    /** Selenium finds no DevTools binding for the installed chromium; the test does not use DevTools. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    @TempDir
    Path directory;

    private static String chromedriver() {
        String path = System.getProperty(DRIVER_PROPERTY);
        return path != null ? path : System.getenv(DRIVER_VARIABLE);
    }

    private static WebDriver browser(String driver, Path profile) {
        String chromium = System.getenv(CHROMIUM_VARIABLE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium != null ? chromium : DEFAULT_CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    @Test
    void aWholeTestTakenByClickingShowsTheResultTheApiHolds() throws Exception {
        String driverPath = chromedriver();
        assumeTrue(driverPath != null, "set " + DRIVER_VARIABLE + " to chromedriver's path to run the browser test");
        try (TestServer server = TestServer.start("h2", directory)) {
            assertEquals(201, server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank()).status());
            TestServer.Response page = server.send("GET", "/try", null, null);
            assertEquals(200, page.status(), "the page needs no key");
            assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));

            WebDriver driver = browser(driverPath, directory.resolve("profile"));
            Map<String, Integer> clicked = new HashMap<>();
            int answered = 0;
            try {
                driver.get("http://127.0.0.1:" + server.server.port() + "/try");
                driver.findElement(By.id("key")).sendKeys(TestServer.ADMIN_KEY);
                replace(driver.findElement(By.id("scales")), "M1, M2");
                replace(driver.findElement(By.id("maxItems")), "3");
                driver.findElement(By.id("start")).click();
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                while (true) {
                    int done = answered;
                    String state = wait.until(d -> settled(d, done));
                    if (state.equals("error")) {
                        fail("the page shows an error: " + driver.findElement(By.id("error")).getText());
                    }
                    if (state.equals("done")) {
                        break;
                    }
                    String item = driver.findElement(By.id("item")).getAttribute("data-item");
                    assertEquals("Item " + item + ": choose a response", driver.findElement(By.id("prompt")).getText());
                    List<WebElement> choices = driver.findElements(By.cssSelector("#choices button"));
                    assertEquals(2, choices.size(), "a 2PL item has two categories");
                    clicked.merge(scaleOf(item), 1, Integer::sum);
                    choices.get(answered % 2).click();
                    answered++;
                    assertTrue(answered <= 6, "two competencies of at most 3 items each");
                }

                WebElement session = driver.findElement(By.id("session"));
                String path = "/ims/cat/v1p0/sections/" + session.getAttribute("data-section") + "/sessions/"
                        + session.getAttribute("data-session");
                TestServer.Response stored = server.admin("GET", path, null);
                assertEquals(200, stored.status(), stored.body());
                assertEquals("finished", stored.json().get("status").asText());
                JsonNode scales = stored.json().get("assessmentResult").get("scales");
                List<WebElement> rows = driver.findElements(By.cssSelector("#scores tbody tr"));
                assertEquals(2, scales.size());
                assertEquals(scales.size(), rows.size());
                int total = 0;
                for (int i = 0; i < rows.size(); i++) {
                    JsonNode scale = scales.get(i);
                    WebElement row = rows.get(i);
                    String code = scale.get("scale").asText();
                    assertEquals(code, text(row, "scale"));
                    assertEquals(scale.get("items").asText(), text(row, "items"));
                    assertEquals(clicked.get(code).intValue(), scale.get("items").asInt(), "items clicked in " + code);
                    assertEquals(String.format(Locale.ROOT, "%.3f", scale.get("theta").asDouble()), text(row, "theta"));
                    assertEquals(String.format(Locale.ROOT, "%.3f", scale.get("se").asDouble()), text(row, "se"));
                    assertEquals(scale.get("level").asText(), text(row, "level"));
                    assertEquals(scale.get("stopReason").asText(), text(row, "reason"));
                    total += scale.get("items").asInt();
                }
                assertEquals(answered, total, "every click is one answered item");
                for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                    assertFalse(entry.getMessage().contains("Content Security Policy"), entry.getMessage());
                }
            } finally {
                driver.quit();
            }
            assertNotNull(server.errors());
            assertFalse(server.errors().contains("\"status\":500"), server.errors());
        }
    }

    /** The page's state once the request for answer {@code answered} has come back; null while waiting. */
    private static String settled(WebDriver driver, int answered) {
        String state = driver.findElement(By.tagName("body")).getAttribute("data-state");
        if (state.equals("done") || state.equals("error")) {
            return state;
        }
        boolean shown = state.equals("item")
                && driver.findElement(By.id("progress")).getText().equals("Answered so far: " + answered);
        return shown ? state : null;
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    private static String text(WebElement row, String cell) {
        return row.findElement(By.className(cell)).getText();
    }

    /** Q1..Q12 are M1, Q13..Q24 M2 (twelve items per competency in the framework's order). */
    private static String scaleOf(String item) {
        return Fixtures.CODES.get((Integer.parseInt(item.substring(1)) - 1) / Fixtures.PER_COMPETENCY);
    }
}
