package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.ProblemKind;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.welt.complaints.model.SystemicActionType.MONITOR;
import static io.welt.complaints.model.SystemicActionType.PROCESS_CHANGE;
import static io.welt.complaints.model.SystemicActionType.STOCK_HOLD;
import static io.welt.complaints.model.SystemicActionType.SUPPLIER_CORRECTIVE_ACTION_REQUEST;
import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** problems.drl and the problem rules of escalation.drl and resolution.drl: one record per problem, costed once. */
class ProblemRulesTest {

    private static final RulesVerifier VERIFIER = RulesVerifier.forStandardRules();
    private final Product ankleBoot = aProduct("AB-40", "Ankle boot").build();
    private final Product toteBag = aProduct("TB-1", "Tote bag").category(io.welt.complaints.model.ProductCategory.BAG).build();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final MaterialLot hides = new MaterialLot("HL-4471", "Conceria del Ponte", "full-grain calf");
    private final Batch bootBatch = aBatch("B-578", "AB-40").quantity(360).withLots(hides).build();
    private final Batch bagBatch = aBatch("B-579", "TB-1").quantity(240).withLots(hides).build();

    private Complaint cracking(Batch batch, Product product, long daysAgo) {
        return aComplaint().from(batch).onLine(product.productLine()).withDefect("GRAIN_CRACKING").receivedDaysAgo(daysAgo)
                .boughtDaysBefore(40).build();
    }

    private List<Object> tanneryLot() {
        return List.of(ankleBoot, toteBag, bootBatch, bagBatch, cracking(bootBatch, ankleBoot, 40), cracking(bagBatch, toteBag, 35),
                cracking(bootBatch, ankleBoot, 20), cracking(bagBatch, toteBag, 12));
    }

    @Test
    void twoBatchesOfOneLotInTwoLines_areOneProblemTracedToTheLot() {
        Assessment assessment = VERIFIER.given(tanneryLot()).assessment();
        assertThat(assessment.findings()).extracting(f -> f.scope()).contains(FindingScope.BATCH, FindingScope.MATERIAL_LOT,
                FindingScope.SUPPLIER);
        Problem problem = assertThat(assessment.problems()).singleElement().actual();
        assertThat(problem.likelySource().scope()).isEqualTo(FindingScope.MATERIAL_LOT);
        assertThat(problem.likelySource().key()).isEqualTo("HL-4471");
        assertThat(problem.likelySource().reason()).contains("holds all 4 complaints", "SUPPLIER Conceria del Ponte");
        assertThat(problem.findingIds()).hasSize(4);
        assertThat(problem.title()).isEqualTo(
                "Leather grain cracking traced to material lot HL-4471 (Conceria del Ponte): 4 complaints on Ankle boot and Tote bag");
        assertThat(problem.id()).isEqualTo("P/" + problem.sourceFindingId()).startsWith("P/MATERIAL_LOT/HL-4471/");
        // Escalated once, through the problem; the findings' own escalations are superseded, and the audit says so.
        assertThat(assessment.escalations()).extracting(e -> e.targetType()).doesNotContain(TargetType.FINDING);
        assertThat(assessment.levelOf(TargetType.PROBLEM, problem.id())).isEqualTo(EscalationLevel.QUALITY_MANAGER);
        assertThat(assessment.audit()).anySatisfy(e -> {
            assertThat(e.subject()).startsWith("BATCH/B-578/");
            assertThat(e.reason()).contains("view of problem " + problem.id());
        });
    }

    @Test
    void aBatchAndALineOverTheSameComplaints_areOneProblemTracedToTheBatch() {
        Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
        List<Complaint> seams = List.of(seam(batch, 20), seam(batch, 14), seam(batch, 9));
        Assessment assessment = VERIFIER.given(chelsea, batch, seams).assessment();
        assertThat(assessment.findings()).extracting(f -> f.scope()).containsExactlyInAnyOrder(FindingScope.BATCH,
                FindingScope.PRODUCT_LINE);
        Problem problem = assertThat(assessment.problems()).singleElement().actual();
        assertThat(problem.likelySource().scope()).as("a batch over its line when it holds every complaint")
                .isEqualTo(FindingScope.BATCH);
    }

