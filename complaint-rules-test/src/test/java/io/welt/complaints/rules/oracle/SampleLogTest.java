package io.welt.complaints.rules.oracle;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.RemedyType;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SafetyActionKind;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RuleNames;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled sample through the standard rules: the four planted problems are found, the size 42
 * that runs small on one last shows, the corrective actions are judged on revised production and
 * samples, and little else.
 */
class SampleLogTest {

    private static final GeneratedLog SAMPLE = SampleLog.generate();
    private static final Assessment ASSESSMENT = ComplaintRules.standard().assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
    private static final Map<String, Complaint> BY_ID = new HashMap<>();

    static {
        SAMPLE.complaints().forEach(c -> BY_ID.put(c.id(), c));
    }

    @Test
    void sample_isAYearOfAFewHundredComplaints_withRecentOnesOpen() {
        List<Complaint> complaints = SAMPLE.complaints();
        assertTrue(complaints.size() >= 250 && complaints.size() <= 400, () -> complaints.size() + " complaints");
        assertEquals(SampleLog.AS_OF, SAMPLE.asOf());
        assertTrue(!complaints.get(0).receivedAt().isBefore(SampleLog.START), found());
        assertTrue(complaints.get(complaints.size() - 1).receivedAt().isBefore(SampleLog.AS_OF), found());
        assertTrue(ASSESSMENT.rejected().isEmpty(), () -> "rejected: " + ASSESSMENT.rejected());

        long recentOpen = complaints.stream()
                .filter(c -> c.receivedAt().isAfter(SampleLog.AS_OF.minus(Duration.ofDays(10))) && !c.isResolved())
                .count();
        assertTrue(recentOpen >= 5, () -> recentOpen + " recent open complaints; " + found());
        assertTrue(!ASSESSMENT.warnings().isEmpty(), () -> "no deadline warnings as of " + SAMPLE.asOf() + "; " + found());
        assertTrue(ASSESSMENT.escalations().stream().anyMatch(e -> e.rule().equals(RuleNames.ESCALATE_NOT_ACKNOWLEDGED)
                || e.rule().equals(RuleNames.ESCALATE_NOT_RESOLVED)), () -> "no time-based escalation; " + found());
    }

    @Test
    void stitchingProblem_isFoundOnTheChelseaBootLine_andItsBatch() {
        RepeatFinding line = finding(FindingScope.PRODUCT_LINE, SampleLog.STITCHING_LINE, "STITCHING")
                .orElseThrow(() -> new AssertionError("no PRODUCT_LINE finding for Chelsea boot/STITCHING; " + found()));
        assertEquals(SampleLog.STITCHING_COMPLAINTS, line.size(), found());
        assertTrue(Duration.between(line.from(), line.to()).compareTo(Duration.ofDays(21)) <= 0, found());

        RepeatFinding batch = finding(FindingScope.BATCH, SampleLog.STITCHING_BATCH, "STITCHING")
                .orElseThrow(() -> new AssertionError("no BATCH finding for " + SampleLog.STITCHING_BATCH + "; " + found()));
        assertTrue(batch.size() >= 3, found());
        assertTrue(line.complaintIds().containsAll(batch.complaintIds()), found());
    }

    @Test
    void crackingLot_isFoundAcrossTwoProductLines() {
        RepeatFinding lot = finding(FindingScope.MATERIAL_LOT, SampleLog.CRACKING_LOT, "GRAIN_CRACKING")
                .orElseThrow(() -> new AssertionError("no MATERIAL_LOT finding for " + SampleLog.CRACKING_LOT + "; " + found()));
        assertEquals(Set.of(SampleLog.CRACKING_LINE_1, SampleLog.CRACKING_LINE_2), productLines(lot), found());
        assertTrue(Duration.between(lot.from(), lot.to()).compareTo(Duration.ofDays(60)) <= 0, found());

        RepeatFinding supplier = finding(FindingScope.SUPPLIER, SampleLog.CRACKING_SUPPLIER, "GRAIN_CRACKING")
                .orElseThrow(() -> new AssertionError("no SUPPLIER finding for " + SampleLog.CRACKING_SUPPLIER + "; " + found()));
        assertTrue(productLines(supplier).size() >= 2, found());
        assertTrue(supplier.complaintIds().containsAll(lot.complaintIds()), found());
    }

    @Test
    void safetyComplaint_isCritical_andGoesToSeniorManagement() {
        List<Complaint> safety = SAMPLE.complaints().stream()
                .filter(c -> c.defect().equals("PROTECTIVE_FAILURE") && c.injuryReported()
                        && SampleLog.SAFETY_LINE.equals(c.productLine()))
                .toList();
        assertEquals(1, safety.size(), () -> "protective failures with an injury on a safety boot: " + safety);
        String id = safety.get(0).id();
        assertEquals(Severity.CRITICAL, ASSESSMENT.severityOf(id), found());
        assertEquals(EscalationLevel.SENIOR_MANAGEMENT, ASSESSMENT.levelOf(TargetType.COMPLAINT, id),
                () -> "escalation of " + id + ": " + ASSESSMENT.escalationOf(TargetType.COMPLAINT, id) + "; " + found());
    }

