package io.welt.complaints.examples.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled sample as Excel saves it in Italy, Spain, Germany or France: semicolons between values,
 * decimal commas with a dot between thousands (1.129,00), dates day first (12/01/2026 09:14). Made here
 * from the sample, never committed: it must assess to the same report as the original.
 */
class EuropeanSpreadsheetTest {

    private static final Path DATA = Path.of("..", "examples", "data").toAbsolutePath().normalize();
    private static final String[] FILES = {"complaints", "products", "batches", "actions", "followups",
            "acknowledgements", "decisions", "contacts", "evidence"};
    private static final Set<String> AMOUNTS = Set.of("price", "unit_cost");
    private static final Set<String> COUNTS = Set.of("quantity", "units_sold", "units_in_stock");
    private static final DateTimeFormatter DAY_FIRST_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Path dir;
    private final Cli cli;

    EuropeanSpreadsheetTest(@TempDir Path dir) {
        this.dir = dir;
        this.cli = new Cli(dir);
    }

    @Test
    void sampleSavedByAnItalianExcel_assessesWithLocaleItIt_toTheSameReportAsTheOriginal() throws IOException {
        Path european = european(';', StandardCharsets.UTF_8, "it");

        Cli.Result original = assess(DATA, "--format", "json");
        Cli.Result italian = assess(european, "--format", "json", "--locale", "it-IT");

        assertThat(original.status()).isZero();
        assertThat(italian.status()).as(italian.err()).isZero();
        assertThat(italian.json().get("rejected")).isEmpty();
        assertThat(italian.json().get("summary").get("problems").asInt()).isEqualTo(7);
        assertThat(italian.out()).isEqualTo(original.out());
    }

    @Test
    void europeanSample_withoutLocale_readsEachUnambiguousFile_andRejectsTheDatesThatCouldBeEither()
            throws IOException {
        Path european = european(';', StandardCharsets.UTF_8, "it");

        Cli.Result original = assess(DATA, "--format", "json");
        Cli.Result guessed = assess(european, "--format", "json");

        assertThat(guessed.status()).as(guessed.err()).isZero();
        assertThat(guessed.json().get("complaints")).as("complaints.csv has 13/01/2026 and the like: day first")
                .isEqualTo(original.json().get("complaints"));
        assertThat(guessed.err()).contains("complaints.csv: read as separated by semicolons; with decimal commas",
                "dates day first, 13/01/2026", "Pass --locale");
        // actions.csv's four dates (10/06/2025, 01/10/2025, ...) could each be read either way: none is guessed.
        assertThat(guessed.json().get("rejected")).isNotEmpty().allSatisfy(r -> assertThat(r.get("message").asText())
                .satisfiesAnyOf(m -> assertThat(r.get("source").asText() + ": " + m).startsWith("actions.csv: '")
                                .contains("pass --locale"),
                        m -> assertThat(r.get("source").asText() + ": " + m).startsWith("followups.csv: its action")));
        assertThat(guessed.json().get("rejected").toString()).contains("\"field\":\"effective_from\"",
                "could be read day first or month first");
    }

    @Test
    void europeanSample_inWindows1252WithTabs_isReadTheSame() throws IOException {
        Path european = european('\t', Charset.forName("windows-1252"), "de");

        Cli.Result original = assess(DATA, "--format", "json");
        Cli.Result german = assess(european, "--format", "json", "--locale", "de-DE");

        assertThat(german.status()).as(german.err()).isZero();
        assertThat(german.out()).isEqualTo(original.out());
    }

    @Test
    void pricesWithThousandsSeparatorsAndCurrencySigns_areReadAsTheLocaleWritesThem() {
        String csv = "id;received_at;customer_id;sku;defect;product_line;price\n"
                + "C-1;12/01/2026 09:14;CU-1;CH-41;STITCHING;Chelsea boot;1.129,00\n"
                + "C-2;13/01/2026;CU-2;CH-41;STITCHING;Chelsea boot;€ 129,50\n"
                + "C-3;14/01/2026;CU-3;CH-41;STITCHING;Chelsea boot;89,00 EUR\n";

        Cli.Result result = cli.assessJson(csv, "--locale", "it-IT", "--currency", "EUR");

        assertThat(result.json().get("rejected")).as(result.err()).isEmpty();
        assertThat(result.complaintIds()).containsExactly("C-1", "C-2", "C-3");
        assertThat(result.err()).doesNotContain("Pass --locale");
    }

