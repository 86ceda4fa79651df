package io.welt.complaints.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.internal.SeriesIndex;
import io.welt.complaints.test.DenseLogs;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The series of a whole log are grouped in one fast pass, and a monitor files each new complaint by
 * {@link SeriesIndex#keysOf}: both must put every complaint in the same series.
 */
class SeriesIndexTest {

    @Test
    void theWholeLogPass_groupsAsEachComplaintsKeysSay() {
        for (long seed = 1; seed <= 20; seed++) {
            GeneratedLog log = seed % 2 == 0 ? DenseLogs.generate(seed)
                    : LogGenerator.withSeed(seed).complaints(2_000).productLines(12).suppliers(5).materialLots(30).generate();
            Map<String, Batch> batches = new HashMap<>();
            log.batches().forEach(batch -> batches.putIfAbsent(batch.id(), batch));

            Map<SeriesIndex.Key, List<Complaint>> oneByOne = new HashMap<>();
            for (Complaint complaint : log.complaints()) {
                for (SeriesIndex.Key key : SeriesIndex.keysOf(complaint, batches)) {
                    oneByOne.computeIfAbsent(key, k -> new ArrayList<>()).add(complaint);
                }
            }
            oneByOne.values().forEach(group -> group.sort(Complaint.BY_RECEIPT)); // groups come in receipt order
            assertThat(SeriesIndex.groups(log.complaints(), batches)).as("seed %d", seed).isEqualTo(oneByOne);
            assertThat(SeriesIndex.build(log.complaints(), batches)).as("seed %d", seed)
                    .hasSize((int) oneByOne.values().stream().filter(g -> g.size() >= SeriesIndex.MIN_SERIES).count())
                    .allSatisfy(series -> assertThat(series.complaints()).containsExactlyElementsOf(
                            oneByOne.get(new SeriesIndex.Key(series.scope(), series.key(), series.defect()))));
        }
    }
}
