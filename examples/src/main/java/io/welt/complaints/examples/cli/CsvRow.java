package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.RecordOrigin;

import java.util.List;
import java.util.Map;

/**
 * One record of a CSV file: its values by (lower-case) column name and the physical line it starts
 * on, the header being line 1.
 */
final class CsvRow {

    private final String source;
    private final long line;
    private final Map<String, Integer> columns;
    private final List<String> values;
    private final int surplusValues;
    private final int headerFields;
    private final java.util.function.Supplier<CsvTable.Forms> forms;

    CsvRow(String source, long line, Map<String, Integer> columns, List<String> values, int surplusValues) {
        this(source, line, columns, values, surplusValues, values.size());
    }

    CsvRow(String source, long line, Map<String, Integer> columns, List<String> values, int surplusValues,
           int headerFields) {
        this(source, line, columns, values, surplusValues, headerFields, () -> CsvTable.Forms.PLAIN);
    }

    /**
     * A record with the number of fields its header has: a record with fewer or more fields than that
     * lost or gained a separator, and is rejected (see {@link #fieldCountMismatch()}).
     */
    CsvRow(String source, long line, Map<String, Integer> columns, List<String> values, int surplusValues,
           int headerFields, java.util.function.Supplier<CsvTable.Forms> forms) {
        this.source = source;
        this.forms = forms;
        this.line = line;
        this.columns = columns;
        this.values = values;
        this.surplusValues = surplusValues;
        this.headerFields = headerFields;
    }

    /** The file name, as rejections name it. */
    String source() {
        return source;
    }

    /** The physical line the record starts on. */
    long line() {
        return line;
    }

    RecordOrigin origin() {
        return new RecordOrigin(source, line);
    }

    /** Whether the header names this column. */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The value in {@code column}, stripped; null when the column is absent or the cell is blank. */
    String value(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** How many non-blank values stand beyond the header's last column (a comma outside quotes, usually). */
    int surplusValues() {
        return surplusValues;
    }

    /** How many fields the record has (a quoted value with commas is one field). */
    int fields() {
        return values.size();
    }

    /** How many fields the header has. */
    int headerFields() {
        return headerFields;
    }

    /** How its file writes numbers and dates. */
    CsvTable.Forms forms() {
        return forms.get();
    }

    /** Whether the record has fewer or more fields than its header. */
    boolean fieldCountMismatch() {
        return values.size() != headerFields;
    }
}
