package io.welt.complaints.rules.report;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Taxonomy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How a report shows what the assessment holds: its times in {@code --zone} (with their offset, unless
 * the zone is UTC), under the organisation's {@code --title}, each defect code beside its taxonomy name.
 *
 * @param zone     the zone of the times shown
 * @param title    the organisation's name, or null
 * @param taxonomy the taxonomy that names the defect codes
 */
public record Presentation(ZoneId zone, String title, Taxonomy taxonomy) {

    /** UTC, no title, the standard taxonomy: the reports as they always were. */
    public static final Presentation DEFAULT = new Presentation(ZoneOffset.UTC, null, Taxonomy.footwearAndLeather());

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    /**
     * A presentation, checked.
     *
     * @param zone the zone of the times shown
     * @param title the organisation's name, or null
     * @param taxonomy the taxonomy that names the defect codes
     * @throws NullPointerException if {@code zone} or {@code taxonomy} is null
     */
    public Presentation {
        java.util.Objects.requireNonNull(zone, "zone");
        java.util.Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * Whether times are shown in UTC.
     *
     * @return true when the zone is UTC (then times are written without an offset)
     */
    public boolean utc() {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    /**
     * {@code instant} for a text report: as an ISO instant in UTC ({@code 2026-03-01T09:00:00Z}), or as the
     * local time in the zone with its offset ({@code 2026-03-01T10:00+01:00}); the empty string for null.
     *
     * @param instant an instant, or null
     * @return the time as written, or the empty string
     */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (utc()) {
            return instant.toString();
        }
        java.time.ZonedDateTime local = instant.atZone(zone);
        return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
    }

    /**
     * The taxonomy's name of a defect code, when it has one other than the code.
     *
     * @param code a defect code, e.g. "LINING_WEAR"
     * @return the name, e.g. "Lining wear", or empty when the taxonomy has none or it is the code
     */
    public Optional<String> defectName(String code) {
        return code == null ? Optional.empty() : taxonomy.find(code).map(DefectCategory::name)
                .filter(name -> !name.isBlank() && !name.equals(code));
    }

    /**
     * How long ago {@code due} passed at {@code asOf}, in the largest whole unit ("3 days", "5 hours",
     * "1 minute"), or null while it has not passed (or is null).
     *
     * @param due when it fell due, or null
     * @param asOf the assessment's clock
     * @return the time past, e.g. "3 days", or null
     */
    public static String overdue(Instant due, Instant asOf) {
        if (due == null || !due.isBefore(asOf)) {
            return null;
        }
        java.time.Duration late = java.time.Duration.between(due, asOf);
        long days = late.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = late.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, late.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
