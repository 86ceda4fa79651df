package io.welt.complaints.rules;

import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.welt.complaints.model.ActionScope;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.FollowUp;
import io.welt.complaints.model.FollowUpKind;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;
import io.welt.complaints.model.RootCauseCategory;
import io.welt.complaints.model.Verdict;
import io.welt.complaints.test.RulesVerifier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One document with the whole cycle of a finding or an action. */
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
        assertThat(pack.complaints()).extracting(Complaint::getId).contains("C-1", "C-2", "C-3", "C-4");
        assertThat(pack.options()).isNotEmpty();
        assertThat(pack.rootCauses()).extracting(RootCause::id).containsExactly("RC-1");
        assertThat(pack.actions()).extracting(CorrectiveAction::id).containsExactly("CA-1");
        assertThat(pack.verdicts()).singleElement().satisfies(v -> assertThat(v.verdict()).isEqualTo(Verdict.INEFFECTIVE));
        assertThat(pack.audit()).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).startsWith("rule:"));
        String text = pack.toText();
        assertThat(text).contains("EVIDENCE PACK: Finding " + findingId, "1. Complaints logged", "Seam opened on the heel",
                "3. Options put to management", "lab report LR-77", "VERDICT INEFFECTIVE", "7. Audit trail");
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

    @Test
    void unknownIds_areNamedInTheError() {
        Assessment assessment = assessment();
        assertThatThrownBy(() -> EvidencePack.forFinding(assessment, "nope")).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> EvidencePack.forAction(assessment, "CA-9")).hasMessageContaining("CA-9").hasMessageContaining("CA-1");
    }
}
