package io.welt.complaints.rules.report;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.ActionSuperseded;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.CustomerRecovery;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.RootCauseReopened;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.Rejection;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The assessment as one self-contained HTML page for a manager: the summary, the problems (each
 * with its likely source, its findings as views, its escalation and who holds it, its options ranked
 * against doing nothing with the MONITOR baseline marked and options already in place marked with
 * their action, the decision taken, its complaints in the customers' words, the contacts with them
 * and the evidence filed), a Pareto chart of the complaints by defect, the complaints over time per
 * product line with the findings marked, the findings, the escalations by level with who holds
 * them, the corrective actions' verdicts, the deadline warnings, the contact log and evidence, and
 * the records rejected. No script, no external style, font or image: the charts are inline SVG ({@link Svg}).
 * Every value from the input is escaped ({@link Html}). The markup is also well-formed XML, it
 * reads on a 375-pixel phone (tables turn into cards) and prints on A4 (no row cut across pages,
 * charts within the page). Same assessment, same bytes: times are in UTC, lists in the assessment's
 * order, and nothing depends on the machine's locale, zone or clock.
 */
final class HtmlReport {

    /** Rows shown per table; the rest are counted and left to {@code --format json}. */
    static final int MAX_ROWS = 500;
    /** Complaints listed under one finding. */
    static final int MAX_FINDING_COMPLAINTS = 50;
    /** Bars of the Pareto chart; the rarer defects share the last. */
    private static final int PARETO_BARS = 15;
    /** Lanes of the chart over time; the smaller product lines share the last. */
    private static final int LANES = 8;
    private static final String NO_LINE = "(no product line)";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Assessment assessment;
    private final Currency currency;
    private final Presentation presentation;
    private final DateTimeFormatter when;
    /** The section being made; drained to {@link #sink} after each section when there is one. */
    private final StringBuilder out = new StringBuilder();
    /** Where the page goes as it is made; null when the page is kept whole for {@link #render}. */
    private final java.io.Writer sink;
    /** F1, F2, ... in the order of the findings. */
    private final Map<String, String> findingTags = new HashMap<>();
    /** P1, P2, ... in the order of the problems. */
    private final Map<String, String> problemTags = new HashMap<>();