    @Test
    void safetyComplaint_keepForTestingFirst_containsItsBatch_andDecidesOnNotifying() {
        Complaint hurt = SAMPLE.complaints().stream()
                .filter(c -> c.defect().equals("PROTECTIVE_FAILURE") && c.injuryReported()).findFirst().orElseThrow();
        assertEquals("C-00281", hurt.id(), "the README and the lessons name it");
        List<SafetyAction> actions = ASSESSMENT.safetyActions(hurt.id());
        assertEquals(SafetyActionKind.KEEP_FOR_TESTING, actions.get(0).kind());
        assertTrue(actions.stream().anyMatch(a -> a.kind() == SafetyActionKind.QUARANTINE_STOCK
                && a.scope().equals("BATCH") && a.key().equals(hurt.batchId())), actions::toString);
        assertTrue(actions.stream().anyMatch(a -> a.kind() == SafetyActionKind.NOTIFY_AUTHORITY
                && a.due().equals(hurt.receivedAt().plus(Duration.ofDays(3)))), actions::toString);
        assertTrue(ASSESSMENT.options(hurt.id()).stream().noneMatch(o -> o.type() == RemedyType.REPAIR),
                () -> ASSESSMENT.options(hurt.id()).toString());
    }

    @Test
    void repeatCustomer_theRefundPromisedComesFirst_andTheServiceFailureClimbsTheCustomerServiceChain() {
        Complaint third = SAMPLE.complaints().stream()
                .filter(c -> c.customerId().equals(SampleLog.REPEAT_CUSTOMER) && c.defect().equals("SERVICE_CONDUCT"))
                .findFirst().orElseThrow();
        assertEquals(RemedyType.REFUND, ASSESSMENT.options(third.id()).get(0).type());
        assertEquals(EscalationLevel.CUSTOMER_SERVICE_MANAGER, ASSESSMENT.levelOf(TargetType.COMPLAINT, third.id()),
                () -> ASSESSMENT.escalationOf(TargetType.COMPLAINT, third.id()).toString());
    }

    @Test
    void lateDeliveryThenFault_isOwedARepairOrReplacementNotTheFinalRight() {
        Complaint seam = SAMPLE.complaints().stream()
                .filter(c -> SampleLog.LATE_ORDER.equals(c.orderId()) && c.defect().equals("STITCHING"))
                .findFirst().orElseThrow();
        Set<RemedyType> offered = ASSESSMENT.options(seam.id()).stream().map(o -> o.type())
                .collect(Collectors.toSet());
        assertEquals(Set.of(RemedyType.REPAIR, RemedyType.REPLACE), offered);
    }

    @Test
    void repeatCustomer_isFound() {
        RepeatFinding customer = finding(FindingScope.CUSTOMER, SampleLog.REPEAT_CUSTOMER, null)
                .orElseThrow(() -> new AssertionError("no CUSTOMER finding for " + SampleLog.REPEAT_CUSTOMER + "; " + found()));
        assertTrue(customer.size() >= 2 && customer.size() <= 3, found());
        assertTrue(Duration.between(customer.from(), customer.to()).compareTo(Duration.ofDays(90)) <= 0, found());
    }

    @Test
    void sizeProblem_theSize42ComplaintsBecomeOneFindingNamingTheLast() {
        RepeatFinding size = finding(FindingScope.SIZE, SampleLog.SIZE_KEY, null)
                .orElseThrow(() -> new AssertionError("no SIZE finding for " + SampleLog.SIZE_KEY + "; " + found()));
        assertTrue(size.reason().startsWith("Size EU 42 on last " + SampleLog.SIZE_LAST + " runs small"), size::reason);
        assertEquals(Set.of("Derby shoe", "Loafer", "Desert boot"), productLines(size), found());
        long sayTheyAreSmaller = size.complaintIds().stream()
                .filter(id -> BY_ID.get(id).description().startsWith("Size 42 is smaller than my other 42s")).count();
        assertTrue(sayTheyAreSmaller >= 3, found());
        assertTrue(size.complaintIds().stream().anyMatch(id -> BY_ID.get(id).sizeSystem() == io.welt.complaints.model.SizeSystem.UK),
                () -> "no complaint of the finding is sized in UK sizes: " + size.complaintIds());
        // Every complaint that says its 42 is small is sized 42 and said to be small.
        SAMPLE.complaints().stream().filter(c -> c.description().startsWith("Size 42 is smaller")).forEach(c -> {
            assertEquals("EU 42", c.euSizeLabel(), c::toString);
            assertEquals(io.welt.complaints.model.FitDirection.SMALL, c.fitDirection(), c::toString);
        });
    }

