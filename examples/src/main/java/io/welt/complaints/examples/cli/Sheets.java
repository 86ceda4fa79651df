package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.Assessment;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The assessment as tables a spreadsheet opens: problems, findings, escalations, options and the complaints
 * with their severity, written as one workbook ({@code --format xlsx}) or as a folder of CSV files
 * ({@code --format csv}). Times are local to {@code --zone}, named in each header. Text that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) is written with a
 * leading apostrophe, so a customer's words never run as one; numbers and times are typed cells. The same
 * assessment gives the same bytes: the workbook's entries carry the assessment's clock, not the time of
 * writing.
 *
 * <pre>{@code
 * Sheets.of(assessment, ZoneId.of("Europe/Rome"), taxonomy).writeXlsx(out);
 * }</pre>
 */
final class Sheets {

    /** A column: its header and whether its values are text (neutralised), numbers or times. */
    private enum Kind {
        TEXT, NUMBER, TIME
    }

    private record Column(String header, Kind kind) {
    }

    /** One table: a sheet of the workbook, or a file of the folder. */
    record Table(String name, List<Column> columns, List<Object[]> rows) {
        /** The headers, in order. */
        List<String> headers() {
            return columns.stream().map(Column::header).toList();
        }
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final List<Table> tables;
    private final Instant asOf;
    private final ZoneId zone;

    private Sheets(List<Table> tables, Instant asOf, ZoneId zone) {
        this.tables = tables;
        this.asOf = asOf;
        this.zone = zone;
    }

    /** The tables of {@code assessment}, times in {@code zone}, defects named by {@code taxonomy}. */
    static Sheets of(Assessment assessment, ZoneId zone, Taxonomy taxonomy) {
        String z = " (" + (zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId()) + ")";
        List<Table> tables = new ArrayList<>();

        Table problems = table("problems", "id", "title", "kind", "severity", "defect", "defect name",
                "likely source", "source key", "complaints", "complaint ids", "from" + z, "to" + z,
                "escalated to", "respond by" + z, "overdue by (hours)", "held by", "decision", "rule", "reason");
        for (Problem p : assessment.problems()) {
            Optional<Escalation> e = assessment.escalationOf(io.welt.complaints.model.TargetType.PROBLEM, p.id());
            problems.rows().add(new Object[] {p.id(), p.title(), p.kind().name(), assessment.severityOf(p).name(),
                    p.defect(), name(taxonomy, p.defect()), p.likelySource().scope().name(), p.likelySource().key(),
                    p.complaintIds().size(), String.join("; ", p.complaintIds()), p.from(), p.to(),
                    e.map(x -> x.level().name()).orElse(null), e.map(Escalation::due).orElse(null),
                    e.map(x -> overdueHours(x.due(), assessment.asOf())).orElse(null),
                    e.flatMap(assessment::acknowledgementOf).map(Acknowledgement::by).orElse(null),
                    assessment.decision(p.id()).map(d -> d.option().name() + " by " + d.by()).orElse(null),
                    p.rule(), p.reason()});
        }
        tables.add(problems);

        Table findings = table("findings", "id", "problem", "scope", "key", "defect", "defect name", "complaints",
                "complaint ids", "from" + z, "to" + z, "rule", "reason");
        for (RepeatFinding f : assessment.findings()) {
            findings.rows().add(new Object[] {f.id(), assessment.problemOf(f.id()).map(Problem::id).orElse(null),
                    f.scope().name(), f.key(), f.defect(), name(taxonomy, f.defect()), f.complaintIds().size(),
                    String.join("; ", f.complaintIds()), f.from(), f.to(), f.rule(), f.reason()});
        }
        tables.add(findings);

        Table escalations = table("escalations", "target type", "target", "level", "raised" + z, "respond by" + z,
                "overdue by (hours)", "held by", "rule", "reason");
        for (Escalation e : assessment.escalations()) {
            escalations.rows().add(new Object[] {e.targetType().name(), e.target(), e.level().name(), e.raisedAt(),
                    e.due(), overdueHours(e.due(), assessment.asOf()),
                    assessment.acknowledgementOf(e).map(Acknowledgement::by).orElse(null), e.rule(), e.reason()});
        }
        tables.add(escalations);

        Table options = table("options", "subject", "rank", "option", "cost", "benefit", "net benefit",
                "payback days", "in place", "currency", "rule", "reason");
        for (Problem p : assessment.problems()) {
            int rank = 0;
            for (SystemicOption o : assessment.systemicOptions(p.id())) {
                options.rows().add(new Object[] {p.id(), ++rank, o.type().name(), amount(o.cost()), amount(o.benefit()),
                        amount(o.netBenefit()), o.paybackDays(), o.inPlace(), o.cost().currency().getCurrencyCode(),
                        o.rule(), o.reason()});
            }
        }
        tables.add(options);

        Table complaints = table("complaints", "id", "received" + z, "customer", "sku", "product line", "defect",
                "defect name", "severity", "status", "first remedy", "remedy cost", "escalated to", "description");
        for (Complaint c : assessment.complaints()) {
            List<ResolutionOption> remedies = assessment.options(c.id());
            ResolutionOption first = remedies.isEmpty() ? null : remedies.get(0);
            complaints.rows().add(new Object[] {c.id(), c.receivedAt(), c.customerId(), c.sku(),
                    c.productLine(), c.defect(), name(taxonomy, c.defect()),
                    assessment.severityOf(c.id()).name(), c.status().name(),
                    first == null ? null : first.type().name(), first == null ? null : amount(first.estimatedCost()),
                    assessment.escalationOf(io.welt.complaints.model.TargetType.COMPLAINT, c.id())
                            .map(e -> e.level().name()).orElse(null), c.description()});
        }
        tables.add(complaints);
        return new Sheets(List.copyOf(tables), assessment.asOf(), zone);
    }