    @Test
    void aPriceWrittenTheOtherWay_rejectsTheRecord_namingTheFormExpected() {
        String csv = "id;received_at;customer_id;sku;defect;product_line;price\n"
                + "C-1;12/01/2026;CU-1;CH-41;STITCHING;Chelsea boot;129,00\n"
                + "C-2;13/01/2026;CU-2;CH-41;STITCHING;Chelsea boot;12.90\n";

        Cli.Result result = cli.assessJson(csv, "--locale", "it-IT", "--currency", "EUR");

        assertThat(result.complaintIds()).containsExactly("C-1");
        assertThat(result.onlyRejection().get("field").asText()).isEqualTo("price");
        assertThat(result.onlyRejection().get("message").asText())
                .contains("'12.90' is not an amount as it-IT writes it, such as 1.129,00 or 89,50");
    }

    @Test
    void anAmbiguousDate_withoutLocale_rejectsTheRecord_namingTheOptionToPass() {
        String csv = "id;received_at;customer_id;sku;defect;product_line\n"
                + "C-1;03/02/2026;CU-1;CH-41;STITCHING;Chelsea boot\n"
                + "C-2;01/01/2026;CU-2;CH-41;STITCHING;Chelsea boot\n";

        Cli.Result result = cli.assessJson(csv);

        assertThat(result.complaintIds()).as("the same day and month read either way").containsExactly("C-2");
        assertThat(result.onlyRejection().get("line").asInt()).isEqualTo(2);
        assertThat(result.onlyRejection().get("field").asText()).isEqualTo("received_at");
        assertThat(result.onlyRejection().get("message").asText())
                .contains("'03/02/2026'", "could be read day first or month first", "--locale it-IT", "--locale en-US");
    }

    @Test
    void theSameDate_withLocale_isReadInTheLocalesOrder() {
        String csv = "id,received_at,customer_id,sku,defect,product_line\nC-1,02/01/2026 10:30,CU-1,CH-41,STITCHING,"
                + "Chelsea boot\n";

        Cli.Result italian = cli.assessJson(csv, "--locale", "it-IT");
        Cli.Result american = cli.assessJson(csv, "--locale", "en-US");

        assertThat(italian.json().get("audit").toString()).as(italian.err()).contains("2026-01-02T10:30:00Z");
        assertThat(american.json().get("audit").toString()).as(american.err()).contains("2026-02-01T10:30:00Z");
    }

    @Test
    void aGivenDelimiter_isUsed_andAWrongOneSaysWhichTheFileHas() {
        String csv = "id;received_at;customer_id;sku;defect;product_line\nC-1;2026-01-12;CU-1;CH-41;STITCHING;Chelsea boot\n";

        assertThat(cli.assessJson(csv, "--delimiter", ";").complaintIds()).containsExactly("C-1");
        Cli.Result wrong = cli.assessJson(csv, "--delimiter", ",");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("complaints.csv line 1: missing required column",
                "separated by semicolons, not commas");
    }

    @Test
    void anUnknownLocaleOrDelimiter_isAUsageError() {
        String csv = "id,received_at,customer_id,sku,defect,product_line\n";

        assertThat(cli.assessJson(csv, "--locale", "xx-QQ").err()).contains("--locale: 'xx-QQ' is not a locale");
        assertThat(cli.assessJson(csv, "--delimiter", "#").err()).contains("--delimiter: '#' is not a separator");
    }

    // ---------------------------------------------------------------- the European sample, made from the original

    private Cli.Result assess(Path folder, String... more) {
        List<String> args = new ArrayList<>(List.of("assess"));
        for (String file : FILES) {
            args.addAll(List.of("--" + file, folder.resolve(file + ".csv").toString()));
        }
        args.addAll(List.of("--as-of", "2026-03-01T09:00:00Z"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    /** The sample's files as a spreadsheet of that country saves them, in a folder of their own. */
    private Path european(char delimiter, Charset charset, String country) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(country));
        for (String file : FILES) {
            String text = Files.readString(DATA.resolve(file + ".csv"), StandardCharsets.UTF_8);
            Files.write(folder.resolve(file + ".csv"), european(text, delimiter).getBytes(charset));
        }
        return folder;
    }

    private static String european(String csv, char delimiter) {
        StringWriter out = new StringWriter();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get());
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            List<String> header = parser.getHeaderNames();
            printer.printRecord(header);
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                for (String column : header) {
                    cells.add(european(column, record.get(column)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String european(String column, String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (AMOUNTS.contains(column)) {
            return grouped(new BigDecimal(value).setScale(2).toPlainString());
        }
        if (COUNTS.contains(column)) {
            return grouped(value);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z")) {
            OffsetDateTime time = OffsetDateTime.parse(value);
            assertThat(time.getSecond()).as("a spreadsheet shows minutes: " + value).isZero();
            return DAY_FIRST_TIME.format(time);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY_FIRST.format(LocalDate.parse(value));
        }
        return value;
    }

    /** 1129.00 as 1.129,00; 2152 as 2.152. */
    private static String grouped(String plain) {
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return dot < 0 ? out.toString() : out + "," + plain.substring(dot + 1);
    }
}
