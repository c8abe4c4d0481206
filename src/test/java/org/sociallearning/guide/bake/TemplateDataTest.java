package org.sociallearning.guide.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.site.PageInfo;
import org.sociallearning.guide.site.PageView;
import org.sociallearning.guide.site.SiteView;

class TemplateDataTest {

    private static final SiteView SITE =
            new SiteView(
                    "T",
                    "D",
                    "https://example.org/",
                    "/",
                    "en",
                    "1",
                    "",
                    new SiteView.Urls(
                            "d/", "a/", "c/", "f", "e", "s", "m", "css", "i", "h", "j", "g", "x"));

    @Test
    void aViewBecomesNestedMapsOfItsComponentsInOrder() {
        PageView view =
                new PageView.Sitemap(
                        SITE,
                        new PageInfo("Sitemap", "", "sitemap.xml", "https://example.org/x", ""),
                        List.of(new PageView.SitemapUrl("https://example.org/", "2026-01-01")));
        Map<String, Object> data = TemplateData.of(view);
        assertThat(data).containsOnlyKeys("site", "page", "urls");
        assertThat(data.get("urls"))
                .isEqualTo(List.of(Map.of("loc", "https://example.org/", "lastmod", "2026-01-01")));
        assertThat(data.get("site"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("built", "")
                .containsKey("urls");
    }
}