    @Test
    void aLineHoldingMoreThanItsBatch_isTheSourceAndTheBatchAView() {
        Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
        List<Complaint> seams = List.of(seam(batch, 20), seam(batch, 14), seam(null, 9));
        Assessment assessment = VERIFIER.given(chelsea, batch, seams).assessment();
        Problem problem = assertThat(assessment.problems()).singleElement().actual();
        assertThat(problem.likelySource().scope()).isEqualTo(FindingScope.PRODUCT_LINE);
        assertThat(problem.batchIds()).containsExactly("B-577");
        assertThat(problem.likelySource().reason()).contains("BATCH B-577 (2) holds only some of them");
    }

    private Complaint seam(Batch batch, long daysAgo) {
        var complaint = aComplaint().on(chelsea).withDefect("STITCHING").receivedDaysAgo(daysAgo).boughtDaysBefore(30);
        return batch == null ? complaint.build() : complaint.from(batch).build();
    }

    @Test
    void twoUnrelatedFindings_stayTwoProblems() {
        Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
        Assessment assessment = VERIFIER.given(chelsea, batch, seam(batch, 20), seam(batch, 14),
                aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(10).build(),
                aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(8).build(),
                aComplaint().on(chelsea).withDefect("SIZING").receivedDaysAgo(6).build()).assessment();
        assertThat(assessment.problems()).hasSize(2).extracting(Problem::defect).containsExactlyInAnyOrder("STITCHING", "SIZING");
    }

    @Test
    void aRepeatCustomer_isAProblemOfItsOwnKindNeverMergedWithTheProduct() {
        Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
        Complaint first = aComplaint().from(batch).on(chelsea).withDefect("STITCHING").byCustomer("CU-7").receivedDaysAgo(20).build();
        Complaint second = aComplaint().from(batch).on(chelsea).withDefect("STITCHING").byCustomer("CU-7").receivedDaysAgo(5).build();
        Assessment assessment = VERIFIER.given(chelsea, batch, first, second).assessment();
        assertThat(assessment.problems()).extracting(Problem::kind).containsExactlyInAnyOrder(ProblemKind.PRODUCT,
                ProblemKind.CUSTOMER);
        Problem customer = assessment.problems().stream().filter(p -> p.kind() == ProblemKind.CUSTOMER).findFirst().orElseThrow();
        assertThat(customer.findingIds()).singleElement().asString().startsWith("CUSTOMER/CU-7/");
        assertThat(assessment.levelOf(TargetType.PROBLEM, customer.id())).isEqualTo(EscalationLevel.TEAM_LEADER);
        assertThat(assessment.systemicOptions(customer.id())).isEmpty();
    }

    @Test
    void everyProductProblem_hasAMonitorRowAndNoMoneyLoserAboveIt() {
        Assessment assessment = VERIFIER.given(tanneryLot()).assessment();
        Problem problem = assessment.problems().get(0);
        List<SystemicOption> options = assessment.systemicOptions(problem.id());
        assertThat(options).extracting(SystemicOption::type).contains(MONITOR);
        int monitor = options.stream().map(SystemicOption::type).toList().indexOf(MONITOR);
        assertThat(options.subList(0, monitor)).allSatisfy(o -> assertThat(o.beatsBaseline()).isTrue());
        assertThat(options.get(monitor).cost().amount()).isPositive();
        assertThat(options.get(monitor).reason()).contains("Doing nothing:", "complaints x", "per complaint");
    }

