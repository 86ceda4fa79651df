package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.Presentation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's page of the bundled sample, read by a real HTML parser: well-formed, no script, nothing
 * loaded from elsewhere, every customer's word escaped; the taxonomy's names beside the codes, a Pareto
 * chart whose line keeps off the bars' labels, the costing printed, the organisation and the period, and
 * each deadline already passed marked with how long ago.
 */
class ReportPageTest {

    private static final Path DATA = Path.of("..", "examples", "data").toAbsolutePath().normalize();
    private static final String AS_OF = "2026-03-01T09:00:00Z";

    private final Path dir;
    private final Cli cli;

    ReportPageTest(@TempDir Path dir) {
        this.dir = dir;
        this.cli = new Cli(dir);
    }

    /** The sample's page, with {@code more} options; its source kept for the parser's error list. */
    static String samplePage(Cli cli, Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("assess"));
        for (String file : new String[] {"complaints", "products", "batches", "actions", "followups",
                "acknowledgements", "decisions", "contacts", "evidence"}) {
            args.addAll(List.of("--" + file, DATA.resolve(file + ".csv").toString()));
        }
        args.addAll(List.of("--as-of", AS_OF, "--format", "html", "--out", out.toString()));
        args.addAll(List.of(more));
        Cli.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.status()).as(result.err()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private Document page(String... more) throws IOException {
        return Jsoup.parse(samplePage(cli, dir.resolve("report.html"), more));
    }

    @Test
    void page_isWellFormedHtml_withNoScriptAndNothingLoadedFromElsewhere() throws IOException {
        String html = samplePage(cli, dir.resolve("report.html"), "--title", "Welt & Söhne <Leder>");
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(html, "", parser);

        List<ParseError> errors = parser.getErrors();
        assertThat(errors).as("the HTML5 parser's complaints").isEmpty();
        Parser xml = Parser.xmlParser().setTrackErrors(50);
        Jsoup.parse(html, "", xml);
        assertThat(xml.getErrors()).as("every element closed: it also reads as XHTML").isEmpty();
        assertThat(page.select("script, iframe, object, embed, link, img, [src]")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getKey()).as("no event handler on <" + e.tagName() + ">").doesNotStartWith("on")));
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(page.select("h1 .org").text()).isEqualTo("Welt & Söhne <Leder>");
        assertThat(page.title()).startsWith("Complaint assessment: Welt & Söhne <Leder> as of 2026-03-01 09:00 UTC");
    }

    @Test
    void everyCustomersWord_isText_neverMarkup() throws IOException {
        // Two of the Chelsea boot problem's complaints, whose words the page shows, try to be markup.
        String log = Files.readString(DATA.resolve("complaints.csv"), StandardCharsets.UTF_8)
                .replace("Side seam split open after three weeks", "<script>alert(1)</script><img src=x onerror=alert(2)>")
                .replace("Thread snapped along the vamp seam", "<b onclick=alert(3)>strap</b> seam open");
        assertThat(log).contains("<script>", "<b onclick");
        Path copy = dir.resolve("hostile");
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("complaints.csv"), log);
        Cli.Result result = cli.run("assess", "--complaints", copy.resolve("complaints.csv").toString(), "--products",
                DATA.resolve("products.csv").toString(), "--as-of", AS_OF, "--format", "html");
        Document page = Jsoup.parse(result.out());

        assertThat(page.select("script, img, b[onclick]")).isEmpty();
        assertThat(page.select(".words").eachText()).contains("<b onclick=alert(3)>strap</b> seam open",
                "<script>alert(1)</script><img src=x onerror=alert(2)>");
    }

    @Test
    void defectCodes_standBesideTheTaxonomysNames() throws IOException {
        Document page = page();

        assertThat(page.select("#findings h3").eachText()).anySatisfy(h -> assertThat(h)
                .contains("Stitching or seam failure STITCHING"));
        assertThat(page.select("#problems p:contains(Defect:)").eachText())
                .contains("Defect: Leather grain cracking GRAIN_CRACKING");
        assertThat(page.select("svg[aria-labelledby^=pareto] text.label").eachText())
                .contains("Stitching or seam fa…").doesNotContain("STITCHING");
        assertThat(page.select("svg[aria-labelledby^=pareto] rect.bar > title").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Stitching or seam failure (STITCHING): "));
    }

    @Test
    void paretoLine_keepsToItsOwnBand_clearOfEveryBarLabel() throws IOException {
        Element pareto = page().selectFirst("svg[aria-labelledby^=pareto]");

        double lineStarts = Double.MAX_VALUE;
        for (String point : pareto.selectFirst("polyline.cum").attr("points").split(" ")) {
            lineStarts = Math.min(lineStarts, Double.parseDouble(point.split(",")[0]));
        }
        for (Element count : pareto.select("text.count")) {
            double x = Double.parseDouble(count.attr("x"));
            // A label drawn after its bar starts at x and runs right; one inside the bar ends at x.
            double end = count.hasClass("in") ? x : x + 7 * count.text().length();
            assertThat(end).as("the label '" + count.text() + "' ends before the cumulative line").isLessThan(lineStarts);
        }
        for (Element dot : pareto.select("circle.cum-dot")) {
            assertThat(Double.parseDouble(dot.attr("cx"))).isGreaterThanOrEqualTo(lineStarts);
        }
    }

    @Test
    void howEachOptionWasCosted_isPrinted() throws IOException {
        Document page = page();

        Element onScreen = page.selectFirst("#problems details");
        Element onPaper = page.selectFirst("#problems .print-only.costed");
        assertThat(onPaper).isNotNull();
        assertThat(onPaper.select("li").eachText()).isEqualTo(onScreen.select("li").eachText()).isNotEmpty();
        String style = page.select("style").html();
        assertThat(style.substring(style.indexOf("@media print"))).contains(".print-only { display: block; }");
    }

    @Test
    void periodCovered_isStatedUnderTheTitle() throws IOException {
        Document page = page();

        assertThat(page.selectFirst("p.period").text())
                .isEqualTo("Period covered: complaints received from 2025-03-01 21:25 to 2026-02-28 06:35");
    }

    @Test
    void deadlinesAlreadyPassed_areMarkedWithHowLongAgo() throws IOException {
        Document page = page();

        List<Element> overdue = page.select(".overdue");
        assertThat(overdue).isNotEmpty();
        for (Element mark : overdue) {
            Element due = mark.previousElementSibling();
            assertThat(due.tagName()).isEqualTo("time");
            Instant at = Instant.parse(due.attr("datetime"));
            assertThat(at).isBefore(Instant.parse(AS_OF));
            assertThat(mark.text()).isEqualTo("overdue by " + Presentation.overdue(at, Instant.parse(AS_OF)));
        }
        assertThat(page.select("#escalations time + .overdue")).isNotEmpty();
        assertThat(page.select("#escalations td:has(time)").stream().filter(td -> !td.select(".overdue").isEmpty()
                && Instant.parse(td.selectFirst("time").attr("datetime")).isAfter(Instant.parse(AS_OF)))).isEmpty();
    }

    @Test
    void overdue_saysDaysThenHoursThenMinutes() {
        Instant now = Instant.parse(AS_OF);

        assertThat(Presentation.overdue(now.minusSeconds(3 * 86_400 + 7_200), now)).isEqualTo("3 days");
        assertThat(Presentation.overdue(now.minusSeconds(86_400), now)).isEqualTo("1 day");
        assertThat(Presentation.overdue(now.minusSeconds(5 * 3_600 + 59), now)).isEqualTo("5 hours");
        assertThat(Presentation.overdue(now.minusSeconds(90), now)).isEqualTo("1 minute");
        assertThat(Presentation.overdue(now, now)).as("due now is not overdue").isNull();
        assertThat(Presentation.overdue(now.plusSeconds(60), now)).isNull();
    }

    @Test
    void zone_governsEveryTimeShown_withItsOffset() throws IOException {
        Document page = page("--zone", "Europe/Rome");

        assertThat(page.selectFirst("header .meta").text()).startsWith("As of 2026-03-01 10:00 +01:00 (all times"
                + " Europe/Rome, with their offset from UTC)");
        assertThat(page.select("time")).allSatisfy(t -> {
            Instant at = Instant.parse(t.attr("datetime"));
            String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")
                    .format(at.atZone(java.time.ZoneId.of("Europe/Rome")));
            assertThat(t.text()).isEqualTo(local);
        });
        assertThat(page.select("time").eachText()).anySatisfy(t -> assertThat(t).endsWith("+02:00"))
                .anySatisfy(t -> assertThat(t).endsWith("+01:00"));
    }
}
