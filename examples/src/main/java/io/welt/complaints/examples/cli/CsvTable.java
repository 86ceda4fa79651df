package io.welt.complaints.examples.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A CSV file as spreadsheets save it, read whole: UTF-8 with or without a byte-order mark (bytes that
 * are not UTF-8 are read as windows-1252, and the user is told), RFC 4180 quoting, a header row whose
 * names are case-insensitive and in any order. Unknown columns are ignored and mentioned once.
 * The separator is the one given, or the one the header uses (a comma, a semicolon or a tab); numbers
 * and spreadsheet dates (12/01/2026) are read as the locale given writes them ({@link Reading}). Without
 * a locale a semicolon-separated file is read with decimal commas, as Excel saves it in most of Europe,
 * and the order of its dates is taken from a date that can be read only one way; the user is told what
 * was assumed.
 * Each row knows the physical line it starts on, so a quoted line break does not shift the lines
 * of the rows after it.
 */
final class CsvTable {

    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /**
     * How the files are read.
     *
     * @param delimiter the separator of the values, or null to take the header's (comma, semicolon or tab)
     * @param locale    how numbers and spreadsheet dates are written, or null: plain numbers (decimal commas
     *                  in a semicolon-separated file) and dates in the order their file shows
     */
    record Reading(Character delimiter, Locale locale) {
        /** Detected separators, no locale. */
        static final Reading DETECTED = new Reading(null, null);
    }

    /**
     * How one file writes its values.
     *
     * @param numbers   how its numbers are written
     * @param dateOrder the order of its spreadsheet dates, or null when unknown (a date that could be read
     *                  either way is refused)
     */
    record Forms(Numbers numbers, Dates.DateOrder dateOrder) {
        /** Plain numbers, ISO dates: the files as programs write them. */
        static final Forms PLAIN = new Forms(Numbers.PLAIN, null);
    }

    private final String name;
    private final List<CsvRow> rows;
    private final char delimiter;

    private CsvTable(String name, List<CsvRow> rows, char delimiter) {
        this.name = name;
        this.rows = rows;
        this.delimiter = delimiter;
    }

    /** The separator the file was read with. */
    char delimiter() {
        return delimiter;
    }

    /** The file name, as rejections name it. */
    String name() {
        return name;
    }

    /** The records after the header, blank ones left out. */
    List<CsvRow> rows() {
        return rows;
    }

    /**
     * Reads {@code path}.
     *
     * @param option   the option that named the file, for messages
     * @param required the columns the header must have, in the order a message lists them
     * @param known    every column this file may have (the required ones included)
     * @param notes    receives one-line remarks for the user (encoding, ignored columns)
     * @throws UsageException when the file cannot be read, is not CSV or lacks a required column
     */
    static CsvTable read(Path path, String option, List<String> required, Set<String> known,
                         Consumer<String> notes) throws UsageException {
        return read(path, option, required, known, notes, Progress.off(), Reading.DETECTED);
    }

    /** Reads {@code path} as {@link #read(Path, String, List, Set, Consumer)} does, as {@code reading} says. */
    static CsvTable read(Path path, String option, List<String> required, Set<String> known,
                         Consumer<String> notes, Reading reading) throws UsageException {
        return read(path, option, required, known, notes, Progress.off(), reading);
    }

    /**
     * Reads {@code path} as {@link #read(Path, String, List, Set, Consumer)} does, telling
     * {@code progress} how many rows are read (a large file shows its progress).
     */
    static CsvTable read(Path path, String option, List<String> required, Set<String> known,
                         Consumer<String> notes, Progress progress) throws UsageException {
        return read(path, option, required, known, notes, progress, Reading.DETECTED);
    }

