package io.welt.complaints.examples.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code complaints explain --format html}: each lesson's page, made by the command its LESSON.md gives
 * (written to {@code examples/target/walkthroughs/}, never committed), read by a real HTML parser: one
 * self-contained page, a timeline, the escalation ladders, every step with its rules, a few lines of
 * inline script and nothing that needs it to be read.
 */
class WalkthroughPagesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LESSONS = ROOT.resolve("examples/lessons");
    /** Where the pages are made, for a person (and the browser tests) to open. */
    static final Path PAGES = ROOT.resolve("examples/target/walkthroughs");

    private final Cli cli;

    WalkthroughPagesTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    static Stream<String> lessons() throws IOException {
        try (Stream<Path> dirs = Files.list(LESSONS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Makes the page of {@code lesson} by its LESSON.md's command, into {@link #PAGES}. */
    static Path make(Cli cli, String lesson) throws IOException {
        Files.createDirectories(PAGES);
        Path page = PAGES.resolve(lesson + ".html");
        String[] args = command(LESSONS.resolve(lesson).resolve("LESSON.md"), page);
        Cli.Result result = cli.run(args);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return page;
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void lessonPage_isOneSelfContainedPageOfEveryStep(String lesson) throws IOException {
        String html = Files.readString(make(cli, lesson), StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(html, "", parser);

        assertThat(parser.getErrors()).as("the HTML5 parser's complaints").isEmpty();
        assertThat(page.select("[src], link, iframe, object, embed, img")).as("nothing loaded from elsewhere").isEmpty();
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").data().strip().lines().count()).as("a few lines of script").isLessThan(40);
        assertThat(page.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getKey()).doesNotStartWith("on")));
        assertThat(page.select("nav.controls").attr("hidden")).as("the buttons need the script: hidden without it")
                .isNotNull().isEqualTo("hidden");
        assertThat(page.select("svg[aria-labelledby^=timeline]")).hasSize(1);
        List<Element> steps = page.select("li.step");
        assertThat(steps).isNotEmpty();
        for (int i = 0; i < steps.size(); i++) {
            Element step = steps.get(i);
            assertThat(step.id()).isEqualTo("step-" + (i + 1));
            assertThat(step.selectFirst(".event").text()).isNotBlank();
            for (Element conclusion : step.select("li.conclusion")) {
                assertThat(conclusion.selectFirst(".headline").text()).isNotBlank();
                assertThat(conclusion.selectFirst(".why .rule").text()).as("the rule that fired").isNotBlank();
                assertThat(conclusion.selectFirst(".reason").text()).as("its reason").isNotBlank();
            }
        }
    }

    @Test
    void bootLineRepeat_showsTheThirdComplaintMakingTheFinding_onTheTimelineAndItsLadder() throws IOException {
        Document page = Jsoup.parse(make(cli, "2-boot-line-repeat").toFile(), "UTF-8");

        Element third = page.select("li.step").stream().filter(s -> s.selectFirst(".event").text()
                .startsWith("C-5 arrives")).findFirst().orElseThrow();
        String finding = "PRODUCT_LINE/Chelsea boot/STITCHING/C-1";
        assertThat(third.select(".headline").eachText()).contains("repeat finding " + finding + " with 3 complaints");
        assertThat(third.select(".why .rule").eachText()).contains("Repeat: same product line and defect");
        int number = Integer.parseInt(third.attr("data-step"));
        assertThat(page.select("svg[aria-labelledby^=timeline] rect.finding.s" + number)).isNotEmpty();
        Element ladder = page.select("figure.ladder").stream()
                .filter(f -> f.selectFirst("figcaption").text().equals("finding " + finding)).findFirst().orElseThrow();
        assertThat(ladder.select("rect.rung.reached")).hasSize(2); // the front line, then the quality manager
        assertThat(ladder.select("ol.climb li").eachText()).singleElement().asString()
                .startsWith("QUALITY_MANAGER at step ").contains("Escalate: product or supply pattern");
    }

    @Test
    void safetyComplaint_ladderClimbsToSeniorManagement_andSaysWhatItSuperseded() throws IOException {
        Document page = Jsoup.parse(make(cli, "3-safety-complaint").toFile(), "UTF-8");

        assertThat(page.select("figure.ladder figcaption").eachText()).anySatisfy(c -> assertThat(c)
                .startsWith("complaint "));
        assertThat(page.select("figure.ladder ol.climb li b").eachText()).contains("SENIOR_MANAGEMENT");
        assertThat(page.select(".supersedes").eachText()).anySatisfy(s -> assertThat(s)
                .startsWith("This supersedes the escalation to QUALITY_MANAGER"));
    }

    @Test
    void zoneAndTitle_areShown_andCustomerWordsAreText() throws IOException {
        String log = "id,received_at,customer_id,sku,defect,product_line,description\n"
                + "C-1,2026-02-02T10:00:00Z,CU-1,CH-41,STITCHING,Chelsea boot,\"<script>alert(1)</script>\"\n";
        Cli.Result result = cli.run("explain", "--complaints", cli.file("log.csv", log), "--as-of",
                "2026-03-01T09:00:00Z", "--format", "html", "--zone", "Europe/Rome", "--title", "Pelletteria <Rossi>");

        Document page = Jsoup.parse(result.out());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(page.selectFirst("h1").text()).startsWith("Pelletteria <Rossi>: Walkthrough of 1 complaint(s)");
        assertThat(page.select("li.step time").eachText()).first().isEqualTo("2026-02-02 11:00 +01:00");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").data()).doesNotContain("alert(1)");
    }

    /**
     * The {@code ./complaints explain --format html} command of a LESSON.md's indented code blocks, its
     * continuation lines joined and {@code NAME=value} lines before it substituted; file names made absolute
     * against the repository root and {@code --out} pointed at {@code page}.
     */
    private static String[] command(Path lessonFile, Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(lessonFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!lines.get(i).startsWith("    ")) {
                continue;
            }
            if (line.matches("[A-Z]+=\\S+")) {
                variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            } else if (line.startsWith("./complaints explain --format html ")) {
                StringBuilder joined = new StringBuilder(line);
                while (joined.toString().endsWith("\\")) {
                    joined.setLength(joined.length() - 1);
                    joined.append(' ').append(lines.get(++i).strip());
                }
                String text = joined.toString();
                for (Map.Entry<String, String> variable : variables.entrySet()) {
                    text = text.replace("$" + variable.getKey(), variable.getValue());
                }
                List<String> args = new ArrayList<>(Arrays.asList(text.split("\\s+")));
                args.remove(0);
                int out = args.indexOf("--out");
                assertThat(out).as(lessonFile + ": the command names its page with --out").isPositive();
                args.set(out + 1, page.toString());
                return args.stream().map(a -> a.startsWith("examples/") ? ROOT.resolve(a).toString() : a)
                        .toArray(String[]::new);
            }
        }
        throw new AssertionError(lessonFile + " has no './complaints explain --format html' command");
    }
}
