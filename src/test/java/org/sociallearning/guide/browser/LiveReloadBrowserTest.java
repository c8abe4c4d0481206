package org.sociallearning.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sociallearning.guide.serve.PreviewServer;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * {@code guide serve} in headless Chromium: an entry's page is open, the entry is edited on disk,
 * and the page reloads by itself and shows the new text.
 */
@Timeout(180)
class LiveReloadBrowserTest {

    @TempDir Path temp;

    @Test
    void anOpenPageReloadsWithTheNewTextWhenItsEntryIsEdited() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        try (Browser browser = Browser.start();
                PreviewServer preview =
                        new PreviewServer(
                                new SiteSource(site),
                                site.resolve("target/preview"),
                                0,
                                FixtureSites.CLOCK,
                                event -> {})) {
            assertThat(preview.start().written()).isTrue();
            browser.open(preview.url() + "entries/alpha-course/");
            assertThat(browser.find("h1").getText()).isEqualTo("Alpha course");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
            wait.until(d -> preview.listeners() == 1);
            // A mark on this page's window: a reload replaces the window and loses it.
            browser.script("window.guideBeforeEdit = true;");

            Path alpha = site.resolve("content/entries/alpha-course.md");
            Files.writeString(
                    alpha,
                    Files.readString(alpha)
                            .replace("title=Alpha course", "title=Alpha course, edited live"));

            // Read the heading in one script call: an element found before the reload goes stale.
            wait.until(
                    d ->
                            "Alpha course, edited live"
                                    .equals(
                                            browser.script(
                                                    "const h = document.querySelector('h1');"
                                                            + " return h ? h.textContent.trim() : null;")));
            assertThat(browser.script("return window.guideBeforeEdit === undefined;"))
                    .isEqualTo(true);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
