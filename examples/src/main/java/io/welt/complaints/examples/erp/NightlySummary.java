package io.welt.complaints.examples.erp;

import io.welt.complaints.model.EscalationLevel;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The nightly full assessment in figures, and whether the warm engine agrees with it.
 *
 * @param asOf        the clock it was made as of
 * @param complaints  complaints assessed
 * @param findings    repeat findings
 * @param escalations escalations in force, by level
 * @param warnings    deadline warnings
 * @param rejected    stored records the rules could not assess
 * @param differences each conclusion that only one of the full assessment and the warm engine holds,
 *                    described by ids; empty when they agree
 */
public record NightlySummary(Instant asOf, int complaints, int findings, SortedMap<EscalationLevel, Long> escalations,
                             int warnings, int rejected, List<String> differences) {

    public NightlySummary {
        escalations = Collections.unmodifiableSortedMap(new TreeMap<>(escalations));
        differences = List.copyOf(differences);
    }

    /** Whether the warm engine holds exactly what the full assessment found. */
    public boolean agrees() {
        return differences.isEmpty();
    }

    /** Escalations in force, all levels. */
    public long escalationCount() {
        return escalations.values().stream().mapToLong(Long::longValue).sum();
    }
}
