package io.welt.complaints.rules.reliability;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.Rejection;

import org.junit.jupiter.api.Test;

/**
 * A record rejected for a bad value, then resubmitted corrected under the same id (a spreadsheet
 * row fixed further down): the rejection of the second must be precise. Today it says "the first
 * stands" although the first was rejected, so nothing with that id is assessed.
 */
class ResubmittedDuplicateTest {

    @Test
    void aDuplicateOfARejectedRecord_isNotRejectedAsIfTheFirstStood() {
        Product boot = aProduct("CH-42", "Chelsea boot").build();
        Complaint future = aComplaint("C-1").on(boot).receivedAt(NOW.plusSeconds(3_600)).build();
        Complaint corrected = aComplaint("C-1").on(boot).receivedHoursAgo(2).build();
        Assessment assessment = ComplaintRules.standard().assess(
                ComplaintLog.builder().product(boot).complaint(future).complaint(corrected).build(), NOW);
        assertThat(assessment.rejected()).filteredOn(r -> r.line() == 1).extracting(Rejection::field)
                .containsExactly("received_at");
        // Either the corrected record is assessed, or its rejection does not claim that the first one stands.
        if (assessment.complaint("C-1").isEmpty()) {
            assertThat(assessment.rejected()).filteredOn(r -> r.line() == 2).singleElement()
                    .extracting(Rejection::message).asString().doesNotContain("the first stands");
        }
    }
}
