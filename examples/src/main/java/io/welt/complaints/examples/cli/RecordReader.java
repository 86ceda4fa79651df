package io.welt.complaints.examples.cli;

import io.welt.complaints.model.Money;
import io.welt.complaints.rules.Rejection;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the typed values of one CSV record, collecting what is wrong instead of stopping at the
 * first problem. Each getter returns null when the cell is blank or its value is bad; the record is
 * then {@linkplain #rejection rejected} naming the first bad column, with the others mentioned.
 */
final class RecordReader {

    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "false", false, "yes", true, "no", false, "1", true, "0", false);

    /** One thing wrong with a record. */
    private record Problem(String column, String message) {
    }

    private final CsvRow row;
    private final Dates dates;
    private final List<Problem> problems = new ArrayList<>();

    RecordReader(CsvRow row, Dates dates) {
        this.row = row;
        this.dates = dates;
        if (row.fields() > row.headerFields()) {
            problem("(record)", "the row has " + row.fields() + " fields, the header " + row.headerFields() + ": "
                    + (row.fields() - row.headerFields()) + " value(s) stand beyond the header's last column;"
                    + " is there a comma in a value that is not in double quotes?");
        } else if (row.fields() < row.headerFields()) {
            // A short row's last columns would read as blanks: an open complaint made of a closed one.
            problem("(record)", "the row has " + row.fields() + " fields, the header " + row.headerFields()
                    + ": a separator or the row's last values are missing (the row is not read as blanks)");
        }
    }

    CsvRow row() {
        return row;
    }

    /** Whether nothing was wrong so far. */
    boolean ok() {
        return problems.isEmpty();
    }

    /** Notes a problem with {@code column}. */
    void problem(String column, String message) {
        problems.add(new Problem(column, message));
    }

    /** The value in {@code column}, or null when blank. */
    String text(String column) {
        return row.value(column);
    }

    /**
     * Notes a problem when {@code value}, an id or a code read from {@code column}, holds a control
     * character, an invisible format character or a space other than the plain one (the same rule as the
     * library's for the log's ids and codes): the character is named by its code point.
     */
    void requireVisible(String column, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.SPACE_SEPARATOR && c != ' ') {
                String name = Character.getName(c);
                problem(column, column + " holds the invisible or control character " + String.format("U+%04X", c)
                        + (name == null ? "" : " (" + name + ")") + " at character " + (value.codePointCount(0, i) + 1)
                        + "; ids and codes are taken only as visible text");
                return;
            }
            i += Character.charCount(c);
        }
    }

    /** The value in {@code column}; a problem when blank. */
    String requiredText(String column) {
        String value = row.value(column);
        if (value == null) {
            missing(column);
        }
        return value;
    }

    /** A moment; a problem when present and not ISO-8601 (or a spreadsheet's date in its file's order). */
    Instant instant(String column) {
        Dates.DateOrder order = row.forms().dateOrder();
        return parsed(column, text -> dates.instant(text, order));
    }

    /** A moment that must be given. */
    Instant requiredInstant(String column) {
        return row.value(column) == null ? missing(column) : instant(column);
    }

    /** A calendar day; a problem when present and not ISO-8601. */
    LocalDate date(String column) {
        Dates.DateOrder order = row.forms().dateOrder();
        return parsed(column, text -> dates.date(text, order));
    }

    /** A calendar day that must be given. */
    LocalDate requiredDate(String column) {
        return row.value(column) == null ? missing(column) : date(column);
    }

    private <T> T parsed(String column, Function<String, T> parser) {
        String value = row.value(column);
        try {
            return value == null ? null : parser.apply(value);
        } catch (DateTimeException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    /**
     * One of an enum's constants, case-insensitive; spaces and hyphens count as underscores, so
     * "Waiting on customer" reads as WAITING_ON_CUSTOMER.
     */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problem(column, "'" + Text.excerpt(value) + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** One of an enum's constants, as {@link #choice}, that must be given. */
    <E extends Enum<E>> E requiredChoice(String column, Class<E> type) {
        return row.value(column) == null ? missing(column) : choice(column, type);
    }

    /** true/false, yes/no or 1/0 (case-insensitive), or null when blank. */
    Boolean flag(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        Boolean flag = BOOLEANS.get(value.toLowerCase(Locale.ROOT));
        if (flag == null) {
            problem(column, "'" + Text.excerpt(value) + "' is not true/false, yes/no or 1/0");
        }
        return flag;
    }

    /**
     * An amount in {@code currency}: a plain decimal number (or one as its file's locale writes it) with no
     * more decimals than the currency has.
     */
    Money money(String column, Currency currency) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = row.forms().numbers().amount(value, currency);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            problem(column, value + " has more decimals than " + currency.getCurrencyCode() + " has (" + digits + ")");
            return null;
        }
        return Money.of(amount, currency);
    }

    /**
     * The {@code ;}-separated entries of a cell, each stripped: empty when blank, null after noting an
     * empty entry (two separators in a row, or one at an end).
     */
    List<String> list(String column) {
        String value = row.value(column);
        if (value == null) {
            return List.of();
        }
        List<String> entries = Arrays.stream(value.split(";", -1)).map(String::strip).toList();
        if (entries.contains("")) {
            problem(column, "'" + Text.excerpt(value) + "' has an empty entry between its ';'");
            return null;
        }
        return entries;
    }

    /**
     * The {@code ;}-separated entries of a cell paired by position with another column's, where an
     * empty entry means "none at this position" (a lot recorded without its number): empty strings
     * are kept. Empty when the cell is blank.
     */
    List<String> positionalList(String column) {
        String value = row.value(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";", -1)).map(String::strip).toList();
    }

    /** A whole number, or null when blank. */
    Integer count(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        BigDecimal whole;
        try {
            whole = row.forms().numbers().whole(value);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
        try {
            return whole.intValueExact();
        } catch (ArithmeticException e) {
            problem(column, Text.excerpt(value) + " is too large");
            return null;
        }
    }

    /**
     * Notes why the model refused the record's values: its constructors throw NullPointerException
     * with the field's name, or IllegalArgumentException "field: why", the field named as in Java.
     */
    void refused(RuntimeException e, Map<String, String> columnsByField) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NullPointerException) {
            problem(column(message, columnsByField), "a value is required");
            return;
        }
        int colon = message.indexOf(": ");
        int space = message.indexOf(' ');
        int end = colon >= 0 && (space < 0 || colon < space) ? colon : space;
        if (end <= 0) {
            problem("(record)", message);
            return;
        }
        String why = message.substring(end + (end == colon ? 2 : 1));
        problem(column(message.substring(0, end), columnsByField), why);
    }

    /** The CSV column of a model field: an explicit mapping, else camelCase turned to snake_case. */
    private static String column(String field, Map<String, String> columnsByField) {
        int bracket = field.indexOf('[');
        String name = bracket >= 0 ? field.substring(0, bracket) : field;
        String mapped = columnsByField.get(name);
        return mapped != null ? mapped : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The rejection of this record: its first problem, with any others mentioned. */
    Rejection rejection(String id) {
        Problem first = problems.get(0);
        StringBuilder message = new StringBuilder(first.message());
        if (problems.size() > 1) {
            message.append(" (also ").append(problems.subList(1, problems.size()).stream()
                    .map(p -> p.column() + ": " + p.message()).collect(Collectors.joining("; "))).append(')');
        }
        return new Rejection(row.source(), row.line(), id, first.column(), message.toString());
    }

    private <T> T missing(String column) {
        problem(column, "a value is required");
        return null;
    }
}
