package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.Html;
import io.welt.complaints.rules.report.Svg;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/** {@code --format html}: one self-contained, well-formed page in which nothing from the input is markup. */
class HtmlReportTest {

    private static final String ATTACK = "<script>alert(1)</script>";
    /** The Chelsea boot finding of LOG gains a fourth complaint whose words try to be markup. */
    private static final String HOSTILE_LOG = LOG
            + "C-5,2026-02-12T10:00:00Z,CU-5,CH-44,STITCHING,Chelsea boot,2026-02-01,\"" + ATTACK + " and \"\"&'\"\n"
            + "<b>C-6</b>,not a date,CU-6,CH-44,STITCHING,<i>Chelsea</i>,,\n"
            + "C-7,2026-02-13T10:00:00Z,CU-7,LO-41,SIZING,<img src=x onerror=alert(2)>,,\n";

    private final Cli cli;

    HtmlReportTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private String html(String log, String out) {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", log), "--as-of",
                "2026-03-01T09:00:00Z", "--format", "html", "--out", cli.path(out));
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).as("the page goes to --out").isEmpty();
        try {
            return Files.readString(Path.of(cli.path(out)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void page_isWellFormedSelfContainedAndHasOneSvgPerChart() {
        String page = html(HOSTILE_LOG, "report.html");

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThatCode(() -> parse(page)).as("every tag closed: the page parses as XML").doesNotThrowAnyException();
        assertThat(page.toLowerCase()).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        assertThat(count(page, "<svg ")).isEqualTo(2);
        assertThat(page).contains("<svg class=\"chart\" viewBox=\"0 0 ").contains("aria-labelledby=\"pareto-title")
                .contains("aria-labelledby=\"timeline-title").contains("@media print").contains("@page { size: A4")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    }

    @Test
    void customersWordsAndEveryValueFromTheInput_areEncoded() {
        String page = html(HOSTILE_LOG, "report.html");

        assertThat(page).doesNotContain(ATTACK).doesNotContain("\"&'")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&amp;&#39;");
        assertThat(page).as("a rejected record's id").doesNotContain("<b>C-6</b>").contains("&lt;b&gt;C-6&lt;/b&gt;");
        assertThat(page).as("a product line, in the chart too").doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void page_showsTheSummaryProblemWithOptionsFindingsEscalationsAndRejections() {
        String page = html(HOSTILE_LOG, "report.html");

        assertThat(page).contains("<h2>Summary</h2>", "records rejected", "Complaints by defect")
                .contains("<span class=\"n\">1</span> <span class=\"l\">problems</span>")
                .contains("<span class=\"tag\">P1</span> Stitching or seam failure on the Chelsea boot line: 4 complaints")
                .contains("<span class=\"tag\">F1</span> PRODUCT_LINE · Chelsea boot · Stitching or seam failure"
                        + " <code>STITCHING</code>")
                .contains("Options for management, ranked against doing nothing (MONITOR)", "<th scope=\"col\">Option</th>")
                .contains("<b>MONITOR</b> <span class=\"badge baseline\">baseline</span>")
                .contains("A view of problem <a href=\"#p1\">P1</a>")
                .contains("badge lvl-QUALITY_MANAGER").contains("<span class=\"neg\">not acknowledged</span>")
                .contains("<h2>Rejected records <span class=\"count\">1</span></h2>")
                .contains("data-label=\"Column\">received_at</td>");
        assertThat(page.indexOf("id=\"problems\"")).isLessThan(page.indexOf("id=\"findings\""));
        assertThat(page.indexOf("id=\"findings\"")).isLessThan(page.indexOf("id=\"escalations\""));
        assertThat(page.indexOf("id=\"escalations\"")).isLessThan(page.indexOf("id=\"actions\""));
    }

    @Test
    void problem_showsItsCustomersWordsContactsEvidenceAndHolderEscaped() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", HOSTILE_LOG), "--as-of",
                "2026-03-01T09:00:00Z", "--format", "html",
                "--acknowledgements", cli.file("acks.csv", "target_type,target,level,acknowledged_at,by,note\n"
                        + "PROBLEM,P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1,QUALITY_MANAGER,2026-02-20T09:00Z,"
                        + "<i>Dana</i>,mine\n"),
                "--decisions", cli.file("decisions.csv", "subject,option,decided_at,by,rationale\n"
                        + "P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1,MONITOR,2026-02-21T09:00Z,Dana,\"" + ATTACK + "\"\n"),
                "--contacts", cli.file("contacts.csv", "complaint_id,at,by,kind,outcome,note\n"
                        + "C-5,2026-02-13T10:00Z,Priya,CALL_BACK,satisfied,\"" + ATTACK + "\"\n"),
                "--evidence", cli.file("evidence.csv", "subject,kind,uri,by,at,note\n"
                        + "C-5,PHOTO,<img src=x onerror=alert(3)>,Priya,2026-02-13T10:00Z,seam\n"));
        assertThat(result.status()).as(result.err()).isZero();
        String page = result.out();

        assertThatCode(() -> parse(page)).doesNotThrowAnyException();
        assertThat(page).doesNotContain(ATTACK).doesNotContain("<i>Dana</i>").doesNotContain("<img src=x");
        String problem = page.substring(page.indexOf("id=\"p1\""), page.indexOf("</article>", page.indexOf("id=\"p1\"")));
        assertThat(problem).contains("held by <b>&lt;i&gt;Dana&lt;/i&gt;</b> (QUALITY_MANAGER)")
                .contains("<b>Decision:</b> MONITOR, by <b>Dana</b>")
                .contains("Rationale: <q>&lt;script&gt;alert(1)&lt;/script&gt;</q>")
                .contains("<h4>Contacts with its customers</h4>").contains("data-label=\"Kind\">CALL_BACK</td>")
                .contains("<h4>Evidence filed</h4>").contains("&lt;img src=x onerror=alert(3)&gt;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&amp;&#39;");
        assertThat(page).contains("<h2>Contacts and evidence <span class=\"count\">2</span></h2>");
    }

    @Test
    void sameInputAndAsOf_giveTheSameBytes() {
        String first = html(HOSTILE_LOG, "first.html");
        String second = html(HOSTILE_LOG, "second.html");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void emptyLog_givesAWellFormedPageWithoutCharts() {
        String page = html(HEADER, "empty.html");

        assertThatCode(() -> parse(page)).doesNotThrowAnyException();
        assertThat(page).doesNotContain("<svg").contains("No complaints to chart.").contains("No repeated problem found.");
    }

    @Test
    void html_escapesMarkupControlCharactersAndWhatNoPageCanHold() {
        assertThat(Html.text("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;");
        assertThat(Html.text("bidi\u202Eoverride\u0007")).isEqualTo("bidi\\u202Eoverride\\u0007");
        assertThat(Html.text("lone \uD800 surrogate \uFFFF")).isEqualTo("lone \uFFFD surrogate \uFFFD");
        assertThat(Html.lines("one\r\ntwo <3")).isEqualTo("one<br/>two &lt;3");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void svg_writesNumbersTheSameWayEverywhere() {
        assertThat(Svg.num(12.0)).isEqualTo("12");
        assertThat(Svg.num(12.345)).isEqualTo("12.35");
        assertThat(Svg.num(-0.001)).isEqualTo("0");
        assertThat(new Svg(10, 10, "x", "t<", "d&").text(1, 2, "<b>", "c", Svg.Anchor.END).toString())
                .contains("<title id=\"x-title\">t&lt;</title>").contains("text-anchor=\"end\">&lt;b&gt;</text>")
                .endsWith("</svg>");
    }

    /** Parses the page as XML, with no DTD or external entity fetched. */
    private static Document parse(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