    /**
     * Reads {@code path} as {@link #read(Path, String, List, Set, Consumer)} does, as {@code reading} says,
     * telling {@code progress} how many rows are read (a large file shows its progress).
     */
    static CsvTable read(Path path, String option, List<String> required, Set<String> known,
                         Consumer<String> notes, Progress progress, Reading reading) throws UsageException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String what = option.startsWith("--") ? option.substring(2) : option;
        progress.reading(what + " file " + Text.safe(name));
        String text = decode(readBytes(path, option), name, notes);
        CsvTable table = parse(name, text, required, known, notes, what, progress, reading);
        progress.readAll(what, name, table.rows().size());
        return table;
    }

    private static byte[] readBytes(Path path, String option) throws UsageException {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw UsageException.cannotRead(option, path, e);
        }
    }

    private static String decode(byte[] bytes, String name, Consumer<String> notes) throws UsageException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer decoded = CharBuffer.allocate(bytes.length - start);
        // A new decoder reports malformed input instead of replacing it, and stops where it is.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        CoderResult result = utf8.decode(in, decoded, true);
        if (!result.isError()) {
            result = utf8.flush(decoded);
        }
        String text;
        if (result.isError()) {
            text = new String(bytes, start, bytes.length - start, FALLBACK);
            // windows-1252 has one character per byte, so the bad byte's position is its character's.
            notes.accept(name + ": not valid UTF-8 (first at line " + new LineIndex(text).lineOf(in.position() - start)
                    + "); read as windows-1252. Save it as \"CSV UTF-8\" to be sure of accented letters.");
        } else {
            text = decoded.flip().toString();
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw UsageException.input(name + " line " + new LineIndex(text).lineOf(nul)
                    + ": not a CSV text file (it holds NUL bytes; is it a spreadsheet such as .xlsx? Save it as CSV)");
        }
        return text;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The separator the header uses: the commonest of comma, semicolon and tab outside quotes; a comma in a tie. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /** A separator as messages name it. */
    static String delimiterName(char delimiter) {
        return delimiter == ',' ? "commas" : delimiter == ';' ? "semicolons" : delimiter == '\t' ? "tabs"
                : "'" + delimiter + "'";
    }

    private static CsvTable parse(String name, String text, List<String> required, Set<String> known,
                                  Consumer<String> notes, String what, Progress progress, Reading reading)
            throws UsageException {
        LineIndex lines = new LineIndex(text);
        long nextLine = 1;
        char delimiter = reading.delimiter() != null ? reading.delimiter() : detectDelimiter(text);
        CSVFormat format = delimiter == ',' ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw UsageException.input(name + " line 1: the file is empty; it needs a header row naming "
                        + String.join(", ", required));
            }
            CSVRecord headerRecord = records.next();
            long headerLine = lines.lineOf(lines.skipLineBreaks(headerRecord.getCharacterPosition()));
            Map<String, Integer> columns = header(name, headerLine, headerRecord, required, known, notes, delimiter);
            nextLine = parser.getCurrentLineNumber() + 1;
            List<CsvRow> rows = new ArrayList<>();
            boolean dayFirstSeen = false;
            boolean monthFirstSeen = false;
            Forms[] forms = new Forms[1]; // known once every row is read: the rows share it
            java.util.function.Supplier<Forms> shared = () -> forms[0];
            while (records.hasNext()) {
                CSVRecord record = records.next();
                nextLine = parser.getCurrentLineNumber() + 1;
                long line = lines.lineOf(lines.skipLineBreaks(record.getCharacterPosition()));
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (reading.locale() == null) {
                    for (String value : values) {
                        if (mayBeSpreadsheetDate(value)) {
                            Dates.DateOrder evidence = Dates.DateOrder.evidence(value);
                            dayFirstSeen |= evidence == Dates.DateOrder.DAY_FIRST;
                            monthFirstSeen |= evidence == Dates.DateOrder.MONTH_FIRST;
                        }
                    }
                }
                int surplus = (int) values.stream().skip(headerRecord.size()).filter(v -> !v.isBlank()).count();
                rows.add(new CsvRow(name, line, columns, values, surplus, headerRecord.size(), shared));
                progress.read(what, rows.size());
            }
            forms[0] = forms(name, delimiter, reading, dayFirstSeen, monthFirstSeen, notes);
            return new CsvTable(name, Collections.unmodifiableList(rows), delimiter);
        } catch (UncheckedIOException | IOException e) {
            String quote = quoteProblem(text, lines, delimiter);
            if (quote != null) {
                throw UsageException.input(name + " " + quote);
            }
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw UsageException.input(name + " line " + nextLine + ": not valid CSV from here on ("
                    + Text.safe(cause.getMessage()) + "); is a quote (\") left open or followed by more text?");
        }
    }

    /** A quick look: could {@code value} be a date such as 12/01/2026 (the pattern then decides)? */
    private static boolean mayBeSpreadsheetDate(String value) {
        int length = value.length();
        return length >= 8 && length <= 24 && Character.isDigit(value.charAt(0))
                && ("./-".indexOf(value.charAt(1)) >= 0 || "./-".indexOf(value.charAt(2)) >= 0);
    }

    /**
     * How the file writes its values, and a note of what was assumed when no locale was given and the file
     * is not as a program writes it.
     */
    private static Forms forms(String name, char delimiter, Reading reading, boolean dayFirstSeen,
                               boolean monthFirstSeen, Consumer<String> notes) {
        if (reading.locale() != null) {
            return new Forms(Numbers.of(reading.locale()), Dates.DateOrder.of(reading.locale()));
        }
        Numbers numbers = delimiter == ';' ? Numbers.decimalComma() : Numbers.PLAIN;
        Dates.DateOrder order = dayFirstSeen == monthFirstSeen ? null
                : dayFirstSeen ? Dates.DateOrder.DAY_FIRST : Dates.DateOrder.MONTH_FIRST;
        List<String> assumed = new ArrayList<>();
        if (delimiter != ',') {
            assumed.add("separated by " + delimiterName(delimiter));
        }
        if (!numbers.plain()) {
            assumed.add("with decimal commas (1.129,00), as Excel saves a file in most of Europe");
        }
        if (order != null) {
            assumed.add("dates " + order.words());
        } else if (dayFirstSeen) {
            assumed.add("dates both day first and month first, so a date that could be either is refused");
        }
        if (!assumed.isEmpty()) {
            notes.accept(name + ": read as " + String.join("; ", assumed) + ". Pass --locale (e.g. --locale it-IT)"
                    + (delimiter != ',' ? " and --delimiter" : "") + " to say how the file is written.");
        }
        return new Forms(numbers, order);
    }

    private static Map<String, Integer> header(String name, long line, CSVRecord header, List<String> required,
                                               Set<String> known, Consumer<String> notes, char delimiter)
            throws UsageException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        int unnamed = 0;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (column.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw UsageException.input(name + " line " + line + ": column "
                        + (looksLikeColumnName(column) ? "'" + column + "'" : (i + 1) + "")
                        + " appears twice in the header");
            }
            if (!known.contains(column)) {
                if (looksLikeColumnName(column)) {
                    unknown.add(column);
                } else {
                    unnamed++;
                }
            }
        }
        List<String> missing = required.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            // The cells are quoted only when they look like column names: the first line of a file with
            // no header is a customer's record, and a customer's words do not belong on stderr.
            boolean looksLikeHeader = columns.keySet().stream().allMatch(CsvTable::looksLikeColumnName);
            throw UsageException.input(name + " line " + line + ": missing required column"
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "' ("
                    + (looksLikeHeader ? "the header has: " + Text.excerpt(String.join(", ", columns.keySet()))
                    : !separatorHint(header, delimiter).isEmpty() ? "the header reads as one column"
                    : "the first line does not look like a header: is the header row missing?") + ")"
                    + separatorHint(header, delimiter));
        }
        if (!unknown.isEmpty() || unnamed > 0) {
            notes.accept(name + ": ignoring " + unknownColumns(unknown, unnamed));
        }
        return Collections.unmodifiableMap(columns);
    }

    /**
     * Where the file's first quoting mistake is, read as RFC 4180 reads it: a quote opens a value only
     * at the start of a field, {@code ""} inside it is one quote, and a quote followed by a separator,
     * a line break or the end closes it. Says the line where the open quote began, so that one look
     * finds it; null when the quoting is sound (the parser failed for another reason).
     */
    static String quoteProblem(String text, LineIndex lines) {
        return quoteProblem(text, lines, ',');
    }

    /** {@link #quoteProblem(String, LineIndex)} in a file whose values are separated by {@code delimiter}. */
    static String quoteProblem(String text, LineIndex lines, char delimiter) {
        boolean fieldStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                int opened = i;
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        return "line " + lines.lineOf(opened) + ": not valid CSV: the quote (\") that opens a value here is never"
                                + " closed, so the rest of the file would be read as one value; close it or double"
                                + " it (\"\") if it belongs to the text";
                    }
                    if (text.charAt(j) == '"') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int after = j + 1;
                if (after < text.length() && (delimiter + "\r\n").indexOf(text.charAt(after)) < 0) {
                    long closedAt = lines.lineOf(j);
                    return "line " + lines.lineOf(opened) + ": not valid CSV: the value whose quote (\") opens here is followed by"
                            + " more text after its closing quote" + (closedAt == lines.lineOf(opened) ? ""
                            : " on line " + closedAt) + "; a quote inside a value is written twice (\"\")";
                }
                i = after;
                fieldStart = false;
                continue;
            }
            fieldStart = c == delimiter || c == '\n' || c == '\r';
            i++;
        }
        return null;
    }

    /** At most this many unknown column names are listed in the note; the rest are counted. */
    static final int UNKNOWN_COLUMNS_LISTED = 10;

    private static final java.util.regex.Pattern COLUMN_NAME =
            java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /**
     * Whether a header cell looks like a column name (a letter, then letters, digits or underscores, at
     * most 40): only such cells are quoted in messages, never a cell that could be a customer's words.
     */
    static boolean looksLikeColumnName(String cell) {
        return COLUMN_NAME.matcher(cell).matches();
    }

    /** "unknown columns: a, b" with at most {@link #UNKNOWN_COLUMNS_LISTED} named and the rest counted. */
    private static String unknownColumns(Set<String> named, int unnamed) {
        StringBuilder text = new StringBuilder("unknown columns: ");
        List<String> listed = named.stream().limit(UNKNOWN_COLUMNS_LISTED).toList();
        text.append(String.join(", ", listed));
        int more = named.size() - listed.size();
        if (more > 0) {
            text.append(" and ").append(more).append(" more");
        }
        if (unnamed > 0) {
            text.append(listed.isEmpty() ? "" : "; and ").append(unnamed).append(unnamed == 1 ? " column" : " columns")
                    .append(" whose header does not look like a column name");
        }
        return text.toString();
    }

    /** A header read as one column that holds another separator was saved with that one. */
    private static String separatorHint(CSVRecord header, char delimiter) {
        if (header.size() == 1) {
            for (char other : new char[] {',', ';', '\t'}) {
                if (other != delimiter && header.get(0).indexOf(other) >= 0) {
                    return "; the file seems to be separated by " + delimiterName(other) + ", not "
                            + delimiterName(delimiter) + ": leave --delimiter out to detect it, or give the right one";
                }
            }
        }
        return "";
    }

    /** Maps character positions to physical line numbers (1-based); CR, LF and CRLF each end a line. */
    static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    found.add(i + 1);
                }
            }
            this.starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The first position at or after {@code position} that is not a line break (empty lines skipped). */
        int skipLineBreaks(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            return p;
        }

        long lineOf(int position) {
            int index = Arrays.binarySearch(starts, position);
            return (index >= 0 ? index : -index - 2) + 1L;
        }
    }
}
