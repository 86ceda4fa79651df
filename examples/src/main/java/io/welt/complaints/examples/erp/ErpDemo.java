package io.welt.complaints.examples.erp;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.ComplaintRules;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ERP example, run on the bundled sample: an in-memory H2 database holds the complaints received
 * before the last {@value #HELD_BACK} (as they stood then); the service starts over them; the rest of
 * the year is replayed in time order (the held-back complaints arrive, complaints are acknowledged,
 * resolved and closed), printing what the listener hears; then the nightly full assessment as of
 * 2026-03-01T09:00:00Z checks the warm engine. It prints ids and codes only, never customer text.
 *
 * <pre>
 * ./mvnw -q -Perp-demo -pl examples -am verify -DskipTests
 * </pre>
 *
 * Its one argument is the sample's directory (default {@code examples/data}, or {@code data} when run
 * from {@code examples}).
 */
public final class ErpDemo {

    /** The clock of the sample (see examples/data/README.md). */
    static final Instant AS_OF = Instant.parse("2026-03-01T09:00:00Z");
    /**
     * Complaints held back from the history and received one by one: those from 12 January 2026 on,
     * when the sample's stitching problem begins, so that findings are seen to arise.
     */
    static final int HELD_BACK = 47;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String INDENT = "                  ";

    private ErpDemo() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        NightlySummary summary = run(dataDirectory(args), out);
        if (!summary.agrees()) {
            throw new IllegalStateException("the warm engine differs from the full assessment: " + summary.differences());
        }
    }

    private static Path dataDirectory(String[] args) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        Path fromRoot = Path.of("examples", "data");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("data");
    }

    /** Runs the demo on the sample in {@code data}, printing to {@code out}; returns the nightly summary. */
    static NightlySummary run(Path data, PrintStream out) {
        SampleData sample = SampleData.read(data);
        List<Complaint> all = new ArrayList<>(sample.complaints());
        all.sort(Complaint.BY_RECEIPT);
        List<Complaint> history = all.subList(0, all.size() - HELD_BACK);
        List<Complaint> heldBack = all.subList(all.size() - HELD_BACK, all.size());
        Instant start = heldBack.get(0).receivedAt();

        ComplaintStore store = ComplaintStore.open("jdbc:h2:mem:erp-demo");
        store.saveProducts(sample.products());
        store.saveBatches(sample.batches());
        history.forEach(complaint -> store.insert(asOf(complaint, start)));
        store.commit();

        SettableClock clock = new SettableClock(start);
        PrintingListener listener = new PrintingListener(out);
        try (ComplaintService service = ComplaintService.start(store, ComplaintRules.standard(), listener, clock)) {
            out.printf("Stored %d products, %d batches and the %d complaints received before %s, as they stood then;"
                            + " the rules are warm over them.%n", sample.products().size(), sample.batches().size(),
                    history.size(), TIME.format(start));
            out.printf("Replaying to %s: %d complaints arrive, the others' acknowledgements, resolutions and closures"
                    + " follow in time order. What the listener hears:%n%n", TIME.format(AS_OF), heldBack.size());
            List<Event> events = events(all, heldBack, start);
            int quiet = 0;
            for (Event event : events) {
                clock.set(event.at());
                listener.next(TIME.format(event.at()) + "  time passes", false);
                service.tick();
                listener.next(TIME.format(event.at()) + "  " + event.id() + " " + event.what(),
                        event.kind() == EventKind.RECEIVED);
                switch (event.kind()) {
                    case RECEIVED -> service.receive(event.complaint());
                    case ACKNOWLEDGED -> service.acknowledge(event.id(), event.at());
                    case RESOLVED -> service.resolve(event.id(), event.at());
                    case CLOSED -> service.update(service.find(event.id()).orElseThrow().toBuilder()
                            .status(ComplaintStatus.CLOSED).closedAt(event.at()).build());
                }
                quiet += listener.heard() ? 0 : 1;
            }
            clock.set(AS_OF);
            listener.next(TIME.format(AS_OF) + "  nightly: the clock moves on", false);
            NightlySummary summary = service.nightly(AS_OF);
            out.printf("%n%d events replayed (%d of them changed nothing the listener hears of). It heard %d findings raised,"
                            + " %d changed; %d escalations, %d withdrawn.%n", events.size(), quiet, listener.raised, listener.changed,
                    listener.escalated, listener.withdrawn);
            out.printf("Nightly full assessment as of %s: %d complaints, %d findings, %d escalations in force (%s),"
                            + " %d deadline warnings, %d rejected.%n", summary.asOf(), summary.complaints(), summary.findings(),
                    summary.escalationCount(), summary.escalations().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")),
                    summary.warnings(), summary.rejected());
            out.println(summary.agrees() ? "The warm engine agrees with it."
                    : "The warm engine DIFFERS from it:\n  " + String.join("\n  ", summary.differences()));
            return summary;
        }
    }

    // ---- The replay ----

    private enum EventKind {
        RECEIVED("received"), ACKNOWLEDGED("acknowledged"), RESOLVED("resolved"), CLOSED("closed");

        final String word;

        EventKind(String word) {
            this.word = word;
        }
    }

    private record Event(Instant at, EventKind kind, String id, Complaint complaint, String what) {
    }

    /** The held-back complaints' arrivals and every lifecycle step after {@code start}, in time order. */
    private static List<Event> events(List<Complaint> all, List<Complaint> heldBack, Instant start) {
        List<Event> events = new ArrayList<>();
        for (Complaint complaint : heldBack) {
            events.add(new Event(complaint.receivedAt(), EventKind.RECEIVED, complaint.id(),
                    asOf(complaint, complaint.receivedAt()),
                    "received (" + complaint.defect() + " on " + complaint.sku() + ")"));
        }
        for (Complaint complaint : all) {
            addStep(events, complaint, EventKind.ACKNOWLEDGED, complaint.acknowledgedAt(), start);
            addStep(events, complaint, EventKind.RESOLVED, complaint.resolvedAt(), start);
            addStep(events, complaint, EventKind.CLOSED, complaint.closedAt(), start);
        }
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::kind).thenComparing(Event::id));
        return events;
    }

    private static void addStep(List<Event> events, Complaint complaint, EventKind kind, Instant at, Instant start) {
        if (at != null && at.isAfter(start) && !at.isAfter(AS_OF)) {
            events.add(new Event(at, kind, complaint.id(), null, kind.word));
        }
    }

    /** The complaint as it stood at {@code at}: later acknowledgement, resolution, closure and waits left out. */
    static Complaint asOf(Complaint complaint, Instant at) {
        Instant acknowledged = until(complaint.acknowledgedAt(), at);
        Instant resolved = until(complaint.resolvedAt(), at);
        Instant closed = until(complaint.closedAt(), at);
        boolean unchanged = Objects.equals(acknowledged, complaint.acknowledgedAt())
                && Objects.equals(resolved, complaint.resolvedAt()) && Objects.equals(closed, complaint.closedAt())
                && complaint.waitingPeriods().stream().allMatch(w -> w.to() != null && !w.to().isAfter(at));
        if (unchanged) {
            return complaint;
        }
        List<WaitingPeriod> waits = complaint.waitingPeriods().stream()
                .filter(w -> !w.from().isAfter(at))
                .map(w -> w.to() != null && w.to().isAfter(at) ? new WaitingPeriod(w.from(), null) : w)
                .toList();
        ComplaintStatus status = closed != null ? ComplaintStatus.CLOSED
                : resolved != null ? ComplaintStatus.RESOLVED
                : !waits.isEmpty() && waits.get(waits.size() - 1).isOpen() ? ComplaintStatus.WAITING_ON_CUSTOMER
                : acknowledged != null ? ComplaintStatus.ACKNOWLEDGED : ComplaintStatus.OPEN;
        return complaint.toBuilder().acknowledgedAt(acknowledged).resolvedAt(resolved).closedAt(closed)
                .waitingPeriods(waits).status(status).build();
    }

    private static Instant until(Instant instant, Instant at) {
        return instant == null || instant.isAfter(at) ? null : instant;
    }


    /** Prints what it hears, by ids, under the event (or the passing of time) that caused it. */
    private static final class PrintingListener implements EscalationListener {
        private final PrintStream out;
        private String heading;
        private boolean heard;
        int raised;
        int changed;
        int escalated;
        int withdrawn;

        PrintingListener(PrintStream out) {
            this.out = out;
        }

        /** The event about to happen; printed now when {@code always}, else with the first thing heard. */
        void next(String event, boolean always) {
            heading = event;
            heard = false;
            if (always) {
                printHeading();
            }
        }

        boolean heard() {
            return heard;
        }

        private void print(String what, String detail) {
            heard = true;
            printHeading();
            out.printf("%s%-18s %s%n", INDENT, what, detail);
        }

        private void printHeading() {
            if (heading != null) {
                out.println(heading);
                heading = null;
            }
        }

        @Override
        public void findingRaised(RepeatFinding finding) {
            raised++;
            print("finding raised", finding.id() + ": " + finding.complaintIds());
        }

        @Override
        public void findingChanged(RepeatFinding finding, RepeatFinding before) {
            changed++;
            print("finding changed", finding.id() + ": " + finding.size() + " complaints (was " + before.size() + ")");
        }

        @Override
        public void findingWithdrawn(RepeatFinding finding) {
            print("finding withdrawn", finding.id());
        }

        @Override
        public void escalated(Escalation escalation, Kind kind, Escalation previous) {
            escalated++;
            String was = switch (kind) {
                case NEW -> "";
                case RAISED -> ", supersedes " + previous.level() + " (" + previous.rule() + ")";
                case RESTATED -> ", restates " + previous.level() + " due " + TIME.format(previous.due());
                case LOWERED -> ", after " + previous.level() + " (" + previous.rule() + ") went";
            };
            print("escalated " + kind, escalation.targetType() + " " + escalation.target() + " to " + escalation.level()
                    + " by \"" + escalation.rule() + "\", due " + TIME.format(escalation.due()) + was);
        }

        @Override
        public void withdrawn(Escalation escalation) {
            withdrawn++;
            print("withdrawn", escalation.targetType() + " " + escalation.target() + " (was " + escalation.level() + ")");
        }
    }
}
