package io.welt.complaints.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough and the manager's report in a real browser, headless Chromium: they load without a
 * script error and without asking for anything but their own file; a class steps through lesson 2 and
 * each step shows the next conclusion and its rule; the report's costing shows when printed and its
 * Pareto line crosses no label as rendered. Screenshots are saved under
 * {@code examples/target/walkthroughs/screenshots/} for a person to look at.
 *
 * <p>Run by {@code ./mvnw -B -Pbrowser -pl examples -am verify}, never by the plain build: it needs
 * Chromium ({@code apt-get install chromium}).
 */
@Tag("browser")
class BrowserTest {

    private static final Path SHOTS = WalkthroughPagesTest.PAGES.resolve("screenshots");

    private static Chromium browser;

    @TempDir
    static Path work;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start(Path.of("target", "chromium"));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path page(String lesson) throws IOException {
        return WalkthroughPagesTest.make(new Cli(work), lesson);
    }

    @Test
    void lesson2_stepsThroughOneConclusionAtATime_eachWithItsRule() throws Exception {
        Path file = page("2-boot-line-repeat");
        // What each step must show, read from the page itself by an HTML parser, script or no script.
        Document expected = Jsoup.parse(file.toFile(), "UTF-8");
        List<Element> steps = expected.select("li.step");
        browser.clear();
        browser.open(file);

        assertThat(browser.eval("document.querySelector('nav.controls').hidden").asBoolean()).isFalse();
        assertThat(browser.eval("document.getElementById('position').textContent").asText())
                .isEqualTo("step 1 of " + steps.size());
        browser.screenshot(SHOTS.resolve("lesson-2-step-01.png"));
        for (int n = 1; n <= steps.size(); n++) {
            if (n > 1) {
                browser.click("#next");
            }
            JsonNode shown = browser.eval("(function(){var c=document.querySelector('li.step.current');"
                    + "var visible=[].filter.call(document.querySelectorAll('li.step'),function(s){"
                    + "return getComputedStyle(s).display!=='none';}).length;"
                    + "return {id:c.id,visible:visible,"
                    + "headlines:[].map.call(c.querySelectorAll('.headline'),function(h){return h.textContent;}),"
                    + "rules:[].map.call(c.querySelectorAll('.why .rule'),function(r){return r.textContent;}),"
                    + "futureMarks:document.querySelectorAll('svg .mark.future').length,"
                    + "laterMarks:[].filter.call(document.querySelectorAll('svg .mark'),function(m){"
                    + "var k=/ s(\\d+)/.exec(' '+m.getAttribute('class'));return k&&Number(k[1])>" + n + ";}).length};})()");
            Element step = steps.get(n - 1);
            assertThat(shown.get("id").asText()).isEqualTo("step-" + n);
            assertThat(shown.get("visible").asInt()).as("steps shown so far").isEqualTo(n);
            assertThat(texts(shown.get("headlines"))).isEqualTo(step.select(".headline").eachText());
            assertThat(texts(shown.get("rules"))).isEqualTo(step.select(".why .rule").eachText());
            assertThat(shown.get("futureMarks").asInt()).as("the timeline hides what has not happened yet")
                    .isEqualTo(shown.get("laterMarks").asInt());
            if (step.selectFirst(".event").text().startsWith("C-5 arrives")) {
                assertThat(texts(shown.get("rules"))).contains("Repeat: same product line and defect");
                browser.screenshot(SHOTS.resolve(String.format("lesson-2-step-%02d-the-finding.png", n)));
            }
        }
        browser.click("#next");
        assertThat(browser.eval("document.querySelector('li.step.current').id").asText())
                .as("the last step stays").isEqualTo("step-" + steps.size());
        browser.click("#prev");
        assertThat(browser.eval("document.querySelector('li.step.current').id").asText())
                .isEqualTo("step-" + (steps.size() - 1));
        browser.click("#all");
        assertThat(browser.eval("[].filter.call(document.querySelectorAll('li.step'),function(s){"
                + "return getComputedStyle(s).display!=='none';}).length").asInt()).isEqualTo(steps.size());
        browser.screenshot(SHOTS.resolve("lesson-2-all.png"));

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.requests()).allSatisfy(url -> assertThat(url).startsWith("file:"));
    }

    @Test
    void everyLessonPage_loadsWithoutAScriptError_andNothingFromElsewhere() throws Exception {
        for (String lesson : WalkthroughPagesTest.lessons().toList()) {
            browser.clear();
            browser.open(page(lesson));

            assertThat(browser.eval("document.getElementById('position').textContent").asText()).as(lesson)
                    .startsWith("step 1 of ");
            browser.screenshot(SHOTS.resolve(lesson + ".png"));
            assertThat(browser.errors()).as(lesson).isEmpty();
            assertThat(browser.requests()).as(lesson).allSatisfy(url -> assertThat(url).startsWith("file:"));
        }
    }

    @Test
    void report_loadsWithoutScript_printsItsCosting_andItsParetoLineCrossesNoLabel() throws Exception {
        Path report = WalkthroughPagesTest.PAGES.resolve("report-sample.html");
        ReportPageTest.samplePage(new Cli(work), report, "--zone", "Europe/Rome", "--title", "Welt Leather Goods");
        browser.clear();
        browser.open(report);

        assertThat(browser.eval("document.scripts.length").asInt()).isZero();
        JsonNode overlaps = browser.eval("(function(){var svg=document.querySelector('svg[aria-labelledby^=pareto]');"
                + "var line=svg.querySelector('polyline.cum').getBoundingClientRect();"
                + "return [].filter.call(svg.querySelectorAll('text.count'),function(t){"
                + "return t.getBoundingClientRect().right>line.left;}).length;})()");
        assertThat(overlaps.asInt()).as("bar labels reaching into the cumulative line's band").isZero();
        assertThat(browser.eval("getComputedStyle(document.querySelector('.print-only.costed')).display").asText())
                .isEqualTo("none");
        browser.screenshot(SHOTS.resolve("report-screen.png"));

        browser.media("print");
        assertThat(browser.eval("getComputedStyle(document.querySelector('.print-only.costed')).display").asText())
                .as("the costing on paper").isEqualTo("block");
        assertThat(browser.eval("document.querySelector('.print-only.costed').getBoundingClientRect().height")
                .asDouble()).isPositive();
        browser.screenshot(SHOTS.resolve("report-print.png"));
        browser.media("");

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.requests()).allSatisfy(url -> assertThat(url).startsWith("file:"));
        assertThat(Files.size(SHOTS.resolve("report-print.png"))).isPositive();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText().replaceAll("\\s+", " ").strip()));
        return texts;
    }
}
