package org.sociallearning.guide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven by chromedriver, with a fresh profile that is deleted on close.
 * Started without background networking: the machines that run the tests have no internet.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the test where it is absent (fails in CI). */
    static Browser start() {
        Chromium.Installation chromium = Chromium.require();
        Path profile;
        try {
            profile = Files.createTempDirectory("guide-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.binary().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(chromium.driver().toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return new Browser(driver, service, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Opens a page of the directory and waits until the filter has shown its first results. */
    void openFilter(String url) {
        open(url);
        waitForFilter();
    }

    /** Waits until the filter has shown its first results (it marks the moment). */
    void waitForFilter() {
        waiting()
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        script(
                                                "return performance.getEntriesByName("
                                                        + "'filter-ready').length > 0")));
    }

    /** Resizes the window's viewport to a CSS width (height stays a phone's or a laptop's). */
    void width(int cssPixels) {
        driver.manage().window().setSize(new Dimension(cssPixels, cssPixels < 600 ? 844 : 900));
    }

    /** Turns script execution in pages on or off (DevTools' Emulation domain). */
    void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /**
     * The console's errors (and failed loads, CSP violations) since the last call, as text. Reading
     * them clears them.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * A screenshot of the whole page as PNG (at most 16,000 px tall): the viewport is stretched to
     * the page's height first, so that cards drawn only near the viewport (content-visibility) are
     * drawn too.
     */
    void screenshot(Path file) {
        Number width = (Number) script("return window.innerWidth");
        Number height =
                (Number) script("return document.documentElement.getBoundingClientRect().height");
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width.intValue(),
                        "height",
                        Math.min((int) Math.ceil(height.doubleValue()), 16_000),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
        try {
            driver.executeAsyncScript(
                    "requestAnimationFrame(() => requestAnimationFrame(arguments[0]))");
            Map<String, Object> shot =
                    driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Runs axe-core in the current page: its violations, as {id, impact, help, nodes}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations(Path axeScript) {
        try {
            driver.executeScript(Files.readString(axeScript, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result =
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']})"
                                + ".then(r => done(r.violations.map(v => ({id: v.id,"
                                + " impact: v.impact, help: v.help,"
                                + " nodes: v.nodes.map(n => n.target.join(' '))}))))"
                                + ".catch(e => done([{id: 'axe-error', impact: 'critical',"
                                + " help: String(e), nodes: []}]));");
        return (List<Map<String, Object>>) result;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temp folder is harmless.
        }
    }
}
