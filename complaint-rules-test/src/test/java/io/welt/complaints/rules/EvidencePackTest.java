package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.ContactKind;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.EvidenceKind;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.FollowUpKind;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.test.Facts;
import io.welt.complaints.test.RulesVerifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One document with the whole cycle of a problem, a finding or an action. */
class EvidencePackTest {

    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Batch oldBatch = new Batch("B-1", "CH-42", LocalDate.of(2025, 8, 1), 800, null, List.of());
    private final Batch revised = new Batch("B-2", "CH-42", LocalDate.of(2026, 1, 10), 800, null, List.of());
    private final RootCause cause = new RootCause("RC-1", RootCauseCategory.WORKMANSHIP, "Thread gauge 40 used on line 2",
            List.of("lab report LR-77"), true, "closing inspection", List.of(), List.of());
    private final CorrectiveAction action = new CorrectiveAction("CA-1", ActionScope.PRODUCT_LINE, "Chelsea boot",
            "STITCHING", "Thread gauge 30 on line 2", "Closing supervisor", EscalationLevel.TEAM_LEADER,
            LocalDate.of(2026, 1, 5), List.of("Held 340 pairs"), List.of(new FollowUp(FollowUpKind.CUSTOMER_CALLBACK,
            "call the complainants", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 30), true, "3 of 3 satisfied")),
            90, "RC-1");

    private Assessment assessment() {
        Complaint c1 = aComplaint("C-1").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(70)
                .describedAs("Seam opened\non the heel").build();
        Complaint c2 = aComplaint("C-2").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(65).build();
        Complaint c3 = aComplaint("C-3").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(60).build();
        Complaint recurrence = aComplaint("C-4").from(revised).onLine("Chelsea boot").receivedDaysAgo(5).build();
        return RulesVerifier.forStandardRules().given(chelsea, oldBatch, revised, cause, action, c1, c2, c3, recurrence)
                .expectVerdict(action, Verdict.INEFFECTIVE).assessment();
    }

    @Test
    void forFinding_holdsTheWholeCycle() {
        Assessment assessment = assessment();
        String findingId = assessment.findings(FindingScope.PRODUCT_LINE).get(0).id();
        EvidencePack pack = EvidencePack.forFinding(assessment, findingId);
        assertThat(pack.complaints()).extracting(Complaint::id).contains("C-1", "C-2", "C-3", "C-4");
        assertThat(pack.options()).isNotEmpty();
        assertThat(pack.rootCauses()).extracting(RootCause::id).containsExactly("RC-1");
        assertThat(pack.actions()).extracting(CorrectiveAction::id).containsExactly("CA-1");
        assertThat(pack.verdicts()).singleElement().satisfies(v -> assertThat(v.verdict()).isEqualTo(Verdict.INEFFECTIVE));
        assertThat(pack.audit()).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).startsWith("rule:"));
        String text = pack.toText();
        assertThat(text).contains("EVIDENCE PACK: Finding " + findingId, "1. Complaints logged", "Seam opened on the heel",
                "3. Options put to management", "lab report LR-77", "VERDICT INEFFECTIVE", "10. Audit trail");
    }

    @Test
    void forAction_namesTheRecurrenceAndTheFindingsItAddresses() {
        EvidencePack pack = EvidencePack.forAction(assessment(), "CA-1");
        assertThat(pack.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.key()).isEqualTo("Chelsea boot"));
        assertThat(pack.escalations()).anySatisfy(e -> assertThat(e.target()).isEqualTo("CA-1"));
        assertThat(pack.toText()).contains("C-4").contains("3 of 3 satisfied");
    }

    @Test
    void forAQuietFinding_saysWhyNoOptionsWerePutToManagement() {
        Complaint c1 = aComplaint("Q-1").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(260).build();
        Complaint c2 = aComplaint("Q-2").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(250).build();
        Assessment assessment = RulesVerifier.forStandardRules().given(chelsea, oldBatch, c1, c2).assessment();
        EvidencePack pack = EvidencePack.forFinding(assessment, assessment.findings(FindingScope.BATCH).get(0).id());
        assertThat(pack.options()).as("a quiet problem: keeping watch is all that is put to management")
                .extracting(o -> o.type()).containsExactly(io.welt.complaints.model.SystemicActionType.MONITOR);
        assertThat(pack.toText()).contains("3. Options put to management").contains("MONITOR");
    }

    /** The log of {@link #assessment()} with what people did about its problem: acknowledged, decided, called, filed. */
    private Assessment assessmentWithPeople(String problemId) {
        Instant now = Facts.NOW;
        Complaint c1 = aComplaint("C-1").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(70)
                .describedAs("Seam opened\non the heel").build();
        Complaint c2 = aComplaint("C-2").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(65).build();
        Complaint c3 = aComplaint("C-3").from(oldBatch).onLine("Chelsea boot").receivedDaysAgo(60).build();
        Complaint c4 = aComplaint("C-4").from(revised).onLine("Chelsea boot").receivedDaysAgo(5).build();
        ComplaintLog log = ComplaintLog.builder().product(chelsea).batch(oldBatch).batch(revised).rootCause(cause)
                .action(action).complaint(c1).complaint(c2).complaint(c3).complaint(c4)
                .acknowledgement(new Acknowledgement(TargetType.PROBLEM, problemId, EscalationLevel.QUALITY_MANAGER,
                        now.minus(Duration.ofDays(59)), "Dana", "mine", null))
                .decision(new Decision(problemId, SystemicActionType.PROCESS_CHANGE, now.minus(Duration.ofDays(58)),
                        "Dana", "The thread, not the operators", "CA-1"))
                .contact(new Contact("C-2", now.minus(Duration.ofDays(30)), "Priya", Channel.PHONE,
                        ContactKind.CALL_BACK, "satisfied", null))
                .contact(new Contact("C-9", now.minus(Duration.ofDays(30)), "Priya", Channel.PHONE,
                        ContactKind.CALL_BACK, "no such complaint", null))
                .evidence(new EvidenceItem(problemId, EvidenceKind.LAB_REPORT, "reports/LR-77.pdf", "Dana",
                        now.minus(Duration.ofDays(57)), "thread gauge 40"))
                .evidence(new EvidenceItem("C-1", EvidenceKind.PHOTO, "photos/C-1.jpg", null, null, null))
                .evidence(new EvidenceItem("C-77", EvidenceKind.PHOTO, "photos/C-77.jpg", null, null, null))
                .build();
        return ComplaintRules.standard().assess(log, now);
    }

    @Test
    void forProblem_tellsTheWholeStoryAnAssessorFiles() {
        String problemId = assessment().problems().get(0).id();
        Assessment assessment = assessmentWithPeople(problemId);
        Problem problem = assessment.problem(problemId).orElseThrow();

        EvidencePack pack = EvidencePack.forProblem(assessment, problemId);

        assertThat(pack.problem()).isEqualTo(problem);
        assertThat(pack.findings()).extracting(f -> f.id()).containsAll(problem.findingIds());
        assertThat(pack.complaints()).extracting(Complaint::id).containsExactly("C-1", "C-2", "C-3", "C-4");
        assertThat(pack.options()).isEqualTo(assessment.systemicOptions(problemId))
                .extracting(SystemicOption::type).contains(SystemicActionType.MONITOR);
        assertThat(pack.actions()).extracting(CorrectiveAction::id).containsExactly("CA-1");
        assertThat(pack.verdicts()).singleElement().satisfies(v -> assertThat(v.verdict()).isEqualTo(Verdict.INEFFECTIVE));
        assertThat(pack.decisions()).singleElement().satisfies(d -> assertThat(d.by()).isEqualTo("Dana"));
        assertThat(pack.contacts()).as("only its customers").extracting(Contact::complaintId).containsExactly("C-2");
        assertThat(pack.evidence()).as("about the problem and its complaints only").extracting(EvidenceItem::uri)
                .containsExactlyInAnyOrder("reports/LR-77.pdf", "photos/C-1.jpg");
        assertThat(pack.escalations()).anySatisfy(e -> assertThat(e.target()).isEqualTo(problemId));
        assertThat(pack.holders()).singleElement().satisfies(a -> assertThat(a.by()).isEqualTo("Dana"));
        assertThat(pack.audit()).extracting(e -> e.actor()).contains("person:Dana", "person:Priya")
                .anyMatch(actor -> actor.startsWith("rule:"));
        assertThat(pack.audit()).extracting(e -> e.at()).isSorted();

        String text = pack.toText();
        assertThat(text).contains("EVIDENCE PACK: Problem " + problemId, "The problem", problem.title(),
                "likely source: " + problem.sourceScope() + " " + problem.sourceKey(), "why: " + problem.likelySource().reason(),
                "1. Complaints logged (4)", "Seam opened on the heel", "4. Decision",
                "PROCESS_CHANGE decided by Dana, carried out by CA-1", "rationale: The thread, not the operators",
                "VERDICT INEFFECTIVE", "3 of 3 satisfied", "7. Contacts with the customers (1)",
                "C-2  CALL_BACK via PHONE, by Priya: satisfied", "8. Evidence filed (2)",
                "LAB_REPORT about " + problemId + ": reports/LR-77.pdf, filed by Dana", "held by Dana at QUALITY_MANAGER",
                "10. Audit trail", "by person:Dana");
        for (SystemicOption option : pack.options()) {
            assertThat(text).contains(option.reason());
            if (option.inPlace() != null) {
                assertThat(text).contains(option.type() + ": in place: " + option.inPlace() + " since 2026-01-05");
            }
        }
        assertThat(text.indexOf("1. MONITOR")).as("the baseline is ranked, not hidden").isPositive();
    }

    @Test
    void forProblem_ofARepeatCustomer_saysItIsRecoveredNotCosted() {
        Complaint first = aComplaint("R-1").onLine("Chelsea boot").receivedDaysAgo(40).build().toBuilder()
                .customerId("CU-77").build();
        Complaint again = aComplaint("R-2").onLine("Chelsea boot").receivedDaysAgo(10).build().toBuilder()
                .customerId("CU-77").build();
        Assessment assessment = RulesVerifier.forStandardRules().given(chelsea, first, again).assessment();
        Problem customer = assessment.problems().stream().filter(p -> p.id().startsWith("P/CUSTOMER/")).findFirst()
                .orElseThrow();

        EvidencePack pack = EvidencePack.forProblem(assessment, customer.id());

        assertThat(pack.options()).isEmpty();
        assertThat(pack.complaints()).extracting(Complaint::id).containsExactly("R-1", "R-2");
        assertThat(pack.toText()).contains("none: a repeat customer is recovered, not costed", "4. Decision",
                "none recorded", "held by nobody yet");
    }

    @Test
    void unknownIds_areNamedInTheError() {
        Assessment assessment = assessment();
        assertThatThrownBy(() -> EvidencePack.forFinding(assessment, "nope")).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> EvidencePack.forAction(assessment, "CA-9")).hasMessageContaining("CA-9").hasMessageContaining("CA-1");
        assertThatThrownBy(() -> EvidencePack.forProblem(assessment, "P/nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'P/nope'").hasMessageContaining(assessment.problems().get(0).id());
    }
}
