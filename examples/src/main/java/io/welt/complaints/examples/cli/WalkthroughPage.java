package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.Html;
import io.welt.complaints.rules.report.Presentation;
import io.welt.complaints.rules.report.Svg;

import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.Recurrence;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.Rejection;
import io.welt.complaints.rules.Walkthrough;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A replayed log as one self-contained page for a classroom's projector ({@code complaints explain
 * --format html}): a timeline (SVG) of the complaints, the conclusions, the deadlines and the verdicts; the
 * escalation ladder each complaint, finding or problem climbed; and every step with the rule that fired
 * and its reason. The page reads in full without script; a few lines of inline script let a trainer step
 * through it one conclusion at a time (the Next and Previous buttons, or the arrow keys), the timeline
 * showing only what has happened so far. Nothing is loaded from elsewhere, so it works offline.
 *
 * <pre>{@code
 * String page = WalkthroughPage.render("Lesson 2", steps, rejected, until, presentation);
 * }</pre>
 */
final class WalkthroughPage {

    private final List<Walkthrough.Step> steps;
    private final Presentation presentation;
    private final DateTimeFormatter when;
    private final StringBuilder out = new StringBuilder();

    private WalkthroughPage(List<Walkthrough.Step> steps, Presentation presentation) {
        this.steps = steps;
        this.presentation = presentation;
        this.when = DateTimeFormatter.ofPattern(presentation.utc() ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm xxx",
                Locale.ROOT).withZone(presentation.zone());
    }

    /**
     * The page of {@code steps}, replayed until {@code until}; {@code rejected} are the records left out, listed
     * at its end.
     */
    static String render(String heading, List<Walkthrough.Step> steps, List<Rejection> rejected, Instant until,
                         Presentation presentation) {
        WalkthroughPage page = new WalkthroughPage(steps, presentation);
        page.page(heading, rejected, until);
        return page.out.toString();
    }

