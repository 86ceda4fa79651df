package io.welt.complaints.rules;

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
 * The hours in which service-level clocks run. By default they run round the clock; a helpdesk
 * that works office hours configures {@link #workingHours}.
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

    /** The instant at which {@code workingTime} of working time has passed since {@code start}. */
    Instant plus(Instant start, Duration workingTime);

    /** The working time between {@code from} and {@code to}; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);

    /** Clocks that never stop. */
    static BusinessCalendar roundTheClock() {
        return RoundTheClock.INSTANCE;
    }

    /**
     * Clocks that run from {@code open} to {@code close} local time on {@code days}, except on
     * {@code holidays}.
     *
     * @throws IllegalArgumentException when {@code close} is not after {@code open} or no day is a working day
     */
    static BusinessCalendar workingHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days,
                                         Set<LocalDate> holidays) {
        return new WorkingHours(zone, open, close, days, holidays);
    }

    /** A calendar in which time always runs. */
    enum RoundTheClock implements BusinessCalendar {
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

    /** Office hours in one time zone, with holidays. */
    final class WorkingHours implements BusinessCalendar {
        private final ZoneId zone;
        private final LocalTime open;
        private final LocalTime close;
        private final Set<DayOfWeek> days;
        private final Set<LocalDate> holidays;

        private WorkingHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days,
                             Set<LocalDate> holidays) {
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

        @Override
        public String toString() {
            return "working hours " + open + "-" + close + " " + zone + " on " + days + ", " + holidays.size() + " holidays";
        }
    }
}