    private HtmlReport(Assessment assessment, Currency currency, Presentation presentation, java.io.Writer sink) {
        this.assessment = assessment;
        this.sink = sink;
        this.currency = currency;
        this.presentation = presentation;
        this.when = presentation.utc() ? WHEN : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT)
                .withZone(presentation.zone());
        List<RepeatFinding> findings = assessment.findings();
        for (int i = 0; i < findings.size(); i++) {
            findingTags.put(findings.get(i).id(), "F" + (i + 1));
        }
        List<Problem> problems = assessment.problems();
        for (int i = 0; i < problems.size(); i++) {
            problemTags.put(problems.get(i).id(), "P" + (i + 1));
        }
    }

    /** The page for an assessment of a log whose money is in {@code currency}. */
    static String render(Assessment assessment, Currency currency) {
        return render(assessment, currency, Presentation.DEFAULT);
    }

    /**
     * The page for an assessment of a log whose money is in {@code currency}, its times in the zone of
     * {@code presentation}, under its title, each defect code beside its taxonomy name.
     */
    static String render(Assessment assessment, Currency currency, Presentation presentation) {
        HtmlReport report = new HtmlReport(assessment, currency, presentation, null);
        report.page();
        return report.out.toString();
    }

    /**
     * Writes the same page as {@link #render(Assessment, Currency, Presentation)} to {@code to} as it is
     * made, a section at a time: only the section being made is held, never the page. (The problems and
     * the findings sections list every problem and finding, so they grow with the log; the other tables
     * stop at {@link #MAX_ROWS}.)
     *
     * @throws java.io.IOException when {@code to} cannot be written
     */
    static void write(Assessment assessment, Currency currency, Presentation presentation, java.io.Writer to)
            throws java.io.IOException {
        HtmlReport report = new HtmlReport(assessment, currency, presentation, to);
        try {
            report.page();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Hands the section made so far to the sink, when the page is streamed. */
    private void drain() {
        if (sink == null) {
            return;
        }
        try {
            sink.append(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.setLength(0);
    }

    /** " since 2026-02-02" for the action of this id, as the reports say when an option is already in place. */
    private String since(String actionId) {
        return assessment.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .map(a -> " since " + a.effectiveFrom()).orElse("");
    }

    /** A whole number with thousands separators, as the report shows counts: 12,480. */
    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private void page() {
        String organisation = presentation.title() == null ? "" : ": " + presentation.title();
        String title = "Complaint assessment" + organisation + " as of " + when.format(assessment.asOf())
                + (presentation.utc() ? " UTC" : "");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.text(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<div class=\"wrap\">\n<header>\n<h1>Complaint assessment")
                .append(presentation.title() == null ? "" : "<span class=\"org\">" + Html.text(presentation.title())
                        + "</span>").append("</h1>\n")
                .append("<p class=\"meta\">As of ").append(time(assessment.asOf()))
                .append(presentation.utc() ? " (all times UTC)" : " (all times " + Html.text(presentation.zone().getId())
                        + ", with their offset from UTC)").append(" · money in ").append(currency.getCurrencyCode())
                .append("</p>\n").append(period())
                .append("<nav><a href=\"#summary\">Summary</a> <a href=\"#problems\">Problems</a> ")
                .append("<a href=\"#charts\">Charts</a> <a href=\"#safety\">Safety</a> ")
                .append("<a href=\"#findings\">Findings</a> <a href=\"#escalations\">Escalations</a> ")
                .append("<a href=\"#actions\">Corrective actions</a> <a href=\"#warnings\">Warnings</a> ")
                .append("<a href=\"#people\">Contacts and evidence</a> ")
                .append("<a href=\"#rejected\">Rejected records</a></nav>\n</header>\n<main>\n");
        drain();
        for (Runnable section : List.<Runnable>of(this::summary, this::problems, this::charts, this::safety,
                this::findings, this::escalations, this::actions, this::warnings, this::people, this::rejected)) {
            section.run();
            drain();
        }
        out.append("</main>\n<footer><p>Made by <code>complaints assess --format html</code> as of ")
                .append(time(assessment.asOf())).append(". The same input and the same --as-of give the same page;")
                .append(" <code>--format json</code> holds every figure and the audit trail.</p></footer>\n")
                .append("</div>\n</body>\n</html>\n");
        drain();
    }

    /** The period the log covers: its first and its last complaint received. */
    private String period() {
        Optional<Instant> first = assessment.complaints().stream().map(Complaint::receivedAt)
                .min(Comparator.naturalOrder());
        Optional<Instant> last = assessment.complaints().stream().map(Complaint::receivedAt)
                .max(Comparator.naturalOrder());
        if (first.isEmpty()) {
            return "<p class=\"meta period\">Period covered: no complaint received.</p>\n";
        }
        return "<p class=\"meta period\">Period covered: complaints received from " + time(first.get()) + " to "
                + time(last.get()) + "</p>\n";
    }

    /** A deadline, marked "overdue by ..." when the clock has passed it. */
    private String deadline(Instant due) {
        String late = Presentation.overdue(due, assessment.asOf());
        return time(due) + (late == null ? "" : " <span class=\"overdue\">overdue by " + late + "</span>");
    }

    /** A defect's taxonomy name with its code, "Lining wear (LINING_WEAR)"; the code alone when the taxonomy lacks it. */
    private String defectName(String code) {
        if (code == null) {
            return "all defects";
        }
        return presentation.defectName(code).map(name -> Html.text(name) + " <code>" + Html.text(code) + "</code>")
                .orElse(Html.text(code));
    }

    // ---------------------------------------------------------------- summary

    private void summary() {
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        card(assessment.complaints().size(), "complaints assessed", null);
        card(assessment.rejected().size(), "records rejected", assessment.rejected().isEmpty() ? null : "warn");
        card(assessment.problems().size(), "problems", assessment.problems().isEmpty() ? null : "alert");
        card(assessment.findings().size(), "findings", null);
        card(assessment.escalations().size(), "escalations", null);
        card(assessment.warnings().size(), "deadline warnings", null);
        card(assessment.actions().size(), "corrective actions", null);
        out.append("</div>\n<div class=\"breakdown\">\n");

        Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
        assessment.severities().values().forEach(s -> severities.merge(s.severity(), 1, Integer::sum));
        List<String> bySeverity = new ArrayList<>();
        for (Severity severity : reversed(Severity.values())) {
            bySeverity.add(pair(badge("sev-" + severity.name(), severity.name()), severities.getOrDefault(severity, 0)));
        }
        breakdown("Complaints by severity", bySeverity);

        Map<EscalationLevel, Integer> levels = new EnumMap<>(EscalationLevel.class);
        assessment.escalations().forEach(e -> levels.merge(e.level(), 1, Integer::sum));
        List<String> byLevel = new ArrayList<>();
        for (EscalationLevel level : reversed(EscalationLevel.values())) {
            if (levels.containsKey(level)) {
                byLevel.add(pair(badge("lvl-" + level.name(), level.name()), levels.get(level)));
            }
        }
        breakdown("Escalations by level", byLevel);

        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        assessment.actions().forEach(a -> assessment.verification(a.id())
                .ifPresent(v -> verdicts.merge(v.verdict(), 1, Integer::sum)));
        List<String> byVerdict = new ArrayList<>();
        verdicts.forEach((verdict, n) -> byVerdict.add(pair(badge("ver-" + verdict.name(), verdict.name()), n)));
        breakdown("Corrective actions by verdict", byVerdict);
        out.append("</div>\n</section>\n");
    }

    private void card(int number, String label, String tone) {
        out.append("<div class=\"card").append(tone == null ? "" : " " + tone).append("\"><span class=\"n\">")
                .append(count(number)).append("</span> <span class=\"l\">").append(label).append("</span></div>\n");
    }

    /** A badge and its number, kept on one line. */
    private static String pair(String badge, int number) {
        return "<span class=\"pair\">" + badge + " " + count(number) + "</span>";
    }

    private void breakdown(String title, List<String> items) {
        out.append("<p><span class=\"bl\">").append(title).append(":</span> ")
                .append(items.isEmpty() ? "none" : String.join(" ", items)).append("</p>\n");
    }

    // ---------------------------------------------------------------- charts

    private void charts() {
        out.append("<section id=\"charts\">\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        out.append("<figure>\n<figcaption>Complaints by defect, most frequent first (Pareto)</figcaption>\n");
        if (assessment.complaints().isEmpty()) {
            out.append("<p class=\"empty\">No complaints to chart.</p>\n");
        } else {
            out.append(pareto()).append('\n').append("<p class=\"legend\"><span class=\"pair\"><span class=\"key k-bar\"></span>")
                    .append(" complaints</span> <span class=\"pair\"><span class=\"key k-cum\"></span> cumulative share</span>")
                    .append(" <span class=\"pair\"><span class=\"key k-80\"></span> 80% of all complaints</span></p>\n");
        }
        out.append("</figure>\n<figure>\n<figcaption>Complaints over time per product line, findings marked</figcaption>\n");
        if (assessment.complaints().isEmpty()) {
            out.append("<p class=\"empty\">No complaints to chart.</p>\n");
        } else {
            Timeline timeline = new Timeline();
            out.append(timeline.svg()).append('\n').append("<p class=\"legend\"><span class=\"pair\"><span class=\"key k-bar\">")
                    .append("</span> complaints per ").append(timeline.unit.word).append("</span> <span class=\"pair\">")
                    .append("<span class=\"key k-band\"></span> the time window of a finding</span> (F1, F2, ... under")
                    .append(" Findings)</p>\n");
        }
        out.append("</figure>\n</div>\n</section>\n");
    }

    /** Horizontal bars, one per defect, the largest first, with the cumulative share as a line. */
    private String pareto() {
        Map<String, Integer> counts = new TreeMap<>();
        assessment.complaints().forEach(c -> counts.merge(c.defect(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> bars = new ArrayList<>(counts.entrySet());
        bars.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (bars.size() > PARETO_BARS) {
            List<Map.Entry<String, Integer>> rest = bars.subList(PARETO_BARS - 1, bars.size());
            int others = rest.stream().mapToInt(Map.Entry::getValue).sum();
            String label = "other (" + rest.size() + " defects)";
            bars = new ArrayList<>(bars.subList(0, PARETO_BARS - 1));
            bars.add(Map.entry(label, others));
        }
        int total = assessment.complaints().size();
        int max = bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        // The bars and their counts on the left, the cumulative share in a band of its own on the right: the
        // line never crosses a bar's label.
        double width = 480;
        double x0 = 132;
        double x1 = 312;
        double c0 = 336;
        double c1 = 436;
        double top = 24;
        double row = 20;
        double bottom = top + bars.size() * row;
        String description = bars.stream().limit(5).map(e -> e.getKey() + " " + e.getValue() + " ("
                + percent(e.getValue(), total) + ")").collect(Collectors.joining(", "));
        Svg svg = new Svg(width, bottom + 22, "pareto", "Complaints by defect", total + " complaints; "
                + description);
        svg.text(x0, 14, "complaints", "small", Svg.Anchor.START)
                .text(width, 14, "cumulative", "small", Svg.Anchor.END)
                .line(c0, top - 4, c0, bottom, "axis");
        double x80 = c0 + 0.8 * (c1 - c0);
        svg.line(x80, top - 4, x80, bottom, "p80").text(x80, bottom + 14, "80%", "small", Svg.Anchor.MIDDLE);
        List<double[]> cumulative = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < bars.size(); i++) {
            String defect = bars.get(i).getKey();
            int count = bars.get(i).getValue();
            sum += count;
            double y = top + i * row + row / 2;
            double length = (x1 - x0) * count / max;
            String number = count(count);
            boolean inside = length > 6 * number.length() + 10;
            String name = presentation.defectName(defect).orElse(defect);
            svg.text(x0 - 5, y + 4, shortened(name, 21), "label", Svg.Anchor.END)
                    .rect(x0, y - 7, length, 14, "bar", name + (name.equals(defect) ? "" : " (" + defect + ")") + ": "
                            + number + " complaints (" + percent(count, total) + ")")
                    .text(inside ? x0 + length - 4 : x0 + length + 4, y + 4, number, inside ? "count in" : "count",
                            inside ? Svg.Anchor.END : Svg.Anchor.START)
                    .text(width, y + 4, percent(sum, total), "small", Svg.Anchor.END);
            cumulative.add(new double[] {c0 + (c1 - c0) * sum / total, y});
        }
        svg.polyline(cumulative, "cum");
        for (int i = 0; i < cumulative.size(); i++) {
            double[] point = cumulative.get(i);
            svg.circle(point[0], point[1], 3, "cum-dot", null);
        }
        return svg.toString();
    }

    /** The buckets of the chart over time. */
    private enum Unit {
        DAY("day", ChronoUnit.DAYS), WEEK("week", ChronoUnit.WEEKS), MONTH("month", ChronoUnit.MONTHS);

        final String word;
        final ChronoUnit chrono;

        Unit(String word, ChronoUnit chrono) {
            this.word = word;
            this.chrono = chrono;
        }

        LocalDate start(Instant instant) {
            LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }
    }

    /** One lane per product line (the largest first), a bar per day, week or month, findings as bands. */
    private final class Timeline {
        private static final double WIDTH = 360;
        private static final double X0 = 2;
        private static final double LABEL = 18;
        private static final double STRIP = 36;
        private static final double LANE = LABEL + STRIP + 10;

        final Unit unit;
        private final LocalDate start;
        private final int buckets;
        private final double bucketWidth;

        Timeline() {
            Instant first = assessment.complaints().stream().map(Complaint::receivedAt).min(Comparator.naturalOrder())
                    .orElseThrow();
            Instant last = assessment.complaints().stream().map(Complaint::receivedAt).max(Comparator.naturalOrder())
                    .orElseThrow();
            long days = ChronoUnit.DAYS.between(first, last);
            unit = days <= 62 ? Unit.DAY : days <= 731 ? Unit.WEEK : Unit.MONTH;
            start = unit.start(first);
            buckets = (int) index(last) + 1;
            bucketWidth = (WIDTH - 2 * X0) / buckets;
        }

        private long index(Instant instant) {
            return unit.chrono.between(start, unit.start(instant));
        }

        private double x(LocalDate day) {
            return X0 + (double) ChronoUnit.DAYS.between(start, day) / days(buckets) * (WIDTH - 2 * X0);
        }

        private long days(int count) {
            return ChronoUnit.DAYS.between(start, start.plus(count, unit.chrono));
        }

        String svg() {
            Map<String, int[]> perLine = new TreeMap<>();
            for (Complaint complaint : assessment.complaints()) {
                perLine.computeIfAbsent(line(complaint), k -> new int[buckets])[(int) index(complaint.receivedAt())]++;
            }
            List<String> lines = new ArrayList<>(perLine.keySet());
            lines.sort(Comparator.comparingInt((String l) -> -sum(perLine.get(l))).thenComparing(l -> l));
            Map<String, String> laneOf = new LinkedHashMap<>();
            Map<String, int[]> lanes = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                boolean own = i < LANES - 1 || lines.size() == LANES;
                String lane = own ? lines.get(i) : "other lines (" + (lines.size() - LANES + 1) + ")";
                laneOf.put(lines.get(i), lane);
                int[] counts = lanes.computeIfAbsent(lane, k -> new int[buckets]);
                int[] line = perLine.get(lines.get(i));
                for (int b = 0; b < buckets; b++) {
                    counts[b] += line[b];
                }
            }
            Map<String, Set<RepeatFinding>> findingsOf = new HashMap<>();
            for (RepeatFinding finding : assessment.findings()) {
                for (String id : finding.complaintIds()) {
                    assessment.complaint(id).ifPresent(c -> findingsOf.computeIfAbsent(laneOf.get(line(c)),
                            k -> new LinkedHashSet<>()).add(finding));
                }
            }
            int max = lanes.values().stream().mapToInt(c -> java.util.Arrays.stream(c).max().orElse(0)).max().orElse(1);
            double top = 4;
            double axis = top + lanes.size() * LANE;
            Svg svg = new Svg(WIDTH, axis + 20, "timeline", "Complaints over time per product line",
                    assessment.complaints().size() + " complaints per " + unit.word + " from " + start + " on "
                            + lanes.size() + " lanes; " + assessment.findings().size() + " findings marked");
            ticks(svg, top, axis);
            int j = 0;
            for (Map.Entry<String, int[]> lane : lanes.entrySet()) {
                double y = top + j++ * LANE;
                double strip = y + LABEL;
                double base = strip + STRIP;
                List<RepeatFinding> marked = new ArrayList<>(findingsOf.getOrDefault(lane.getKey(), Set.of()));
                svg.text(X0, y + 13, lane.getKey() + " · " + count(sum(lane.getValue()))
                        + (marked.isEmpty() ? "" : " · " + tags(marked, 4)), "label", Svg.Anchor.START);
                svg.rect(X0, strip, WIDTH - 2 * X0, STRIP, "lane", null);
                for (List<RepeatFinding> overlapping : overlapping(marked)) {
                    RepeatFinding first = overlapping.get(0);
                    Instant from = overlapping.stream().map(RepeatFinding::from).min(Comparator.naturalOrder()).orElseThrow();
                    Instant to = overlapping.stream().map(RepeatFinding::to).max(Comparator.naturalOrder()).orElseThrow();
                    double x1 = x(unit.start(from));
                    double x2 = x(unit.start(to).plus(1, unit.chrono));
                    svg.rect(x1, strip, x2 - x1, STRIP, "band", overlapping.size() == 1
                            ? findingTags.get(first.id()) + ": " + first.scope() + " " + first.key() + ", "
                                    + defect(first) + ", " + first.size() + " complaints, " + WHEN.format(from) + " to "
                                    + WHEN.format(to)
                            : tags(overlapping, 8) + ": findings between " + WHEN.format(from) + " and " + WHEN.format(to));
                }
                int[] counts = lane.getValue();
                double bar = Math.max(1, bucketWidth * 0.8);
                for (int b = 0; b < buckets; b++) {
                    if (counts[b] == 0) {
                        continue;
                    }
                    double height = Math.max(2, (STRIP - 4) * counts[b] / max);
                    LocalDate bucket = start.plus(b, unit.chrono);
                    svg.rect(x(bucket) + (bucketWidth - bar) / 2, base - height, bar, height, "bar", lane.getKey() + ", "
                            + unit.word + " of " + bucket + ": " + counts[b] + (counts[b] == 1 ? " complaint" : " complaints"));
                }
                svg.line(X0, base, WIDTH - X0, base, "base");
            }
            return svg.toString();
        }

        /**
         * The findings in groups whose time windows (widened to whole buckets) overlap, each group
         * drawn as one band: a hundred findings on one line stay a light shade, not a solid block.
         */
        private List<List<RepeatFinding>> overlapping(List<RepeatFinding> findings) {
            List<RepeatFinding> byStart = new ArrayList<>(findings);
            byStart.sort(Comparator.comparing(RepeatFinding::from).thenComparing(RepeatFinding::id));
            List<List<RepeatFinding>> groups = new ArrayList<>();
            LocalDate end = null;
            for (RepeatFinding finding : byStart) {
                LocalDate from = unit.start(finding.from());
                LocalDate to = unit.start(finding.to()).plus(1, unit.chrono);
                if (end == null || from.isAfter(end)) {
                    groups.add(new ArrayList<>());
                    end = to;
                } else if (to.isAfter(end)) {
                    end = to;
                }
                groups.get(groups.size() - 1).add(finding);
            }
            return groups;
        }

        /** Grid lines and dates along the bottom, far enough apart to read. */
        private void ticks(Svg svg, double top, double axis) {
            LocalDate end = start.plus(buckets, unit.chrono);
            LocalDate tick = switch (unit) {
                case DAY -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                case WEEK -> start.with(TemporalAdjusters.firstDayOfNextMonth());
                case MONTH -> start.with(TemporalAdjusters.firstDayOfNextYear());
            };
            double lastLabel = -100;
            for (; !tick.isAfter(end); tick = switch (unit) {
                case DAY -> tick.plusWeeks(1);
                case WEEK -> tick.plusMonths(1);
                case MONTH -> tick.plusMonths(6);
            }) {
                double x = x(tick);
                svg.line(x, top, x, axis, "grid");
                if (x - lastLabel >= 50 && x >= 22 && x <= WIDTH - 22) {
                    svg.text(x, axis + 14, unit == Unit.WEEK ? tick.toString().substring(0, 7) : tick.toString(),
                            "small", Svg.Anchor.MIDDLE);
                    lastLabel = x;
                }
            }
        }
    }

    /** The tags of {@code findings}, at most {@code shown} of them: "F1, F7 and 12 more". */
    private String tags(List<RepeatFinding> findings, int shown) {
        List<RepeatFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(f -> Integer.parseInt(findingTags.get(f.id()).substring(1))));
        String tags = sorted.stream().limit(shown).map(f -> findingTags.get(f.id())).collect(Collectors.joining(", "));
        return sorted.size() > shown ? tags + " and " + (sorted.size() - shown) + " more" : tags;
    }

    private static String line(Complaint complaint) {
        return complaint.productLine() == null ? NO_LINE : complaint.productLine();
    }

    /** {@code text} cut to {@code length} characters with an ellipsis, for a chart's label column. */
    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    // ---------------------------------------------------------------- problems

    private void problems() {
        List<Problem> problems = assessment.problems();
        section("problems", "Problems", problems.size(), "No repeated problem found.");
        for (Problem problem : problems) {
            String tag = problemTags.get(problem.id());
            out.append("<article class=\"finding problem\" id=\"").append(tag.toLowerCase(Locale.ROOT))
                    .append("\">\n<h3><span class=\"tag\">").append(tag).append("</span> ")
                    .append(Html.text(problem.title())).append(' ')
                    .append(badge("sev-" + assessment.severityOf(problem).name(), assessment.severityOf(problem).name()));
            assessment.escalationOf(TargetType.PROBLEM, problem.id()).ifPresent(e -> out.append(' ')
                    .append(badge("lvl-" + e.level().name(), e.level().name())));
            out.append("</h3>\n<p><b>Defect:</b> ").append(defectName(problem.defect())).append("</p>\n<p><b>Likely source:</b> ").append(problem.sourceScope()).append(' ')
                    .append(Html.text(problem.sourceKey())).append(". ").append(Html.text(problem.likelySource().reason()))
                    .append("</p>\n<p class=\"meta\">").append(time(problem.from())).append(" to ")
                    .append(time(problem.to())).append(" · ").append(problem.size()).append(" complaints · rule ")
                    .append(rule(problem.rule())).append(" · id <code>").append(Html.text(problem.id()))
                    .append("</code></p>\n<p><b>Views:</b> ");
            List<String> views = new ArrayList<>();
            problem.findingIds().forEach(id -> views.add(findingLink(id)));
            out.append(String.join(", ", views));
            if (!problem.attachedFindingIds().isEmpty()) {
                List<String> attached = new ArrayList<>();
                problem.attachedFindingIds().forEach(id -> attached.add(findingLink(id)));
                out.append("; attached: ").append(String.join(", ", attached));
            }
            out.append("</p>\n");
            assessment.escalationOf(TargetType.PROBLEM, problem.id()).ifPresent(e -> out.append("<p><b>Escalated</b> to ")
                    .append(e.level()).append(", respond by ").append(deadline(e.due())).append(": ")
                    .append(holder(assessment.acknowledgementOf(e))).append("</p>\n"));
            problemOptions(assessment.systemicOptions(problem.id()));
            assessment.decision(problem.id()).ifPresent(this::decision);
            complaints(problem.complaintIds(), problem.size(), "complaints of this problem");
            List<Contact> contacts = assessment.contacts().stream()
                    .filter(c -> problem.complaintIds().contains(c.complaintId())).toList();
            if (!contacts.isEmpty()) {
                out.append("<h4>Contacts with its customers</h4>\n");
                contactTable(contacts);
            }
            Set<String> subjects = new LinkedHashSet<>(problem.complaintIds());
            subjects.add(problem.id());
            subjects.addAll(problem.findingIds());
            List<EvidenceItem> evidence = assessment.evidence().stream().filter(e -> subjects.contains(e.subject()))
                    .toList();
            if (!evidence.isEmpty()) {
                out.append("<h4>Evidence filed</h4>\n");
                evidenceTable(evidence);
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    private String findingLink(String findingId) {
        String tag = findingTags.get(findingId);
        return tag == null ? "<code>" + Html.text(findingId) + "</code>"
                : "<a href=\"#" + tag.toLowerCase(Locale.ROOT) + "\">" + tag + "</a> <code>" + Html.text(findingId)
                        + "</code>";
    }

    /** Who holds an escalation: "held by Dana since ...", or that nobody has acknowledged it. */
    private String holder(Optional<Acknowledgement> holder) {
        return holder.map(a -> "held by <b>" + Html.text(a.by()) + "</b> (" + a.level() + ") since "
                + time(a.acknowledgedAt()) + (a.note() == null ? "" : ": " + Html.text(a.note())))
                .orElse("<span class=\"neg\">not acknowledged</span>");
    }

    /**
     * The options of a problem in the assessment's rank order: the MONITOR row marked as the baseline,
     * an option below it marked as not beating doing nothing, one in place marked with its action.
     */
    private void problemOptions(List<SystemicOption> options) {
        if (options.isEmpty()) {
            out.append("<p class=\"meta\">Options for management: none (a repeat customer is recovered by the"
                    + " front line and its team leader, not costed).</p>\n");
            return;
        }
        String code = currency.getCurrencyCode();
        out.append("<h4>Options for management, ranked against doing nothing (MONITOR)</h4>\n");
        List<String[]> rows = new ArrayList<>();
        int rank = 1;
        boolean belowBaseline = false;
        for (SystemicOption option : options) {
            String note;
            String name = option.type().name();
            if (option.inPlace() != null) {
                note = badge("inplace", "in place: " + Html.text(option.inPlace())
                        + Html.text(since(option.inPlace())));
            } else if (option.isBaseline()) {
                name = "<b>" + name + "</b> " + badge("baseline", "baseline");
                note = "doing nothing, keep watching: the others are measured against it";
                belowBaseline = true;
            } else if (option.safetyFirst()) {
                note = "<b>safety first</b> · " + Html.text(option.feasibility());
            } else if (belowBaseline || !option.beatsBaseline()) {
                note = "does not beat doing nothing · " + Html.text(option.feasibility());
            } else {
                note = Html.text(option.feasibility());
            }
            rows.add(new String[] {Integer.toString(rank++), name, money(option.netBenefit()), money(option.cost()),
                    money(option.benefit()), option.isBaseline() ? "—" : option.paybackDays() == null
                            ? "does not pay back" : option.paybackDays() + " days", note});
        }
        table("options", new String[] {"#", "Option", "Net benefit (" + code + ")", "Cost (" + code + ")",
                "Benefit (" + code + ")", "Payback", "Note"}, new boolean[] {true, false, true, true, true, true,
                false}, rows, rows.size(), null);
        howCosted(options);
    }

    private void decision(Decision d) {
        out.append("<p class=\"decision\"><b>Decision:</b> ").append(d.option()).append(", by <b>")
                .append(Html.text(d.by())).append("</b> on ").append(time(d.decidedAt()))
                .append(d.actionId() == null ? "" : ", carried out by " + Html.text(d.actionId()))
                .append(d.rationale() == null ? "" : ". Rationale: <q>" + Html.text(d.rationale()) + "</q>")
                .append("</p>\n");
    }

    private void contactTable(List<Contact> contacts) {
        List<String[]> rows = new ArrayList<>();
        for (Contact c : contacts.stream().limit(MAX_ROWS).toList()) {
            rows.add(new String[] {"<b>" + Html.text(c.complaintId()) + "</b>", time(c.at()), c.kind().name(),
                    c.channel() == null ? "" : c.channel().name(), Html.text(c.by()), Html.text(c.outcome()),
                    Html.text(c.note())});
        }
        table("contacts", new String[] {"Complaint", "When", "Kind", "Channel", "By", "Outcome", "Note"}, null, rows,
                contacts.size(), "contacts");
    }

    private void evidenceTable(List<EvidenceItem> evidence) {
        List<String[]> rows = new ArrayList<>();
        for (EvidenceItem e : evidence.stream().limit(MAX_ROWS).toList()) {
            rows.add(new String[] {Html.text(e.subject()), e.kind().name(), "<code>" + Html.text(e.uri()) + "</code>",
                    Html.text(e.by()), time(e.at()), Html.text(e.note())});
        }
        table("evidence", new String[] {"About", "Kind", "Where it is kept", "Filed by", "When", "What it shows"},
                null, rows, evidence.size(), "pieces of evidence");
    }

    // ---------------------------------------------------------------- findings

    private void findings() {
        List<RepeatFinding> findings = assessment.findings();
        section("findings", "Findings", findings.size(), "No repeated problem found.");
        for (RepeatFinding finding : findings) {
            String tag = findingTags.get(finding.id());
            out.append("<article class=\"finding\" id=\"").append(tag.toLowerCase(Locale.ROOT)).append("\">\n<h3><span class=\"tag\">")
                    .append(tag).append("</span> ").append(finding.scope()).append(" · ").append(Html.text(finding.key()))
                    .append(" · ").append(defectName(finding.defect())).append(" <span class=\"count\">")
                    .append(finding.size()).append(" complaints</span>");
            assessment.escalationOf(TargetType.FINDING, finding.id()).ifPresent(e -> out.append(' ')
                    .append(badge("lvl-" + e.level().name(), e.level().name())));
            out.append("</h3>\n<p>").append(Html.text(finding.reason())).append("</p>\n<p class=\"meta\">")
                    .append(time(finding.from())).append(" to ").append(time(finding.to())).append(" · rule ")
                    .append(rule(finding.rule())).append(" · id <code>").append(Html.text(finding.id()))
                    .append("</code></p>\n");
            assessment.problemOf(finding.id()).ifPresent(p -> out.append("<p class=\"meta\">A view of problem <a href=\"#")
                    .append(problemTags.get(p.id()).toLowerCase(Locale.ROOT)).append("\">").append(problemTags.get(p.id()))
                    .append("</a>, where its options for management are.</p>\n"));
            options(finding, assessment.systemicOptions(finding.id()));
            if (finding.scope() == FindingScope.SIZE) {
                bySize(finding);
            }
            findingComplaints(finding);
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    /** Options proposed on a finding itself, by rules of one's own (the standard rules cost problems). */
    private void options(RepeatFinding finding, List<SystemicOption> options) {
        if (options.isEmpty()) {
            return;
        }
        String code = currency.getCurrencyCode();
        out.append("<h4>Options for management on this finding, in the rules' order</h4>\n");
        List<String[]> rows = new ArrayList<>();
        int rank = 1;
        for (SystemicOption option : options) {
            rows.add(new String[] {Integer.toString(rank++), option.type().name(), money(option.netBenefit()),
                    money(option.cost()), money(option.benefit()),
                    option.paybackDays() == null ? "never" : option.paybackDays() + " days",
                    Html.text(option.feasibility())});
        }
        table("options", new String[] {"#", "Option", "Net benefit (" + code + ")", "Cost (" + code + ")",
                "Benefit (" + code + ")", "Payback", "Feasibility"}, new boolean[] {true, false, true, true, true, true,
                false}, rows, rows.size(), null);
        howCosted(options);
    }

    /** Each option's arithmetic in words, under its table. */
    private void howCosted(List<SystemicOption> options) {
        out.append("<details><summary>How each option was costed</summary>\n<ol>\n");
        for (SystemicOption option : options) {
            out.append("<li><b>").append(option.type()).append("</b>: ").append(Html.text(option.reason()))
                    .append(" <span class=\"rule\">(").append(rule(option.rule())).append(")</span></li>\n");
        }
        out.append("</ol>\n</details>\n");
        // A closed <details> does not print: the same explanations, shown only on paper.
        out.append("<div class=\"print-only costed\"><p><b>How each option was costed</b></p>\n<ol>\n");
        for (SystemicOption option : options) {
            out.append("<li><b>").append(option.type()).append("</b>: ").append(Html.text(option.reason()))
                    .append(" <span class=\"rule\">(").append(rule(option.rule())).append(")</span></li>\n");
        }
        out.append("</ol>\n</div>\n");
    }

    private void findingComplaints(RepeatFinding finding) {
        complaints(finding.complaintIds(), finding.size(), "complaints of this finding");
    }

    private void complaints(List<String> complaintIds, int total, String what) {
        out.append("<h4>The complaints, in the customers' words</h4>\n");
        List<String[]> rows = new ArrayList<>();
        for (String id : complaintIds.stream().limit(MAX_FINDING_COMPLAINTS).toList()) {
            Optional<Complaint> found = assessment.complaint(id);
            if (found.isEmpty()) {
                rows.add(new String[] {Html.text(id), "", "", "", "", "", ""});
                continue;
            }
            Complaint c = found.get();
            rows.add(new String[] {Html.text(id), time(c.receivedAt()), Html.text(c.sku()),
                    Html.text(c.batchId()), severity(id), c.status() == null ? "" : c.status().name(),
                    "<span class=\"words\">" + Html.lines(c.description()) + "</span>"});
        }
        table("complaints", new String[] {"Complaint", "Received", "SKU", "Batch", "Severity", "Status",
                "Customer's words"}, null, rows, total, what);
    }

    /**
     * For a SIZE finding: the fit complaints (of the finding's defects) with a size, by size on the EU
     * scale and product line, for each line the finding spans, so that a reader sees whether one size
     * stands out or the whole run is off. The finding's size is in bold.
     */
    private void bySize(RepeatFinding finding) {
        java.util.Set<String> lines = new java.util.TreeSet<>();
        java.util.Set<String> defects = new java.util.HashSet<>();
        String findingSize = null;
        for (String id : finding.complaintIds()) {
            Optional<Complaint> c = assessment.complaint(id);
            if (c.isPresent()) {
                lines.add(line(c.get()));
                defects.add(c.get().defect());
                findingSize = c.get().euSizeLabel();
            }
        }
        java.util.SortedMap<java.math.BigDecimal, Map<String, Integer>> counts = new java.util.TreeMap<>();
        for (Complaint c : assessment.complaints()) {
            if (c.euSize() != null && defects.contains(c.defect()) && lines.contains(line(c))) {
                counts.computeIfAbsent(c.euSize(), k -> new HashMap<>()).merge(line(c), 1, Integer::sum);
            }
        }
        out.append("<h4>Fit complaints by size (").append(Html.text(String.join(", ", defects.stream().sorted().toList())))
                .append("), all dates</h4>\n");
        List<String> lineList = List.copyOf(lines);
        String[] headers = new String[lineList.size() + 2];
        boolean[] numeric = new boolean[headers.length];
        headers[0] = "Size";
        for (int i = 0; i < lineList.size(); i++) {
            headers[i + 1] = Html.text(lineList.get(i));
            numeric[i + 1] = true;
        }
        headers[headers.length - 1] = "All";
        numeric[headers.length - 1] = true;
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<java.math.BigDecimal, Map<String, Integer>> entry : counts.entrySet()) {
            String label = "EU " + entry.getKey().stripTrailingZeros().toPlainString();
            boolean marked = label.equals(findingSize);
            String[] row = new String[headers.length];
            row[0] = marked ? "<b>" + label + "</b>" : label;
            int all = 0;
            for (int i = 0; i < lineList.size(); i++) {
                int n = entry.getValue().getOrDefault(lineList.get(i), 0);
                all += n;
                row[i + 1] = marked ? "<b>" + n + "</b>" : Integer.toString(n);
            }
            row[row.length - 1] = marked ? "<b>" + all + "</b>" : Integer.toString(all);
            rows.add(row);
        }
        table("sizes", headers, numeric, rows, rows.size(), "sizes");
    }

    // ---------------------------------------------------------------- escalations

    private void escalations() {
        List<Escalation> escalations = assessment.escalations();
        section("escalations", "Escalations", escalations.size(), "Nothing is escalated.");
        Map<EscalationLevel, List<Escalation>> byLevel = new EnumMap<>(EscalationLevel.class);
        escalations.forEach(e -> byLevel.computeIfAbsent(e.level(), level -> new ArrayList<>()).add(e));
        for (EscalationLevel level : reversed(EscalationLevel.values())) {
            List<Escalation> atLevel = byLevel.getOrDefault(level, List.of());
            if (atLevel.isEmpty()) {
                continue;
            }
            out.append("<h3>").append(badge("lvl-" + level.name(), level.name())).append(" <span class=\"count\">")
                    .append(atLevel.size()).append("</span></h3>\n");
            List<String[]> rows = new ArrayList<>();
            for (Escalation e : atLevel.stream().limit(MAX_ROWS).toList()) {
                rows.add(new String[] {target(e.targetType(), e.target()), time(e.raisedAt()), deadline(e.due()),
                        Html.text(e.reason()) + " <span class=\"rule\">(" + rule(e.rule()) + ")</span>",
                        holder(assessment.acknowledgementOf(e)), offerFirst(e)});
            }
            table("escalations", new String[] {"Target", "Raised", "Respond by", "Why", "Held by", "Offer first"}, null,
                    rows,
                    atLevel.size(), "escalations at this level");
        }
        out.append("</section>\n");
    }

    private String target(TargetType type, String id) {
        String tag = type == TargetType.FINDING ? findingTags.get(id)
                : type == TargetType.PROBLEM ? problemTags.get(id) : null;
        String name = type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
        if (tag != null) {
            return name + " <a href=\"#" + tag.toLowerCase(Locale.ROOT) + "\">" + tag + "</a> <code>" + Html.text(id)
                    + "</code>";
        }
        return name + " <b>" + Html.text(id) + "</b>" + (type == TargetType.COMPLAINT ? " " + severity(id) : "");
    }

    private String offerFirst(Escalation escalation) {
        if (escalation.targetType() != TargetType.COMPLAINT) {
            return "";
        }
        return assessment.options(escalation.target()).stream().findFirst()
                .map(o -> o.type().name() + " (" + money(o.estimatedCost()) + " " + currency.getCurrencyCode() + ")")
                .orElse("");
    }

    /** The safety pathway of each open safety complaint: what to do at once, by when, and why. */
    private void safety() {
        List<SafetyAction> actions = assessment.safetyActions();
        long complaints = actions.stream().map(SafetyAction::complaintId).distinct().count();
        section("safety", "Safety actions", (int) complaints, "No open safety complaint.");
        List<String[]> rows = new ArrayList<>();
        for (SafetyAction a : actions.stream().limit(MAX_ROWS).toList()) {
            rows.add(new String[] {"<b>" + Html.text(a.complaintId()) + "</b> " + severity(a.complaintId()),
                    a.kind().name(), a.scope() + " " + Html.text(a.key()), deadline(a.due()),
                    Html.text(a.reason()) + " <span class=\"rule\">(" + rule(a.rule()) + ")</span>"});
        }
        table("safety", new String[] {"Complaint", "Step", "Applies to", "Due", "Why"}, null, rows, actions.size(),
                "safety actions");
        out.append("</section>\n");
    }

    // ---------------------------------------------------------------- actions, warnings, rejected

    private void actions() {
        List<CorrectiveAction> actions = assessment.actions();
        section("actions", "Corrective actions", actions.size(), "No corrective action in the log.");
        Map<String, List<RootCauseReopened>> reopened = new HashMap<>();
        assessment.reopenedRootCauses().forEach(r -> reopened.computeIfAbsent(r.actionId(), k -> new ArrayList<>()).add(r));
        List<String[]> rows = new ArrayList<>();
        for (CorrectiveAction action : actions.stream().limit(MAX_ROWS).toList()) {
            Optional<ActionVerification> verification = assessment.verification(action.id());
            StringBuilder why = new StringBuilder(verification.map(v -> Html.text(v.reason())).orElse(""));
            for (RootCauseReopened root : reopened.getOrDefault(action.id(), List.of())) {
                why.append("<br/><b>Root cause ").append(Html.text(root.rootCauseId())).append(" reopened:</b> ")
                        .append(Html.text(root.reason()));
            }
            for (ActionSuperseded superseded : assessment.conclusions(ActionSuperseded.class)) {
                if (superseded.supersededBy().equals(action.id())) {
                    why.append("<br/><b>Supersedes ").append(Html.text(superseded.actionId())).append(":</b> ")
                            .append(Html.text(superseded.reason()));
                }
            }
            for (CustomerRecovery recovery : assessment.conclusions(CustomerRecovery.class)) {
                if (recovery.actionId().equals(action.id())) {
                    why.append("<br/><b>Customers: ").append(recovery.recovery()).append(".</b> ")
                            .append(Html.text(recovery.reason()));
                }
            }
            rows.add(new String[] {"<b>" + Html.text(action.id()) + "</b>",
                    verification.map(v -> badge("ver-" + v.verdict().name(), v.verdict().name())).orElse("no verdict"),
                    action.scope() + " " + Html.text(action.key()), Html.text(action.defect()),
                    action.effectiveFrom().toString(),
                    verification.map(v -> Html.text(String.join(", ", v.recurrences()))).orElse(""), why.toString()});
        }
        table("actions", new String[] {"Action", "Verdict", "Scope", "Defect", "Effective from", "Recurrences", "Why"},
                null, rows, actions.size(), "actions");
        out.append("</section>\n");
    }

    private void warnings() {
        List<DeadlineWarning> warnings = assessment.warnings();
        section("warnings", "Deadline warnings", warnings.size(), "No deadline is about to be missed.");
        List<String[]> rows = new ArrayList<>();
        for (DeadlineWarning w : warnings.stream().limit(MAX_ROWS).toList()) {
            rows.add(new String[] {"<b>" + Html.text(w.complaintId()) + "</b> " + severity(w.complaintId()),
                    w.kind().name(), time(w.deadline()), w.usedPercent() + "%", Html.text(w.reason())});
        }
        table("warnings", new String[] {"Complaint", "Deadline for", "Due", "Time used", "Why"},
                new boolean[] {false, false, false, true, false}, rows, warnings.size(), "warnings");
        out.append("</section>\n");
    }

    private void people() {
        List<Contact> contacts = assessment.contacts();
        List<EvidenceItem> evidence = assessment.evidence();
        section("people", "Contacts and evidence", contacts.size() + evidence.size(),
                "No contact with a customer and no evidence recorded.");
        if (!contacts.isEmpty()) {
            out.append("<h3>Contact log <span class=\"count\">").append(contacts.size()).append("</span></h3>\n");
            contactTable(contacts);
        }
        if (!evidence.isEmpty()) {
            out.append("<h3>Evidence filed <span class=\"count\">").append(evidence.size()).append("</span></h3>\n");
            evidenceTable(evidence);
        }
        out.append("</section>\n");
    }

    private void rejected() {
        List<Rejection> rejected = assessment.rejected();
        section("rejected", "Rejected records", rejected.size(), "Every record was read.");
        List<String[]> rows = new ArrayList<>();
        for (Rejection r : rejected.stream().limit(MAX_ROWS).toList()) {
            rows.add(new String[] {Html.text(r.source()), Long.toString(r.line()), Html.text(r.id()),
                    Html.text(r.field()), Html.text(r.message())});
        }
        table("rejected", new String[] {"File", "Line", "Id", "Column", "Why"},
                new boolean[] {false, true, false, false, false}, rows, rejected.size(), "rejected records");
        out.append("</section>\n");
    }

    // ---------------------------------------------------------------- helpers

    /** A section's opening and heading; {@code none} stands in for an empty list (the section is then closed by the caller). */
    private void section(String id, String title, int size, String none) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(title)
                .append(size == 0 ? "" : " <span class=\"count\">" + size + "</span>").append("</h2>\n");
        if (size == 0) {
            out.append("<p class=\"empty\">").append(none).append("</p>\n");
        }
    }

    /**
     * A data table whose cells are HTML already escaped; each cell carries its column's name, which
     * a phone shows beside it. {@code total} larger than the rows given adds a line saying how many
     * {@code what} are left out.
     */
    private void table(String cssClass, String[] headers, boolean[] numeric, List<String[]> rows, int total,
                       String what) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("<table class=\"data ").append(cssClass).append("\">\n<thead><tr>");
        for (int i = 0; i < headers.length; i++) {
            out.append("<th").append(numeric != null && numeric[i] ? " class=\"num\"" : "").append(" scope=\"col\">")
                    .append(headers[i]).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                out.append("<td").append(numeric != null && numeric[i] ? " class=\"num\"" : "").append(" data-label=\"")
                        .append(headers[i]).append("\">").append(row[i]).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (total > rows.size()) {
            out.append("<p class=\"meta\">").append(rows.size()).append(" of ").append(total).append(' ').append(what)
                    .append(" shown; <code>--format json</code> lists them all.</p>\n");
        }
    }

    private String severity(String complaintId) {
        return assessment.severityAssessment(complaintId)
                .map(s -> badge("sev-" + s.severity().name(), s.severity().name())).orElse("");
    }

    private static String badge(String cssClass, String text) {
        return "<span class=\"badge " + cssClass + "\">" + text + "</span>";
    }

    private static String rule(String rule) {
        return "“" + Html.text(rule) + "”";
    }

    private static String defect(RepeatFinding finding) {
        return finding.defect() == null ? "all defects" : finding.defect();
    }

    private String time(Instant instant) {
        return instant == null ? "" : "<time datetime=\"" + instant + "\">" + when.format(instant) + "</time>";
    }

    /** An amount as a plain number; a negative one marked so that it shows red. */
    private static String money(Money money) {
        String amount = money.amount().toPlainString();
        return money.isNegative() ? "<span class=\"neg\">" + amount + "</span>" : amount;
    }

    private static <T> List<T> reversed(T[] values) {
        List<T> list = new ArrayList<>(List.of(values));
        Collections.reverse(list);
        return list;
    }

    /** The page's only style: no external font, image or sheet. Neither '<' nor '&' may appear in it. */
    private static final String STYLE = """
            :root { --ink: #1d232b; --muted: #5b6573; --line: #d5dbe2; --soft: #f3f5f8; --accent: #24539b;
              --bar: #3a6fb0; --mark: #d9822b; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            .wrap { max-width: 1180px; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
            h1 { font-size: 1.6rem; margin: .2rem 0; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            h4 { font-size: .95rem; margin: .9rem 0 .3rem; color: var(--muted); }
            p { margin: .3rem 0; }
            a { color: var(--accent); }
            code { font-size: .85em; overflow-wrap: anywhere; }
            .meta, .legend, footer { color: var(--muted); font-size: .88rem; }
            nav { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin: .6rem 0 0; font-size: .92rem; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .6rem; margin: .4rem 0 .8rem; }
            .card { border: 1px solid var(--line); border-radius: 8px; padding: .55rem .75rem; background: var(--soft); }
            .card .n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.1; }
            .card .l { color: var(--muted); font-size: .85rem; }
            .card.alert { border-color: var(--mark); background: #fdf3e8; }
            .card.warn { border-color: #c0392b; background: #fbeceb; }
            .breakdown p { margin: .35rem 0; }
            .bl { color: var(--muted); margin-right: .3rem; }
            .pair { white-space: nowrap; margin-right: .35rem; }
            .badge { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .75rem;
              font-weight: 600; letter-spacing: .02em; background: #9aa5b1; color: #fff; white-space: nowrap; vertical-align: .1em; }
            .sev-CRITICAL, .lvl-QUALITY_MANAGER, .lvl-CUSTOMER_SERVICE_MANAGER, .ver-INEFFECTIVE { background: #b3261e; }
            .sev-HIGH, .lvl-TEAM_LEADER { background: #c85a00; }
            .sev-MEDIUM, .ver-INCONCLUSIVE { background: #f0c24b; color: #3b2f00; }
            .sev-LOW, .lvl-FRONTLINE { background: #8a96a3; }
            .lvl-SENIOR_MANAGEMENT { background: #6a1b9a; }
            .ver-EFFECTIVE { background: #2e7d32; }
            .ver-IN_VERIFICATION { background: #24539b; }
            .count { color: var(--muted); font-weight: 400; font-size: .9em; }
            .tag { display: inline-block; min-width: 2.2em; text-align: center; background: var(--mark); color: #fff;
              border-radius: 4px; padding: 0 .3rem; font-size: .9em; }
            .rule { color: var(--muted); font-size: .85em; }
            .neg { color: #b3261e; }
            .badge.baseline { background: var(--soft); color: var(--ink); border: 1px solid var(--muted); }
            .badge.inplace { background: #e3f1e6; color: #1e5b2c; }
            .decision { background: var(--soft); padding: .4rem .6rem; }
            .empty { color: var(--muted); font-style: italic; }
            .charts { display: grid; grid-template-columns: 1fr; gap: 1.2rem; }
            figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: .7rem .8rem; }
            figcaption { font-weight: 600; margin-bottom: .4rem; }
            svg.chart { display: block; width: 100%; height: auto; max-width: 620px; margin: 0 auto; }
            svg.chart text { font-size: 11px; fill: var(--ink); font-family: inherit; }
            svg.chart text.small { font-size: 9.5px; fill: var(--muted); }
            svg.chart text.count { font-size: 10px; font-weight: 600; paint-order: stroke; stroke: #fff;
              stroke-width: 3px; stroke-linejoin: round; }
            svg.chart text.count.in { fill: #fff; stroke: none; }
            @media (min-width: 700px) {
              svg.chart text { font-size: 9.5px; }
              svg.chart text.small, svg.chart text.count { font-size: 8.5px; }
            }
            svg.chart .bar { fill: var(--bar); }
            svg.chart .lane { fill: var(--soft); }
            svg.chart .band { fill: var(--mark); fill-opacity: .25; stroke: var(--mark); stroke-width: 1; }
            svg.chart .cum { fill: none; stroke: var(--mark); stroke-width: 2; }
            svg.chart .cum-dot { fill: var(--mark); }
            svg.chart .p80 { stroke: #6b7580; stroke-width: 1; stroke-dasharray: 4 3; }
            svg.chart .axis { stroke: #c9d0d8; stroke-width: 1; }
            svg.chart .grid { stroke: #e1e5ea; stroke-width: 1; }
            svg.chart .base { stroke: #9aa5b1; stroke-width: 1; }
            .key { display: inline-block; width: 1.4em; height: .7em; margin: 0 .2rem 0 .6rem; vertical-align: middle; }
            .key.k-bar { background: var(--bar); }
            .key.k-cum { height: 0; border-top: 2px solid var(--mark); }
            .key.k-80 { height: 0; border-top: 1px dashed #6b7580; }
            .key.k-band { background: rgba(217, 130, 43, .3); border: 1px solid var(--mark); }
            .finding { border-left: 4px solid var(--mark); padding: .1rem 0 .4rem .9rem; margin: 1.2rem 0 1.6rem; }
            table.data { width: 100%; border-collapse: collapse; margin: .3rem 0 .6rem; font-size: .88rem; }
            table.data th, table.data td { text-align: left; vertical-align: top; padding: .35rem .5rem;
              border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
            table.data th { background: var(--soft); font-weight: 600; border-bottom: 2px solid var(--line); }
            table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .words { font-style: italic; }
            details { margin: .2rem 0 .6rem; font-size: .88rem; }
            .print-only { display: none; }
            .costed { font-size: .88rem; }
            .overdue { color: #a3162b; font-weight: 600; white-space: nowrap; }
            h1 .org { display: block; font-size: .62em; font-weight: 600; color: var(--muted); }
            summary { cursor: pointer; color: var(--accent); }
            details ol { padding-left: 1.4rem; }
            footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .6rem; }
            @media (min-width: 1024px) {
              .charts { grid-template-columns: 1fr 1fr; align-items: start; }
            }
            @media (max-width: 640px) {
              body { font-size: 15px; }
              .wrap { padding: .75rem .75rem 1.5rem; }
              h1 { font-size: 1.35rem; }
              table.data thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
              table.data, table.data tbody, table.data tr, table.data td { display: block; width: auto; }
              table.data tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 .6rem; padding: .3rem .6rem; }
              table.data td { display: flow-root; border: 0; padding: .2rem 0 .2rem 7.2rem; text-align: left; }
              table.data td.num { text-align: left; white-space: normal; }
              table.data td::before { content: attr(data-label); float: left; width: 6.7rem; margin-left: -7.2rem;
                color: var(--muted); font-weight: 600; }
              table.data td:empty { display: none; }
              figure { padding: .5rem; }
              .finding { padding-left: .6rem; }
            }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              body { font-size: 9.5pt; }
              .wrap { max-width: none; padding: 0; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
              tr, figure, .card, .finding > p { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              .charts { display: block; }
              figure { margin: 0 0 4mm; }
              svg.chart { max-width: 150mm; max-height: 165mm; }
              details { display: none; }
              .print-only { display: block; }
            }
            """;
}
