package io.welt.complaints.rules.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The hours in which service-level clocks run. The default policy works office hours in London,
 * 09:00-17:30 Monday to Friday, without the bank holidays of England and Wales
 * ({@link #englandAndWales()}); {@link #roundTheClock()} never stops, and {@link #workingHours} makes
 * any other office.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendar.workingHours(ZoneId.of("Europe/London"),
 *         LocalTime.of(9, 0), LocalTime.of(17, 30),
 *         EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 12, 25)));
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface BusinessCalendar {

    /**
     * The instant at which {@code workingTime} of working time has passed since {@code start}.
     *
     * @param start when the clock starts, e.g. a complaint's receipt
     * @param workingTime the working time to pass, e.g. a target of 24 working hours
     * @return when it has passed: a due time
     */
    Instant plus(Instant start, Duration workingTime);

    /**
     * The working time between {@code from} and {@code to}; zero when {@code to} is not after {@code from}.
     *
     * @param from the start
     * @param to the end
     * @return the working time between them, never negative
     */
    Duration between(Instant from, Instant to);

    /**
     * Whether the clocks stop outside working time: reasons then speak of "working hours" and
     * "working days", and a day of a target is one working day ({@link #days}).
     *
     * @return true for office hours; false (the default) round the clock
     */
    default boolean isWorkingCalendar() {
        return false;
    }

    /**
     * The working time of a target counted in days: round the clock a day is 24 hours; in office
     * hours a day of the target is one working day (09:00-17:30: 8.5 hours), so that "5 working
     * days" means five of them.
     *
     * @param target a target in days, e.g. 5 days
     * @return the working time it stands for; the target itself by default
     */
    default Duration days(Duration target) {
        return target;
    }

    /**
     * "24 working hours" under a working calendar, "24 hours" round the clock.
     *
     * @param time a working time
     * @return it in words, in whole hours
     */
    default String describeHours(Duration time) {
        return time.toHours() + (isWorkingCalendar() ? " working hours" : " hours");
    }

    /**
     * "5 working days" under a working calendar, "5 days" round the clock.
     *
     * @param time a working time
     * @return it in words, in whole days
     */
    default String describeDays(Duration time) {
        return time.toDays() + (isWorkingCalendar() ? " working days" : " days");
    }

    /**
     * Clocks that never stop.
     *
     * @return the calendar that never stops
     */
    static BusinessCalendar roundTheClock() {
        return RoundTheClock.INSTANCE;
    }

    /**
     * Clocks that run from {@code open} to {@code close} local time on {@code days}, except on
     * {@code holidays}.
     *
     * @param zone the zone whose local time the hours are in, e.g. Europe/Rome
     * @param open when the working day starts, e.g. 09:00
     * @param close when it ends, e.g. 17:30
     * @param days the working days of the week
     * @param holidays the dates on which no one works
     * @throws IllegalArgumentException when {@code close} is not after {@code open} or no day is a working day
     * @return the calendar
     * @throws NullPointerException when an argument is null
     */
    static BusinessCalendar workingHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days,
                                         Set<LocalDate> holidays) {
        return new WorkingHours(zone, open, close, days, holidays);
    }

    /**
     * Office hours in London, 09:00-17:30 Monday to Friday, without the bank holidays of England and
     * Wales, 2023 to 2028 (the GOV.UK list; {@link #ENGLAND_AND_WALES_HOLIDAYS} in this jar). The
     * default policy's calendar. For later years, or another country, make one with
     * {@link #workingHours} and {@link #holidays(java.io.Reader, String)}.
     *
     * @return the default calendar, shared
     * @throws IllegalStateException when the holidays are missing from the class path (a broken jar)
     */
    static BusinessCalendar englandAndWales() {
        return EnglandAndWales.CALENDAR;
    }

    /** The class-path resource holding the England and Wales bank holidays, a CSV of {@code date,name}. */
    String ENGLAND_AND_WALES_HOLIDAYS = "io/welt/complaints/rules/calendars/england-and-wales.csv";

    /**
     * Reads holidays from a CSV whose first column is an ISO date ({@code 2026-12-25}) and whose
     * first line is a header; other columns (a name) are ignored, as are blank lines.
     *
     * @param reader the CSV, closed when read
     * @param source the name errors are reported under, e.g. the file's path
     * @throws IllegalArgumentException naming the source, the line and the value that is not a date
     * @throws java.io.UncheckedIOException when the reader fails
     * @return the dates, sorted
     */
    static Set<LocalDate> holidays(java.io.Reader reader, String source) {
        Set<LocalDate> days = new java.util.TreeSet<>();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String first = line.split(",", 2)[0].strip();
                if (number == 1 || first.isEmpty()) { // the header, a blank line
                    continue;
                }
                try {
                    days.add(LocalDate.parse(first));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(source + ":" + number + ": '" + first
                            + "' is not a date like 2026-12-25", e);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return days;
    }

    /** A calendar in which time always runs. */
    enum RoundTheClock implements BusinessCalendar {
        /** The one round-the-clock calendar ({@link BusinessCalendar#roundTheClock()}). */
        INSTANCE;

        @Override
        public Instant plus(Instant start, Duration workingTime) {
            return start.plus(workingTime);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        @Override
        public String toString() {
            return "round the clock";
        }
    }

    /** The default calendar, loaded once. */
    final class EnglandAndWales {
        static final BusinessCalendar CALENDAR = load();

        private EnglandAndWales() {
        }

        private static BusinessCalendar load() {
            java.io.InputStream in = BusinessCalendar.class.getResourceAsStream("/" + ENGLAND_AND_WALES_HOLIDAYS);
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + ENGLAND_AND_WALES_HOLIDAYS);
            }
            Set<LocalDate> holidays = holidays(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                    ENGLAND_AND_WALES_HOLIDAYS);
            return new WorkingHours(ZoneId.of("Europe/London"), LocalTime.of(9, 0), LocalTime.of(17, 30),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, "office hours in England and Wales");
        }
    }

    /** Office hours in one time zone, with holidays. */
    final class WorkingHours implements BusinessCalendar {
        private final ZoneId zone;
        private final LocalTime open;
        private final LocalTime close;
        private final Set<DayOfWeek> days;
        private final Set<LocalDate> holidays;
        private final String name;

        private WorkingHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days,
                             Set<LocalDate> holidays) {
            this(zone, open, close, days, holidays, null);
        }

        private WorkingHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days,
                             Set<LocalDate> holidays, String name) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.open = Objects.requireNonNull(open, "open");
            this.close = Objects.requireNonNull(close, "close");
            if (!close.isAfter(open)) {
                throw new IllegalArgumentException("close (" + close + ") must be after open (" + open + ")");
            }
            if (days.isEmpty()) {
                throw new IllegalArgumentException("days: at least one working day is needed");
            }
            this.days = Set.copyOf(EnumSet.copyOf(days));
            this.holidays = Set.copyOf(holidays);
            this.name = name;
        }

        @Override
        public boolean isWorkingCalendar() {
            return true;
        }

        @Override
        public Duration days(Duration target) {
            // A day of the target is one working day: scale by the working day's share of 24 hours.
            Duration day = Duration.between(open, close);
            return Duration.ofSeconds(Math.multiplyExact(target.toSeconds(), day.toSeconds()) / Duration.ofDays(1).toSeconds());
        }

        private boolean isWorkingDay(LocalDate day) {
            return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
        }

        private Instant at(LocalDate day, LocalTime time) {
            return ZonedDateTime.of(day, time, zone).toInstant();
        }

        @Override
        public Instant plus(Instant start, Duration workingTime) {
            if (workingTime.isNegative()) {
                throw new IllegalArgumentException("workingTime must not be negative, was " + workingTime);
            }
            Duration remaining = workingTime;
            LocalDate day = LocalDate.ofInstant(start, zone);
            Instant cursor = start;
            // Bounded: each pass consumes one calendar day; a year of holidays in a row is absurd.
            for (int guard = 0; guard < 366 * 50; guard++, day = day.plusDays(1)) {
                if (!isWorkingDay(day)) {
                    continue;
                }
                Instant dayOpen = at(day, open);
                Instant dayClose = at(day, close);
                Instant from = cursor.isAfter(dayOpen) ? cursor : dayOpen;
                if (!from.isBefore(dayClose)) {
                    continue;
                }
                Duration available = Duration.between(from, dayClose);
                if (available.compareTo(remaining) >= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
                cursor = dayClose;
            }
            throw new IllegalStateException("no working time found within 50 years of " + start);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            if (!to.isAfter(from)) {
                return Duration.ZERO;
            }
            Duration total = Duration.ZERO;
            LocalDate last = LocalDate.ofInstant(to, zone);
            for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
                if (!isWorkingDay(day)) {
                    continue;
                }
                Instant start = max(from, at(day, open));
                Instant end = min(to, at(day, close));
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            return total;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        /**
         * The zone whose local time the hours are in.
         *
         * @return the zone
         */
        public ZoneId zone() {
            return zone;
        }

        /**
         * When the working day starts, local time.
         *
         * @return the opening time
         */
        public LocalTime open() {
            return open;
        }

        /**
         * When the working day ends, local time.
         *
         * @return the closing time
         */
        public LocalTime close() {
            return close;
        }

        /**
         * The working days of the week.
         *
         * @return the working days, unmodifiable
         */
        public Set<DayOfWeek> workingDays() {
            return days;
        }

        /**
         * The dates on which no one works, whatever the day of the week.
         *
         * @return the holidays, unmodifiable
         */
        public Set<LocalDate> holidays() {
            return holidays;
        }

        @Override
        public String toString() {
            return (name == null ? "" : name + ": ") + "working hours " + open + "-" + close + " " + zone + " on " + days + ", " + holidays.size() + " holidays";
        }
    }
}
