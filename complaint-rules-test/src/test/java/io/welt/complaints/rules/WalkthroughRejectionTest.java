package io.welt.complaints.rules;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The walkthrough rejects what an assessment rejects (issue 20): a complaint on an unknown SKU or on a
 * batch of another SKU used to be submitted, refused, and then "updated" when it was acknowledged, which
 * threw "no complaint C-2 to update; submit it first" and ended the replay.
 */
class WalkthroughRejectionTest {

    private final ComplaintRules rules = ComplaintRules.standard();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();
    private final Batch loaferBatch = aBatch("B-9", "LO-40").quantity(100).build();

    @Test
    void recordsAnAssessmentRejects_areLeftOut_andTheRestIsReplayed() {
        Complaint good = aComplaint("C-1").on(chelsea).receivedDaysAgo(9).acknowledgedAfterHours(2).resolvedAfterDays(1)
                .build();
        Complaint unknownSku = aComplaint("C-2").on(chelsea).receivedDaysAgo(8).acknowledgedAfterHours(2)
                .resolvedAfterDays(1).build().toBuilder().sku("XX-1").productLine(null).build();
        Complaint otherBatch = aComplaint("C-3").on(chelsea).receivedDaysAgo(7).acknowledgedAfterHours(2).build()
                .toBuilder().batchId("B-9").build();
        ComplaintLog log = ComplaintLog.builder().product(chelsea).batch(loaferBatch)
                .complaints(List.of(good, unknownSku, otherBatch)).build();

        List<Walkthrough.Step> steps = Walkthrough.replay(rules, log, NOW);

        assertThat(steps).extracting(Walkthrough.Step::event).anyMatch(e -> e.startsWith("C-1 arrives"))
                .noneMatch(e -> e.startsWith("C-2")).noneMatch(e -> e.startsWith("C-3"));
        assertThat(Walkthrough.rejected(rules, log, NOW)).extracting(Rejection::id, Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C-2", "sku"),
                        org.assertj.core.groups.Tuple.tuple("C-3", "batch_id"));
        assertThat(Walkthrough.rejected(rules, log, NOW)).isEqualTo(rules.assess(log, NOW).rejected());
        assertThat(rules.openSessions()).isZero();
    }
}
