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
        TemporalAccessor parsed = parse(text);
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
        TemporalAccessor parsed = parse(text);
        if (parsed instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDate();
        }
        if (parsed instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        return (LocalDate) parsed;
    }

    private static TemporalAccessor parse(String text) {
        TemporalAccessor quick = parseCommonForms(text);
        if (quick != null) {
            return quick;
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
