package io.welt.complaints.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
            return local.atZone(zone).toInstant();
        }
        return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
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
}
