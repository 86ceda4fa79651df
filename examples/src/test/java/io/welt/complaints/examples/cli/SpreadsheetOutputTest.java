package io.welt.complaints.examples.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --format xlsx} and {@code --format csv}: the assessment back in the spreadsheet it came from, as
 * problems, findings, escalations, options and complaints with their severity; cells a spreadsheet would
 * run as formulas neutralised; the same input, the same bytes.
 */
class SpreadsheetOutputTest {

    private static final Path DATA = Path.of("..", "examples", "data").toAbsolutePath().normalize();
    private static final List<String> TABLES = List.of("problems", "findings", "escalations", "options", "complaints");
    /** A customer's words that a spreadsheet would otherwise run. */
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"refund\")";

    private final Path dir;
    private final Cli cli;

    SpreadsheetOutputTest(@TempDir Path dir) {
        this.dir = dir;
        this.cli = new Cli(dir);
    }

    private Cli.Result assess(String format, Path out, String... more) throws IOException {
        Path complaints = dir.resolve("complaints.csv");
        if (!Files.exists(complaints)) {
            Files.writeString(complaints, Files.readString(DATA.resolve("complaints.csv"), StandardCharsets.UTF_8)
                    .replace("\"'- strap seam open", "\"" + FORMULA.replace("\"", "\"\"") + "\n- strap seam open")
                    .replace(",CUST-096294,", ",@CUST-096294,"));
        }
        List<String> args = new ArrayList<>(List.of("assess", "--complaints", complaints.toString(), "--products",
                DATA.resolve("products.csv").toString(), "--batches", DATA.resolve("batches.csv").toString(),
                "--actions", DATA.resolve("actions.csv").toString(), "--followups",
                DATA.resolve("followups.csv").toString(), "--decisions", DATA.resolve("decisions.csv").toString(),
                "--acknowledgements", DATA.resolve("acknowledgements.csv").toString(),
                "--as-of", "2026-03-01T09:00:00Z", "--format", format, "--out", out.toString()));
        args.addAll(List.of(more));
        Cli.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.status()).as(result.err()).isZero();
        return result;
    }

    /** The parts of a workbook by name. */
    private static Map<String, String> parts(byte[] workbook) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void xlsx_isAWorkbookOfFiveSheets_eachPartWellFormed() throws IOException {
        Path out = dir.resolve("report.xlsx");
        assess("xlsx", out);

        Map<String, String> parts = parts(Files.readAllBytes(out));
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/sharedStrings.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet5.xml", "docProps/core.xml");
        parts.forEach((name, xml) -> {
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                Parser parser = Parser.xmlParser().setTrackErrors(10);
                Jsoup.parse(xml, "", parser);
                assertThat(parser.getErrors()).as(name).isEmpty();
            }
        });
        Document workbook = Jsoup.parse(parts.get("xl/workbook.xml"), "", Parser.xmlParser());
        assertThat(workbook.select("sheet").eachAttr("name")).containsExactlyElementsOf(TABLES);
        String strings = parts.get("xl/sharedStrings.xml");
        assertThat(strings).contains("Stitching or seam failure", "P/MATERIAL_LOT/HL-4471/GRAIN_CRACKING/C-00163",
                "respond by (UTC)");
    }

    @Test
    void xlsx_neutralisesEveryTextThatWouldRunAsAFormula_andHoldsNoFormula() throws IOException {
        Path out = dir.resolve("report.xlsx");
        assess("xlsx", out);

        Map<String, String> parts = parts(Files.readAllBytes(out));
        Document strings = Jsoup.parse(parts.get("xl/sharedStrings.xml"), "", Parser.xmlParser());
        List<String> texts = strings.select("t").eachText();
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("'=HYPERLINK("));
        assertThat(texts).contains("'@CUST-096294");
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@"));
        parts.keySet().stream().filter(name -> name.startsWith("xl/worksheets/")).forEach(name ->
                assertThat(parts.get(name)).as(name).doesNotContain("<f>").doesNotContain("<f "));
    }

    @Test
    void xlsx_sameInput_givesTheSameBytes_whenWrittenLater() throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        assess("xlsx", first);
        Thread.sleep(2_100); // past a zip's two-second clock and the core properties' second
        assess("xlsx", second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void csv_writesOneFilePerTable_intoTheFolder_readableBackWithTheSameRows() throws IOException {
        Path folder = dir.resolve("out");
        Cli.Result result = assess("csv", folder, "--zone", "Europe/Rome");

        assertThat(result.err()).contains("wrote 5 CSV files to");
        for (String table : TABLES) {
            byte[] bytes = Files.readAllBytes(folder.resolve(table + ".csv"));
            assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("a UTF-8 byte-order mark")
                    .isEqualTo("\u00EF\u00BB\u00BF");
        }
        List<CSVRecord> problems = records(folder.resolve("problems.csv"));
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0).toMap()).containsKeys("id", "severity", "defect name", "respond by (Europe/Rome)",
                "overdue by (hours)", "held by");
        List<CSVRecord> complaints = records(folder.resolve("complaints.csv"));
        assertThat(complaints).hasSize(285);
        CSVRecord first = complaints.get(0);
        assertThat(first.get("id")).isEqualTo("C-00001");
        assertThat(first.get("received (Europe/Rome)")).isEqualTo("2025-03-01 22:25");
        assertThat(first.get("customer")).isEqualTo("'@CUST-096294");
        assertThat(first.get("description")).startsWith("'=HYPERLINK(");
        assertThat(complaints).allSatisfy(c -> assertThat(c.get("severity")).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL"));
        assertThat(records(folder.resolve("options.csv"))).anySatisfy(o -> assertThat(o.get("option")).isEqualTo("MONITOR"));
    }

    @Test
    void csv_sameInput_givesTheSameBytes_andAFileAsTheFolderIsAUsageError() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assess("csv", a);
        assess("csv", b);
        for (String table : TABLES) {
            assertThat(Files.readAllBytes(b.resolve(table + ".csv"))).isEqualTo(Files.readAllBytes(a.resolve(table + ".csv")));
        }

        Cli.Result noOut = cli.run("assess", "--complaints", DATA.resolve("complaints.csv").toString(), "--format", "csv");
        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.err()).contains("--format csv writes a folder of files: give it with --out FOLDER");
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        Cli.Result onAFile = cli.run("assess", "--complaints", DATA.resolve("complaints.csv").toString(), "--format",
                "csv", "--out", file.toString());
        assertThat(onAFile.status()).isEqualTo(2);
        assertThat(onAFile.err()).contains("is a file: name a folder");
    }

    @Test
    void neutralised_prefixesOnlyWhatStartsAFormula() {
        assertThat(Sheets.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(Sheets.neutralised("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(Sheets.neutralised("-2")).isEqualTo("'-2");
        assertThat(Sheets.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Sheets.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Sheets.neutralised("\rcmd")).isEqualTo("'\rcmd");
        assertThat(Sheets.neutralised("Chelsea boot = broken")).isEqualTo("Chelsea boot = broken");
        assertThat(Sheets.neutralised("")).isEmpty();
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords();
        }
    }
}
