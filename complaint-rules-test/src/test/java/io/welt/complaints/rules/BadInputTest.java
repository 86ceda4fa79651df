package io.welt.complaints.rules;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Product;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad records in a log handed to the API are rejected with source, line, field and reason; the
 * rest of the log is still assessed, and nothing is silently dropped.
 */
class BadInputTest {

    private final ComplaintRules rules = ComplaintRules.standard();
    private final Product chelsea = aProduct("CH-42", "Chelsea boot").build();

    @Test
    void everyKindOfBadRecordIsRejectedAndTheRestAssessed() {
        Complaint good = aComplaint("C-1").on(chelsea).build();
        Complaint duplicate = aComplaint("C-1").on(chelsea).withDefect("SIZING").build();
        Complaint future = aComplaint("C-2").on(chelsea).receivedAt(NOW.plus(Duration.ofHours(1))).build();
        Complaint unknownSku = Complaint.builder("C-3", NOW.minusSeconds(60), "CU-3", "ZZ-99", "STITCHING").build();
        Complaint unknownCode = aComplaint("C-4").on(chelsea).withDefect("TOE_CAP_RUST").build();
        Complaint wrongLine = aComplaint("C-5").on(chelsea).onLine("Derby shoe").build();
        Batch derbyBatch = aBatch("B-DB", "DB-41").quantity(100).build();
        Complaint wrongBatch = aComplaint("C-6").on(chelsea).fromBatch("B-DB").build();
        Complaint ackAfterClock = aComplaint("C-7").on(chelsea).receivedHoursAgo(1).acknowledgedAfterHours(2).build();
        Complaint unknownSkuWithLine = Complaint.builder("C-8", NOW.minusSeconds(60), "CU-8", "NEW-1", "SIZING")
                .productLine("Loafer").build();
        List<Complaint> all = List.of(good, duplicate, future, unknownSku, unknownCode, wrongLine, wrongBatch,
                ackAfterClock, unknownSkuWithLine);

        Assessment assessment = rules.assess(ComplaintLog.builder().product(chelsea).batch(derbyBatch)
                .complaints(all).build(), NOW);

        assertThat(assessment.rejected()).extracting(Rejection::line, Rejection::id, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "C-1", "id"),
                org.assertj.core.groups.Tuple.tuple(3L, "C-2", "received_at"),
                org.assertj.core.groups.Tuple.tuple(4L, "C-3", "sku"),
                org.assertj.core.groups.Tuple.tuple(5L, "C-4", "defect"),
                org.assertj.core.groups.Tuple.tuple(6L, "C-5", "product_line"),
                org.assertj.core.groups.Tuple.tuple(7L, "C-6", "batch_id"),
                org.assertj.core.groups.Tuple.tuple(8L, "C-7", "acknowledged_at"));
        assertThat(assessment.rejected()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("complaints");
            assertThat(r.message()).isNotBlank();
        });
        assertThat(assessment.rejected().get(0).message()).contains("line 1").contains("first stands");
        assertThat(assessment.rejected().get(3).message()).contains("TOE_CAP_RUST");
        assertThat(assessment.complaints()).extracting(Complaint::id).containsExactly("C-1", "C-8");
        assertThat(assessment.severityOf("C-1")).isNotNull();
        assertThat(assessment.complaints().get(0).defect()).isEqualTo("STITCHING");
        assertThat(assessment.complaints().get(1).productLine()).isEqualTo("Loafer");
    }

    @Test
    void everyComplaintIsEitherAssessedOrRejectedNeverBoth() {
        Complaint good = aComplaint("C-1").on(chelsea).build();
        Complaint future = aComplaint("C-2").on(chelsea).receivedAt(NOW.plusSeconds(1)).build();
        Assessment assessment = rules.assess(ComplaintLog.builder().product(chelsea).complaints(List.of(good, future))
                .build(), NOW);
        assertThat(assessment.complaints()).extracting(Complaint::id).containsExactly("C-1");
        assertThat(assessment.rejected()).extracting(Rejection::id).containsExactly("C-2");
    }

    @Test
    void productLineIsFilledInFromTheProducts() {
        Complaint noLine = Complaint.builder("C-1", NOW.minusSeconds(60), "CU-1", "CH-42", "SIZING").build();
        Assessment assessment = rules.assess(ComplaintLog.builder().product(chelsea).complaint(noLine).build(), NOW);
        assertThat(assessment.complaints()).singleElement()
                .satisfies(c -> assertThat(c.productLine()).isEqualTo("Chelsea boot"));
    }

    @Test
    void duplicateProductsAndBatchesAndFutureBatchesAreRejected() {
        Product again = aProduct("CH-42", "Boot").build();
        Batch batch = aBatch("B-1", "CH-42").quantity(10).build();
        Batch batchAgain = aBatch("B-1", "CH-42").quantity(20).build();
        Batch future = new Batch("B-2", "CH-42", NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(3), 5, null, null);
        Assessment assessment = rules.assess(ComplaintLog.builder().product(chelsea).product(again)
                .batch(batch).batch(batchAgain).batch(future).build(), NOW);
        assertThat(assessment.rejected()).extracting(Rejection::source, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("batches", "batch_id"),
                org.assertj.core.groups.Tuple.tuple("batches", "produced_on"),
                org.assertj.core.groups.Tuple.tuple("products", "sku"));
    }

    @Test
    void readerRejectionsAreReportedWithTheAssessment() {
        Rejection unreadable = new Rejection("complaints.csv", 7, "C-7", "received_at", "'yesterday' is not a date");
        Assessment assessment = rules.assess(ComplaintLog.builder().rejected(unreadable).build(), NOW);
        assertThat(assessment.rejected()).containsExactly(unreadable);
    }
}