    /** The tables, in the order they are written. */
    List<Table> tables() {
        return tables;
    }

    private static Table table(String name, String... headers) {
        List<Column> columns = new ArrayList<>();
        for (String header : headers) {
            columns.add(new Column(header, kind(header)));
        }
        return new Table(name, columns, new ArrayList<>());
    }

    private static Kind kind(String header) {
        if (header.endsWith(")") && header.contains(" (") && !header.endsWith("(hours)")) {
            return Kind.TIME;
        }
        return switch (header) {
            case "complaints", "rank", "cost", "benefit", "net benefit", "payback days", "remedy cost",
                    "overdue by (hours)" -> Kind.NUMBER;
            default -> Kind.TEXT;
        };
    }

    private static String name(Taxonomy taxonomy, String code) {
        return code == null ? null : taxonomy.find(code).map(DefectCategory::name).orElse(null);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    /** Whole hours past {@code due} at {@code asOf}; null when not yet due. */
    private static Long overdueHours(Instant due, Instant asOf) {
        return due != null && due.isBefore(asOf) ? Duration.between(due, asOf).toHours() : null;
    }

    /**
     * {@code text} as a spreadsheet may safely show it: one that would start a formula (= + - @, a tab or a
     * carriage return) gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
     */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    private String cell(Object value, Kind kind) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.TIME) {
            return LOCAL.format(((Instant) value).atZone(zone));
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return kind == Kind.TEXT ? neutralised(value.toString()) : value.toString();
    }

    /**
     * Writes each table as {@code NAME.csv} into {@code folder} (made when missing): UTF-8 with a byte-order
     * mark, so that a spreadsheet shows accented letters, and values separated by {@code delimiter}.
     *
     * @return the files written, in order
     */
    List<Path> writeCsv(Path folder, char delimiter) throws IOException {
        Files.createDirectories(folder);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<Path> written = new ArrayList<>();
        for (Table table : tables) {
            Path file = folder.resolve(table.name() + ".csv");
            Path part = folder.resolve(table.name() + ".csv.part");
            try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, format)) {
                writer.write('\uFEFF');
                printer.printRecord(table.headers());
                for (Object[] row : table.rows()) {
                    List<String> cells = new ArrayList<>(row.length);
                    for (int i = 0; i < row.length; i++) {
                        cells.add(cell(row[i], table.columns().get(i).kind()));
                    }
                    printer.printRecord(cells);
                }
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            written.add(file);
        }
        return written;
    }

    /** Writes the tables as one workbook, a sheet each, to {@code out}. */
    void writeXlsx(OutputStream out) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(made, "complaints", "1.0");
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(table.name());
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Object[] row = table.rows().get(r);
                for (int c = 0; c < row.length; c++) {
                    Object value = row[c];
                    if (value == null) {
                        continue;
                    }
                    switch (columns.get(c).kind()) {
                        case TIME -> {
                            sheet.value(r + 1, c, LocalDateTime.ofInstant((Instant) value, zone));
                            sheet.style(r + 1, c).format("yyyy-mm-dd hh:mm").set();
                        }
                        case NUMBER -> sheet.value(r + 1, c, (Number) value);
                        case TEXT -> sheet.value(r + 1, c, neutralised(value.toString()));
                    }
                }
            }
            if (!table.rows().isEmpty()) {
                sheet.setAutoFilter(0, 0, table.rows().size(), columns.size() - 1);
            }
            sheet.freezePane(0, 1);
        }
        workbook.finish();
        out.write(reproducible(made.toByteArray()));
    }

    /**
     * The workbook with its parts' times set to the assessment's clock and its creation date to the same, in
     * the order written: the same assessment then gives the same bytes, whenever it is written.
     */
    private byte[] reproducible(byte[] workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
        // A zip's times are local times without a zone: set as such, they are the same on every machine.
        LocalDateTime time = LocalDateTime.ofInstant(asOf, java.time.ZoneOffset.UTC).withNano(0);
        if (time.getYear() < 1980 || time.getYear() > 2107) {
            time = LocalDateTime.of(1980, 1, 1, 0, 0); // the years a zip's time can hold
        }
        String stamp = asOf.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        // The writer streams its parts with sizes after the data, which ZipInputStream cannot read back: read
        // them through the central directory of a temporary file instead.
        Path temporary = Files.createTempFile("complaints-", ".xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(Files.write(temporary, workbook).toFile());
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (java.io.InputStream part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                if (entry.getName().equals("docProps/core.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\\2>)", "$1" + stamp + "$3");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "Sheets" + Arrays.toString(tables.stream().map(Table::name).toArray());
    }
}