    @Test
    void correctiveActions_judgedOnRevisedProductionAndSamples_customersApart() {
        // The sample holds no actions (examples/data/actions.csv does), so the CA-03 of the files is rebuilt here.
        io.welt.complaints.model.FollowUp sample = new io.welt.complaints.model.FollowUp(
                io.welt.complaints.model.FollowUpKind.SAMPLE_REVISED_BATCH, "", java.time.LocalDate.parse("2026-01-10"),
                java.time.LocalDate.parse("2026-01-08"), true, null, 50, 0);
        io.welt.complaints.model.FollowUp callBack = new io.welt.complaints.model.FollowUp(
                io.welt.complaints.model.FollowUpKind.CUSTOMER_CALLBACK, "", java.time.LocalDate.parse("2026-01-15"),
                java.time.LocalDate.parse("2026-01-14"), false, "2 of 4 customers still unhappy with the remedy");
        io.welt.complaints.model.CorrectiveAction ca03 = new io.welt.complaints.model.CorrectiveAction("CA-03",
                io.welt.complaints.model.ActionScope.SUPPLIER, SampleLog.CRACKING_SUPPLIER, "GRAIN_CRACKING", "", null, null,
                java.time.LocalDate.parse("2025-12-01"), List.of(), List.of(sample, callBack), 60, null);
        Assessment withAction = ComplaintRules.standard().assess(io.welt.complaints.rules.ComplaintLog.builder()
                .products(SAMPLE.products()).batches(SAMPLE.batches()).complaints(SAMPLE.complaints()).actions(List.of(ca03))
                .build(), SAMPLE.asOf());
        var verdict = withAction.verification("CA-03").orElseThrow();
        assertEquals(io.welt.complaints.model.Verdict.EFFECTIVE, verdict.verdict(), verdict::reason);
        assertTrue(verdict.reason().contains("sample of 50 from batch " + SampleLog.REVISED_BATCHES.get(0)
                + " (400 units, made 2025-12-15), 0 defective: accepted"), verdict::reason);
        assertTrue(verdict.reason().contains("code letter H, sample 50, AQL 1.0: Ac 1, Re 2"), verdict::reason);
        assertTrue(verdict.reason().contains("700 units made in 2 batches after the change"), verdict::reason);
        assertEquals(List.of(io.welt.complaints.model.Recovery.NOT_RECOVERED),
                withAction.conclusions(io.welt.complaints.model.CustomerRecovery.class).stream()
                        .map(io.welt.complaints.model.CustomerRecovery::recovery).toList());
        Set<String> named = SAMPLE.complaints().stream().map(Complaint::batchId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        SampleLog.REVISED_BATCHES.forEach(id -> assertTrue(!named.contains(id), id + " is named by a complaint"));
    }

    @Test
    void background_addsFewFindingsOfItsOwn() {
        List<RepeatFinding> others = ASSESSMENT.findings().stream().filter(f -> !planted(f)).toList();
        assertTrue(others.size() <= 3, () -> "the background drowns the planted problems; " + found());
        for (RepeatFinding finding : ASSESSMENT.findings()) {
            if (planted(finding) && finding.scope() != FindingScope.SIZE) { // the size finding is the background's own, made visible
                for (String id : finding.complaintIds()) {
                    // (e) takes its late delivery from the background, on purpose.
                    assertTrue(BY_ID.get(id).customerId().startsWith("CUST-20")
                                    || SampleLog.LATE_ORDER.equals(BY_ID.get(id).orderId()),
                            () -> "background complaint " + id + " joined planted finding " + finding.id() + "; " + found());
                }
            }
        }
    }

    /** The findings that belong to the planted problems (a)-(d) and the size that runs small (e). */
    private static boolean planted(RepeatFinding f) {
        return switch (f.scope()) {
            case PRODUCT_LINE -> f.key().equals(SampleLog.STITCHING_LINE) && "STITCHING".equals(f.defect());
            case BATCH -> f.key().equals(SampleLog.STITCHING_BATCH) || f.key().equals(SampleLog.CRACKING_BATCH_1)
                    || f.key().equals(SampleLog.CRACKING_BATCH_2);
            case MATERIAL_LOT -> f.key().equals(SampleLog.CRACKING_LOT);
            case SUPPLIER -> f.key().equals(SampleLog.CRACKING_SUPPLIER) && "GRAIN_CRACKING".equals(f.defect());
            case CUSTOMER -> f.key().equals(SampleLog.REPEAT_CUSTOMER) || f.complaintIds().stream()
                    .allMatch(id -> SampleLog.LATE_ORDER.equals(BY_ID.get(id).orderId()));
            case SIZE -> f.key().equals(SampleLog.SIZE_KEY);
        };
    }

    private static Optional<RepeatFinding> finding(FindingScope scope, String key, String defect) {
        return ASSESSMENT.findings().stream()
                .filter(f -> f.scope() == scope && f.key().equals(key) && Objects.equals(f.defect(), defect))
                .findFirst();
    }

    private static Set<String> productLines(RepeatFinding finding) {
        return finding.complaintIds().stream().map(id -> BY_ID.get(id).productLine())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the rules found, for failure messages only. */
    private static String found() {
        return "found " + ASSESSMENT.findings().size() + " findings:\n" + ASSESSMENT.findings().stream()
                .map(f -> "  " + (planted(f) ? "planted " : "other   ") + f.id() + " " + f.complaintIds())
                .collect(Collectors.joining("\n"));
    }
}
