package io.welt.complaints.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the ISO-8601 dates and times of the input files and of {@code --as-of}: {@code 2026-02-03},
 * {@code 2026-02-03T14:05}, {@code 2026-02-03T14:05:00Z} or with an offset such as {@code +01:00}.
 * A time without an offset is in the zone given; a date alone, where a moment is wanted, is the
 * start of that day in the zone. A space may stand for the {@code T}, as spreadsheets write it.
 * Input files may also hold dates as a spreadsheet shows them, {@code 12/01/2026 09:14} (or with dots or
 * hyphens), read in the {@link DateOrder} of the file's locale; without one a date that could be either
 * (03/04/2026) is refused, naming the option that settles it.
 */
final class Dates {

    /** Shown in messages, so that a clerk sees what is expected. */
    static final String EXAMPLES = "2026-02-03, 2026-02-03T14:05 or 2026-02-03T14:05:00Z";

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .parseLenient()
            .appendOffsetId()
            .parseStrict()
            .optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Which of the first two numbers of {@code 03/04/2026} is the day. */
    enum DateOrder {
        /** 03/04/2026 is 3 April, as most of Europe writes it. */
        DAY_FIRST("day first, 13/01/2026"),
        /** 03/04/2026 is 4 March, as the United States writes it. */
        MONTH_FIRST("month first, 01/13/2026");

        private final String words;

        DateOrder(String words) {
            this.words = words;
        }

        /** "day first, 13/01/2026": for messages. */
        String words() {
            return words;
        }

        /** The order of {@code locale}'s short dates, or null when its dates start with the year. */
        static DateOrder of(java.util.Locale locale) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(java.time.format.FormatStyle.SHORT,
                    null, IsoChronology.INSTANCE, locale);
            int day = pattern.indexOf('d');
            int month = pattern.indexOf('M');
            int year = pattern.indexOf('y');
            if (day < 0 || month < 0 || year >= 0 && year < Math.min(day, month)) {
                return null;
            }
            return day < month ? DAY_FIRST : MONTH_FIRST;
        }

        /**
         * What {@code text} says of the order, if it is a spreadsheet's date: day first when its first number
         * cannot be a month, month first when its second cannot; null otherwise (either could be, or not such
         * a date).
         */
        static DateOrder evidence(String text) {
            java.util.regex.Matcher m = LOCAL.matcher(text.strip());
            if (!m.matches()) {
                return null;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            return first > 12 && second <= 12 ? DAY_FIRST : second > 12 && first <= 12 ? MONTH_FIRST : null;
        }
    }

    /** A date as a spreadsheet shows it: 12/01/2026, 12.01.2026 or 12-01-2026, with a time or without. */
    private static final java.util.regex.Pattern LOCAL = java.util.regex.Pattern.compile(
            "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private final ZoneId zone;

    Dates(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /**
     * The moment {@code text} names.
     *
     * @throws DateTimeException when it is not one of the accepted forms; the message says which are
     */
    Instant instant(String text) {
        return instant(text, null);
    }

    /**
     * The moment {@code text} names, a spreadsheet's date read in {@code order} (or, when null, only when
     * it can be read one way).
     *
     * @throws DateTimeException when it is not one of the accepted forms; the message says which are
     */
    Instant instant(String text, DateOrder order) {
        TemporalAccessor parsed = parse(text, order);
        if (parsed instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (parsed instanceof LocalDateTime local) {
            return inZone(text, local);
        }
        return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    }

    /**
     * A local time in the zone. A time the clocks skip (the hour the clocks go forward) names no moment:
     * it is refused with the reason, rather than shifted silently by the length of the gap. A time the
     * clocks pass twice (the hour they go back) is the earlier of the two, as java.time reads it.
     */
    private Instant inZone(String text, LocalDateTime local) {
        java.time.zone.ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        if (gap != null && gap.isGap()) {
            throw new DateTimeException("'" + Text.excerpt(text) + "' does not exist in " + zone + ": the clocks went"
                    + " forward from " + gap.getDateTimeBefore().toLocalTime() + " to "
                    + gap.getDateTimeAfter().toLocalTime() + " that night; write the time with its offset (e.g. "
                    + gap.getDateTimeAfter().toLocalDate() + "T" + gap.getDateTimeAfter().toLocalTime() + gap.getOffsetAfter()
                    + ") or check it");
        }
        return local.atZone(zone).toInstant();
    }

    /**
     * The calendar day {@code text} names; a date with a time gives its day (in the zone when the time
     * has an offset).
     *
     * @throws DateTimeException when it is not one of the accepted forms
     */
    LocalDate date(String text) {
        return date(text, null);
    }

    /** The calendar day {@code text} names, a spreadsheet's date read in {@code order} (see {@link #instant(String, DateOrder)}). */
    LocalDate date(String text, DateOrder order) {
        TemporalAccessor parsed = parse(text, order);
        if (parsed instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDate();
        }
        if (parsed instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        return (LocalDate) parsed;
    }

    private static TemporalAccessor parse(String text, DateOrder order) {
        TemporalAccessor quick = parseCommonForms(text);
        if (quick != null) {
            return quick;
        }
        java.util.regex.Matcher local = LOCAL.matcher(text.strip());
        if (local.matches()) {
            return spreadsheetDate(text, local, order);
        }
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11).strip();
        }
        try {
            return ISO.parseBest(iso, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + Text.excerpt(text) + "' is not an ISO-8601 date or time (write "
                    + EXAMPLES + ")", e);
        }
    }

    /** A date as a spreadsheet shows it, read in {@code order}. */
    private static TemporalAccessor spreadsheetDate(String text, java.util.regex.Matcher m, DateOrder order) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        if (m.group(4).length() == 2) {
            throw new DateTimeException("'" + Text.excerpt(text) + "' has a two-digit year; write the year in full"
                    + " (or as ISO-8601: " + EXAMPLES + ")");
        }
        if (order == null) {
            order = DateOrder.evidence(text);
            if (order == null && first != second) {
                throw new DateTimeException("'" + Text.excerpt(text) + "' is not an ISO-8601 date or time, and could"
                        + " be read day first or month first: pass --locale to say how the file writes dates (e.g."
                        + " --locale it-IT for day first, --locale en-US for month first) or write " + EXAMPLES);
            }
            if (order == null) {
                order = DateOrder.DAY_FIRST; // the day is the month: either way the same date
            }
        }
        int day = order == DateOrder.DAY_FIRST ? first : second;
        int month = order == DateOrder.DAY_FIRST ? second : first;
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(4)), month, day);
            if (m.group(5) == null) {
                return date;
            }
            return date.atTime(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + Text.excerpt(text) + "' is not a date or time read " + order.words()
                    + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The two forms a machine-written file uses, {@code 2026-02-03} and {@code 2026-02-03T14:05:00Z},
     * read digit by digit: the general formatter costs microseconds a value, seconds on a million rows.
     * Null for anything else (other forms, bad values), which the formatter then reads or reports.
     */
    private static TemporalAccessor parseCommonForms(String text) {
        int length = text.length();
        if (length != 10 && length != 20) {
            return null;
        }
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            if (length == 10) {
                return LocalDate.of(year, month, day);
            }
            if (text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
                return null;
            }
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (hour < 0 || minute < 0 || second < 0) {
                return null;
            }
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // February 30th and the like: the formatter reports it in its own words
        }
    }

    /** The number written in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