    private void page(String heading, List<Rejection> rejected, Instant until) {
        String title = presentation.title() == null ? heading : presentation.title() + ": " + heading;
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.text(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.text(title)).append("</h1>\n")
                .append("<p class=\"meta\">").append(steps.size()).append(" steps until ").append(time(until))
                .append(presentation.utc() ? " (times UTC)" : " (times " + Html.text(presentation.zone().getId())
                        + ", with their offset from UTC)")
                .append(". Each step is a moment of the log: what happened, then each rule that fired, why, and on"
                        + " what.</p>\n")
                .append("<nav class=\"controls\" hidden=\"hidden\"><button type=\"button\" id=\"prev\">&#8592; Previous"
                        + "</button> <span id=\"position\" aria-live=\"polite\"></span> <button type=\"button\""
                        + " id=\"next\">Next &#8594;</button> <button type=\"button\" id=\"all\">Show all</button></nav>\n")
                .append("</header>\n<main>\n");
        timeline();
        ladders();
        stepList();
        if (!rejected.isEmpty()) {
            out.append("<section id=\"rejected\">\n<h2>Records left out (").append(rejected.size()).append(")</h2>\n<ul>\n");
            for (Rejection r : rejected) {
                out.append("<li>").append(Html.text(r.source())).append(':').append(r.line()).append(' ')
                        .append(r.id() == null ? "" : "<b>" + Html.text(r.id()) + "</b> ").append(Html.text(r.field()))
                        .append(": ").append(Html.text(r.message())).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        out.append("</main>\n<footer><p>Made by <code>complaints explain --format html</code>. The same log and clock"
                + " give the same page.</p></footer>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    // ---------------------------------------------------------------- the timeline

    /** A row of the timeline: a complaint, a finding, a problem or an action. */
    private record Lane(String subject, String label) {
    }

    private void timeline() {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (Walkthrough.Step step : steps) {
            String arriving = arriving(step);
            if (arriving != null) {
                lanes.putIfAbsent(arriving, new Lane(arriving, arriving));
            }
            for (Walkthrough.Derivation d : step.derived()) {
                String subject = subject(d.conclusion());
                if (subject != null) {
                    lanes.putIfAbsent(subject, new Lane(subject, label(d.conclusion(), subject)));
                }
            }
        }
        out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        if (steps.isEmpty()) {
            out.append("<p class=\"empty\">Nothing happens in this replay.</p>\n</section>\n");
            return;
        }
        Instant first = steps.get(0).at();
        Instant last = steps.get(steps.size() - 1).at();
        long span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
        double x0 = 150;
        double x1 = 930;
        double top = 34;
        double row = 22;
        List<Lane> rows = new ArrayList<>(lanes.values());
        double height = top + rows.size() * row + 26;
        Svg svg = new Svg(960, height, "timeline", "Timeline of the walkthrough", rows.size() + " complaints, findings,"
                + " problems and actions over " + steps.size() + " steps, from " + when.format(first) + " to "
                + when.format(last));
        svg.text(x0, 14, when.format(first), "small", Svg.Anchor.START).text(x1, 14, when.format(last), "small",
                Svg.Anchor.END);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Lane lane = rows.get(i);
            index.put(lane.subject(), i);
            double y = top + i * row + row / 2;
            svg.line(x0, y, x1, y, "lane").text(x0 - 6, y + 4, shortened(lane.label(), 22), "label", Svg.Anchor.END);
        }
        for (int n = 0; n < steps.size(); n++) {
            Walkthrough.Step step = steps.get(n);
            double x = x0 + (x1 - x0) * (step.at().getEpochSecond() - first.getEpochSecond()) / span;
            String arriving = arriving(step);
            String stepClass = " s" + (n + 1);
            if (arriving != null && index.containsKey(arriving)) {
                double y = top + index.get(arriving) * row + row / 2;
                svg.circle(x, y, 5, "mark arrive" + stepClass, "Step " + (n + 1) + ": " + step.event());
            }
            for (Walkthrough.Derivation d : step.derived()) {
                Conclusion c = d.conclusion();
                String subject = subject(c);
                if (subject == null || !index.containsKey(subject)) {
                    continue;
                }
                double y = top + index.get(subject) * row + row / 2;
                String tip = "Step " + (n + 1) + ": " + headline(c) + " (rule \"" + c.rule() + "\")";
                svg.rect(x - 4, y - 4, 8, 8, "mark " + kind(c) + stepClass, tip);
                if (c instanceof Escalation e && e.due() != null && !e.due().isAfter(last)) {
                    double xd = x0 + (x1 - x0) * (e.due().getEpochSecond() - first.getEpochSecond()) / span;
                    svg.line(x, y, xd, y, "due-span" + stepClass)
                            .circle(xd, y, 4, "mark deadline" + stepClass, "Step " + (n + 1) + ": respond by "
                                    + when.format(e.due()) + " (" + e.level() + ")");
                }
            }
        }
        double legendY = height - 8;
        svg.circle(x0, legendY - 4, 5, "mark arrive", null).text(x0 + 9, legendY, "complaint event", "small",
                Svg.Anchor.START);
        String[][] legend = {{"severity", "severity"}, {"escalation", "escalation"}, {"finding", "finding or problem"},
                {"verdict", "verdict"}, {"deadline", "deadline"}};
        double lx = x0 + 120;
        for (String[] item : legend) {
            svg.rect(lx, legendY - 8, 8, 8, "mark " + item[0], null).text(lx + 12, legendY, item[1], "small",
                    Svg.Anchor.START);
            lx += 130;
        }
        out.append(svg).append("\n</section>\n");
    }

    /** The complaint a step's event is about, when it is a complaint's arrival or later life. */
    private static String arriving(Walkthrough.Step step) {
        String event = step.event();
        int space = event.indexOf(' ');
        if (space <= 0 || event.startsWith("the clock")) {
            return null;
        }
        return event.substring(0, space);
    }

    /** What a conclusion is about: the lane it is drawn on. */
    static String subject(Conclusion c) {
        if (c instanceof SeverityAssessment s) {
            return s.complaintId();
        } else if (c instanceof Escalation e) {
            return e.target();
        } else if (c instanceof RepeatFinding f) {
            return f.id();
        } else if (c instanceof Problem p) {
            return p.id();
        } else if (c instanceof ResolutionOption o) {
            return o.complaintId();
        } else if (c instanceof SystemicOption o) {
            return o.subject();
        } else if (c instanceof DeadlineWarning w) {
            return w.complaintId();
        } else if (c instanceof ActionVerification v) {
            return v.actionId();
        } else if (c instanceof SafetyAction a) {
            return a.complaintId();
        } else if (c instanceof Recurrence r) {
            return r.complaintId();
        }
        return null;
    }

    private static String label(Conclusion c, String subject) {
        if (c instanceof RepeatFinding f) {
            return "finding " + f.scope() + " " + f.key();
        } else if (c instanceof Problem p) {
            return "problem: " + p.title();
        } else if (c instanceof ActionVerification v) {
            return "action " + v.actionId();
        }
        return subject;
    }

    private static String kind(Conclusion c) {
        if (c instanceof SeverityAssessment) {
            return "severity";
        } else if (c instanceof Escalation) {
            return "escalation";
        } else if (c instanceof RepeatFinding || c instanceof Problem) {
            return "finding";
        } else if (c instanceof ActionVerification || c instanceof Recurrence) {
            return "verdict";
        } else if (c instanceof DeadlineWarning) {
            return "deadline";
        }
        return "other";
    }

    // ---------------------------------------------------------------- escalation ladders

    private void ladders() {
        Map<String, List<Escalation>> climbed = new LinkedHashMap<>();
        Map<String, List<Integer>> at = new LinkedHashMap<>();
        for (int n = 0; n < steps.size(); n++) {
            for (Walkthrough.Derivation d : steps.get(n).derived()) {
                if (d.conclusion() instanceof Escalation e) {
                    String key = e.targetType().name().toLowerCase(Locale.ROOT) + " " + e.target();
                    climbed.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                    at.computeIfAbsent(key, k -> new ArrayList<>()).add(n + 1);
                }
            }
        }
        out.append("<section id=\"ladders\">\n<h2>Escalation ladders</h2>\n");
        if (climbed.isEmpty()) {
            out.append("<p class=\"empty\">Nothing was escalated: the front line handled every complaint.</p>\n</section>\n");
            return;
        }
        out.append("<div class=\"ladders\">\n");
        EscalationLevel[] rungs = EscalationLevel.values();
        int ladder = 0;
        for (Map.Entry<String, List<Escalation>> entry : climbed.entrySet()) {
            ladder++;
            List<Escalation> escalations = entry.getValue();
            List<Integer> stepNumbers = at.get(entry.getKey());
            double rungHeight = 22;
            double height = rungs.length * rungHeight + 10;
            Svg svg = new Svg(300, height, "ladder-" + ladder, "Escalation ladder of " + entry.getKey(),
                    escalations.size() + " escalations: " + escalations.stream().map(e -> e.level().name())
                            .reduce((a, b) -> a + ", then " + b).orElse(""));
            for (int r = 0; r < rungs.length; r++) {
                double y = height - 6 - (r + 1) * rungHeight;
                EscalationLevel rung = rungs[r];
                boolean reached = rung == EscalationLevel.FRONTLINE
                        || escalations.stream().anyMatch(e -> e.level() == rung);
                svg.rect(4, y + 2, 292, rungHeight - 4, reached ? "rung reached" : "rung", null)
                        .text(10, y + 15, rungs[r].name(), "rung-label", Svg.Anchor.START);
            }
            for (int i = 0; i < escalations.size(); i++) {
                Escalation e = escalations.get(i);
                int r = e.level().ordinal();
                double y = height - 6 - (r + 1) * rungHeight;
                svg.text(290, y + 15, "step " + stepNumbers.get(i), "rung-step s" + stepNumbers.get(i),
                        Svg.Anchor.END);
            }
            out.append("<figure class=\"ladder\">\n<figcaption>").append(Html.text(entry.getKey())).append("</figcaption>\n")
                    .append(svg).append("\n<ol class=\"climb\">\n");
            for (int i = 0; i < escalations.size(); i++) {
                Escalation e = escalations.get(i);
                out.append("<li class=\"s").append(stepNumbers.get(i)).append("\"><b>").append(e.level())
                        .append("</b> at step ").append(stepNumbers.get(i)).append(", respond by ")
                        .append(time(e.due())).append(" · rule <span class=\"rule\">").append(Html.text(e.rule()))
                        .append("</span></li>\n");
            }
            out.append("</ol>\n</figure>\n");
        }
        out.append("</div>\n</section>\n");
    }

    // ---------------------------------------------------------------- the steps

    private void stepList() {
        out.append("<section id=\"steps\">\n<h2>Step by step</h2>\n<ol class=\"steps\">\n");
        for (int n = 0; n < steps.size(); n++) {
            Walkthrough.Step step = steps.get(n);
            out.append("<li class=\"step\" id=\"step-").append(n + 1).append("\" data-step=\"").append(n + 1)
                    .append("\">\n<p class=\"when\"><span class=\"num\">").append(n + 1).append("</span> ")
                    .append(time(step.at())).append("</p>\n<p class=\"event\">").append(Html.text(step.event()))
                    .append("</p>\n");
            if (step.rejected() != null) {
                out.append("<p class=\"rejected\">Not taken: ").append(Html.text(step.rejected().field())).append(": ")
                        .append(Html.text(step.rejected().message())).append("</p>\n");
            }
            if (!step.derived().isEmpty()) {
                out.append("<ul class=\"conclusions\">\n");
                for (Walkthrough.Derivation d : step.derived()) {
                    Conclusion c = d.conclusion();
                    out.append("<li class=\"conclusion ").append(kind(c)).append("\"><p class=\"headline\">")
                            .append(Html.text(headline(c))).append("</p>\n<p class=\"why\">rule <span class=\"rule\">")
                            .append(Html.text(c.rule())).append("</span>");
                    if (!d.matched().isEmpty()) {
                        out.append(" on ").append(Html.text(String.join(", ", d.matched())));
                    }
                    out.append("</p>\n<p class=\"reason\">").append(Html.text(c.reason())).append("</p>\n");
                    if (d.supersedes() != null) {
                        out.append("<p class=\"supersedes\">This supersedes the escalation to ")
                                .append(d.supersedes().level()).append(" by <span class=\"rule\">")
                                .append(Html.text(d.supersedes().rule())).append("</span>.</p>\n");
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            if (!step.withdrawn().isEmpty()) {
                out.append("<ul class=\"withdrawn\">\n");
                for (Conclusion gone : step.withdrawn()) {
                    out.append("<li>No longer: ").append(Html.text(headline(gone))).append(" (rule <span class=\"rule\">")
                            .append(Html.text(gone.rule())).append("</span>)</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /** A conclusion in a few words, as the class reads it off the screen. */
    String headline(Conclusion c) {
        if (c instanceof SeverityAssessment s) {
            return s.complaintId() + " is " + s.severity();
        } else if (c instanceof Escalation e) {
            return e.targetType().name().toLowerCase(Locale.ROOT) + " " + e.target() + " goes to " + e.level()
                    + " (respond by " + when.format(e.due()) + ")";
        } else if (c instanceof RepeatFinding f) {
            return "repeat finding " + f.id() + " with " + f.size() + " complaints";
        } else if (c instanceof Problem p) {
            return "problem " + p.id() + ": " + p.title();
        } else if (c instanceof DeadlineWarning w) {
            return w.complaintId() + " " + w.kind().name().toLowerCase(Locale.ROOT) + " due soon";
        } else if (c instanceof ResolutionOption o) {
            return o.complaintId() + " may be offered " + o.type() + " (" + o.estimatedCost() + ")";
        } else if (c instanceof SystemicOption o) {
            return "management may choose " + o.type() + " for " + o.subject() + " (net " + o.netBenefit() + ")";
        } else if (c instanceof ActionVerification v) {
            return "action " + v.actionId() + " is " + v.verdict();
        } else if (c instanceof Recurrence r) {
            return r.complaintId() + " is a recurrence of the problem action " + r.actionId() + " was to stop";
        } else if (c instanceof SafetyAction a) {
            return a.complaintId() + " safety step " + a.kind() + " on " + a.scope() + " " + a.key() + " (due "
                    + when.format(a.due()) + ")";
        }
        return c.getClass().getSimpleName();
    }

    private String time(Instant instant) {
        return instant == null ? "" : "<time datetime=\"" + instant + "\">" + when.format(instant) + "</time>";
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /**
     * Stepping, for the projector: shows the controls, then only the steps up to the current one (the
     * current one marked) and only the timeline's and ladders' marks of those steps. Without script every
     * step and mark is shown.
     */
    private static final String SCRIPT = """
            (function () {
              var steps = document.querySelectorAll('li.step'), current = 0, all = false;
              if (!steps.length) { return; }
              var controls = document.querySelector('nav.controls'), position = document.getElementById('position');
              controls.hidden = false;
              function show(n, scroll) {
                current = Math.max(1, Math.min(steps.length, n));
                document.body.classList.toggle('stepping', !all);
                steps.forEach(function (li, i) {
                  li.classList.toggle('current', !all && i + 1 === current);
                  li.classList.toggle('future', !all && i + 1 > current);
                });
                document.querySelectorAll('[class*=" s"]').forEach(function (el) {
                  var m = / s(\\d+)(\\s|$)/.exec(' ' + el.getAttribute('class'));
                  if (m) { el.classList.toggle('future', !all && Number(m[1]) > current); }
                });
                position.textContent = all ? 'all ' + steps.length + ' steps' : 'step ' + current + ' of ' + steps.length;
                if (!all && scroll) { steps[current - 1].scrollIntoView({block: 'nearest'}); }
              }
              document.getElementById('next').addEventListener('click', function () { all = false; show(current + 1, true); });
              document.getElementById('prev').addEventListener('click', function () { all = false; show(current - 1, true); });
              document.getElementById('all').addEventListener('click', function () { all = true; show(current); });
              document.addEventListener('keydown', function (e) {
                if (e.key === 'ArrowRight' || e.key === ' ') { e.preventDefault(); all = false; show(current + 1, true); }
                if (e.key === 'ArrowLeft') { e.preventDefault(); all = false; show(current - 1, true); }
              });
              show(1);
            })();
            """;

    private static final String STYLE = """
            :root { --ink: #1d2430; --muted: #5b6573; --line: #d8dee6; --accent: #1f5fa8; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; font: 18px/1.45 system-ui, -apple-system,
              "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
            h1 { font-size: 1.8rem; margin: .2rem 0; }
            h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 1.6rem; }
            .meta, .small, figcaption { color: var(--muted); }
            .controls { position: fixed; right: 1rem; bottom: 1rem; background: #fff; padding: .5rem .7rem; z-index: 2;
              border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 2px 10px rgba(0, 0, 0, .18); }
            body { padding-bottom: 5rem; }
            .controls button { font: inherit; padding: .35rem .9rem; border: 1px solid var(--accent); border-radius: 6px;
              background: var(--accent); color: #fff; cursor: pointer; }
            .controls #all { background: #fff; color: var(--accent); }
            #position { margin: 0 .6rem; font-weight: 600; }
            svg.chart { width: 100%; height: auto; display: block; }
            svg .lane { stroke: var(--line); stroke-width: 1; }
            svg .label, svg .rung-label { font-size: 11px; fill: var(--ink); }
            svg .small, svg .rung-step { font-size: 10px; fill: var(--muted); }
            svg .mark { stroke: #fff; stroke-width: 1; }
            svg .arrive { fill: #6b7580; }
            svg .severity { fill: #e0a100; }
            svg .escalation { fill: #c0392b; }
            svg .finding { fill: #1f5fa8; }
            svg .verdict { fill: #2e7d32; }
            svg .deadline { fill: #fff; stroke: #c0392b; stroke-width: 1.5; }
            svg .other { fill: #9aa5b1; }
            svg .due-span { stroke: #c0392b; stroke-width: 1; stroke-dasharray: 3 3; }
            svg .rung { fill: #f3f5f8; stroke: var(--line); }
            svg .rung.reached { fill: #fde3df; stroke: #c0392b; }
            .future { opacity: .08; }
            .ladders { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1rem; }
            figure.ladder { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; }
            figure.ladder ol { font-size: .85rem; padding-left: 1.2rem; margin: .4rem 0 0; }
            ol.steps { list-style: none; padding: 0; }
            li.step { border: 1px solid var(--line); border-radius: 10px; padding: .6rem 1rem; margin: .6rem 0; }
            li.step .when { margin: 0; color: var(--muted); }
            li.step .num { display: inline-block; min-width: 2rem; font-weight: 700; color: var(--accent); }
            li.step .event { font-weight: 600; margin: .2rem 0 .4rem; }
            ul.conclusions, ul.withdrawn { margin: 0; padding-left: 1.2rem; }
            .conclusion p { margin: .1rem 0; }
            .headline { font-weight: 600; }
            .rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: #eef2f7;
              padding: 0 .25rem; border-radius: 4px; }
            .reason { color: #333; }
            .supersedes, .withdrawn { color: var(--muted); }
            .stepping li.step.future { display: none; }
            .stepping li.step.current { border: 3px solid var(--accent); box-shadow: 0 0 0 4px #dbe8f7; }
            @media print { .controls { display: none; } .future { opacity: 1; } .stepping li.step.future { display: block; } }
            """;
}