    @Test
    void anActionAlreadyInPlace_isMarkedNotProposed() {
        CorrectiveAction scar = new CorrectiveAction("CA-3", ActionScope.SUPPLIER, "Conceria del Ponte", "GRAIN_CRACKING",
                "Supplier corrective action request", "Purchasing", EscalationLevel.QUALITY_MANAGER,
                LocalDate.of(2026, 2, 1), List.of("Remaining hides of HL-4471 quarantined"), List.of(), 60, null);
        List<Object> facts = new java.util.ArrayList<>(tanneryLot());
        facts.add(scar);
        Assessment assessment = VERIFIER.given(facts).assessment();
        Problem problem = assessment.problems().get(0);
        List<SystemicOption> options = assessment.systemicOptions(problem.id());
        SystemicOption request = options.stream().filter(o -> o.type() == SUPPLIER_CORRECTIVE_ACTION_REQUEST).findFirst()
                .orElseThrow();
        assertThat(request.inPlace()).isEqualTo("CA-3");
        assertThat(request.reason()).contains("In place: CA-3 since 2026-02-01");
        SystemicOption hold = options.stream().filter(o -> o.type() == STOCK_HOLD).findFirst().orElseThrow();
        assertThat(hold.inPlace()).as("its containment holds the lot's stock").isEqualTo("CA-3");
        assertThat(options.subList(options.size() - 2, options.size())).as("in place: last, not proposed")
                .allSatisfy(o -> assertThat(o.inPlace()).isNotNull());

        // Without the action, nothing is in place: the option that must not match.
        Assessment without = VERIFIER.given(tanneryLot()).assessment();
        assertThat(without.systemicOptions(without.problems().get(0).id())).allSatisfy(o -> assertThat(o.inPlace()).isNull());
    }

    @Test
    void aLaterActionOnTheSameLine_isTheOneInPlace() {
        Batch batch = aBatch("B-577", "CH-42").quantity(480).build();
        CorrectiveAction early = new CorrectiveAction("CA-2", ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
                "Thread changed", null, null, LocalDate.of(2025, 10, 1), List.of(), List.of(), 120, null);
        CorrectiveAction later = new CorrectiveAction("CA-4", ActionScope.PRODUCT_LINE, "Chelsea boot", "STITCHING",
                "Stitch length 3.5 mm", null, null, LocalDate.of(2026, 2, 10), List.of("Batch B-577 held"), List.of(), 90, null);
        Assessment assessment = VERIFIER.given(chelsea, batch, seam(batch, 20), seam(batch, 14), seam(null, 9), early, later)
                .assessment();
        List<SystemicOption> options = assessment.systemicOptions(assessment.problems().get(0).id());
        assertThat(options).filteredOn(o -> o.type() == PROCESS_CHANGE).singleElement()
                .satisfies(o -> assertThat(o.inPlace()).isEqualTo("CA-4"));
        assertThat(options).filteredOn(o -> o.type() == STOCK_HOLD).singleElement()
                .satisfies(o -> assertThat(o.inPlace()).isEqualTo("CA-4"));
    }

    @Test
    void aProblemHoldingACriticalComplaint_putsContainmentFirstWhateverItCosts() {
        Product safetyBoot = aProduct("SB-1", "Safety boot S3").safetyFootwear(true).build();
        Batch batch = aBatch("B-90", "SB-1").quantity(2000).build();
        Complaint injury = aComplaint().from(batch).on(safetyBoot).withDefect("SOLE_SEPARATION").withInjury().receivedDaysAgo(6)
                .boughtDaysBefore(30).build();
        Complaint other = aComplaint().from(batch).on(safetyBoot).withDefect("SOLE_SEPARATION").receivedDaysAgo(2)
                .boughtDaysBefore(30).build();
        Assessment assessment = VERIFIER.given(safetyBoot, batch, injury, other).assessment();
        Problem problem = assessment.problems().stream().filter(p -> p.kind() == ProblemKind.PRODUCT).findFirst().orElseThrow();
        SystemicOption first = assessment.systemicOptions(problem.id()).get(0);
        assertThat(first.type()).isEqualTo(STOCK_HOLD);
        assertThat(first.safetyFirst()).isTrue();
        // Both are CRITICAL: the injury, and a functional failure of certified safety footwear.
        assertThat(first.reason()).contains("CRITICAL complaints " + injury.id() + ", " + other.id(), "whatever it costs");
        assertThat(assessment.levelOf(TargetType.PROBLEM, problem.id())).isEqualTo(EscalationLevel.SENIOR_MANAGEMENT);
    }

