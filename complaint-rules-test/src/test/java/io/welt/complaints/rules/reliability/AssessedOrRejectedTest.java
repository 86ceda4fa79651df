package io.welt.complaints.rules.reliability;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog.Entry;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.RecordOrigin;
import io.welt.complaints.rules.Rejection;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Bad;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Input;
import io.welt.complaints.rules.reliability.ReliabilityLogs.Planted;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is silently dropped or invented: every complaint record of the input is either assessed or
 * rejected, never both and never neither, and every bad record is rejected on the field that is
 * wrong.
 *
 * <p>Tries {@value #LOGS} seeded logs of 50 to 300 complaints ({@link ReliabilityLogs#input}), each with
 * 5 to 25 bad records mixed in at random places: duplicate ids (after the first, with other values),
 * complaints received after the clock, unknown defect codes, unknown SKUs without a product line. A
 * record is "assessed" when the assessment holds a complaint equal to it (its product line filled in
 * from the products if it had none), "rejected" when a rejection names its origin. It fails on the
 * first log with a record assessed and rejected, neither, rejected twice or on the wrong field, an
 * assessed complaint that is not in the input, or a rejection of a record that is not in the input.
 */
class AssessedOrRejectedTest {

    private static final int LOGS = 120;
    private static final ComplaintRules RULES = ComplaintRules.standard();

    @Test
    void everyComplaintIsAssessedOrRejected_neverBothNeverNeither() {
        Map<Bad, Integer> plantedByKind = new EnumMap<>(Bad.class);
        for (long seed = 1; seed <= LOGS; seed++) {
            List<Planted> planted = new ArrayList<>();
            Input input = ReliabilityLogs.withBadRecords(ReliabilityLogs.input(seed), new Random(seed), planted,
                    EnumSet.allOf(Bad.class));
            Assessment assessment = RULES.assess(input.toLog(), input.asOf());
            String context = "seed " + seed + " (" + input + ")";

            Map<RecordOrigin, List<Rejection>> rejectedAt = new HashMap<>();
            for (Rejection rejection : assessment.rejected()) {
                rejectedAt.computeIfAbsent(new RecordOrigin(rejection.source(), rejection.line()), o -> new ArrayList<>())
                        .add(rejection);
            }
            Map<String, Complaint> assessed = new HashMap<>();
            for (Complaint complaint : assessment.complaints()) {
                assertThat(assessed.put(complaint.id(), complaint)).as("%s: %s assessed twice", context, complaint)
                        .isNull();
            }

            List<String> wrong = new ArrayList<>();
            int matched = 0;
            Map<RecordOrigin, Entry<Complaint>> inputAt = new HashMap<>();
            for (Entry<Complaint> entry : input.complaints()) {
                assertThat(inputAt.put(entry.origin(), entry)).as("%s: origins are unique", context).isNull();
                List<Rejection> rejections = rejectedAt.getOrDefault(entry.origin(), List.of());
                boolean isAssessed = isAssessed(entry.value(), assessed.get(entry.value().id()));
                matched += isAssessed ? 1 : 0;
                if (rejections.size() + (isAssessed ? 1 : 0) != 1) {
                    wrong.add(entry.origin() + " " + entry.value() + ": assessed " + isAssessed + ", rejected "
                            + rejections);
                }
                rejections.forEach(r -> {
                    if (!entry.value().id().equals(r.id())) {
                        wrong.add(entry.origin() + ": rejected under another id: " + r);
                    }
                });
            }
            for (Planted bad : planted) {
                plantedByKind.merge(bad.kind(), 1, Integer::sum);
                List<Rejection> rejections = rejectedAt.getOrDefault(bad.origin(), List.of());
                if (rejections.size() != 1 || !rejections.get(0).field().equals(bad.kind().field)) {
                    wrong.add(bad + ": expected one rejection on field " + bad.kind().field + ", got " + rejections);
                }
            }
            for (RecordOrigin origin : rejectedAt.keySet()) {
                if (!inputAt.containsKey(origin)) {
                    wrong.add("a rejection of a record not in the input: " + rejectedAt.get(origin));
                }
            }
            assertThat(wrong).as("%s: records assessed and rejected, neither, or wrongly", context).isEmpty();
            assertThat(matched).as("%s: every assessed complaint is one record of the input", context)
                    .isEqualTo(assessment.complaints().size());
            assertThat(matched + assessment.rejected().size()).as("%s: assessed + rejected = input", context)
                    .isEqualTo(input.complaints().size());
        }
        assertThat(plantedByKind).as("every kind of bad record planted often").hasSize(Bad.values().length)
                .allSatisfy((kind, count) -> assertThat(count).as(kind.name()).isGreaterThan(40));
    }

    /** Whether {@code assessed} is this record, its product line filled in from the products when it had none. */
    private static boolean isAssessed(Complaint record, Complaint assessed) {
        if (assessed == null) {
            return false;
        }
        if (record.productLine() == null) {
            record = record.toBuilder().productLine(assessed.productLine()).build();
        }
        return record.equals(assessed);
    }
}