    @Test
    void acknowledgedAndClosedEscalations_namePeopleInTheAudit() {
        List<Object> facts = tanneryLot();
        Assessment first = VERIFIER.given(facts).assessment();
        Problem problem = first.problems().get(0);
        var escalation = first.escalationOf(TargetType.PROBLEM, problem.id()).orElseThrow();

        ComplaintLog.Builder log = ComplaintLog.builder().products(List.of(ankleBoot, toteBag)).batches(List.of(bootBatch, bagBatch));
        facts.stream().filter(Complaint.class::isInstance).map(Complaint.class::cast).forEach(log::complaint);
        log.acknowledgement(new Acknowledgement(TargetType.PROBLEM, problem.id(), EscalationLevel.QUALITY_MANAGER,
                escalation.raisedAt().plus(Duration.ofHours(2)), "Anna Rossi", "Tannery called", null));
        log.decision(new Decision(problem.id(), SUPPLIER_CORRECTIVE_ACTION_REQUEST, NOW.minus(Duration.ofDays(1)), "Anna Rossi",
                "The lot is used up; the tannery must fix its fat-liquoring", null));
        Assessment held = ComplaintRules.standard().assess(log.build(), NOW);
        var inForce = held.escalationOf(TargetType.PROBLEM, problem.id()).orElseThrow();
        assertThat(held.acknowledgementOf(inForce)).hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Anna Rossi"));
        assertThat(held.decision(problem.id())).hasValueSatisfying(d -> assertThat(d.option()).isEqualTo(SUPPLIER_CORRECTIVE_ACTION_REQUEST));
        assertThat(held.audit()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("person:Anna Rossi");
            assertThat(e.event()).contains("decided SUPPLIER_CORRECTIVE_ACTION_REQUEST");
        });

        log.acknowledgement(new Acknowledgement(TargetType.PROBLEM, problem.id(), EscalationLevel.QUALITY_MANAGER,
                escalation.raisedAt().plus(Duration.ofHours(3)), "Anna Rossi", "Supplier fixed it", NOW.minus(Duration.ofHours(1))));
        Assessment closed = ComplaintRules.standard().assess(log.build(), NOW);
        assertThat(closed.escalationOf(TargetType.PROBLEM, problem.id())).as("closed: no longer in force").isEmpty();
        assertThat(closed.audit()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("person:Anna Rossi");
            assertThat(e.event()).contains("closed");
        });
    }

    @Test
    void peopleRecordsAfterTheClockOrAboutUnknownComplaints_areRejected() {
        ComplaintLog.Builder log = ComplaintLog.builder().products(List.of(ankleBoot, toteBag)).batches(List.of(bootBatch, bagBatch));
        tanneryLot().stream().filter(Complaint.class::isInstance).map(Complaint.class::cast).forEach(log::complaint);
        log.contact(new io.welt.complaints.model.Contact("C-NOPE", NOW.minusSeconds(60), "Sam", null,
                io.welt.complaints.model.ContactKind.CALL_BACK, "satisfied", null));
        log.decision(new Decision("P/X", MONITOR, NOW.plusSeconds(60), "Sam", null, null));
        Assessment assessment = ComplaintRules.standard().assess(log.build(), NOW);
        assertThat(assessment.rejected()).extracting(Rejection::field).containsExactlyInAnyOrder("complaint_id", "decided_at");
        assertThat(assessment.contacts()).isEmpty();
    }
}
