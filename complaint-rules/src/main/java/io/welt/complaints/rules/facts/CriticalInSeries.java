package io.welt.complaints.rules.facts;

import io.welt.complaints.model.FindingScope;

import java.time.Instant;
import java.util.Objects;

/**
 * A complaint with a CRITICAL severity claim, as a member of one series (see {@link ComplaintSeries}):
 * the fact that lets a repeat finding find its critical complaints by its series and time span,
 * instead of looking up each of its members (a supplier's finding can hold thousands).
 *
 * @param scope       the series' scope
 * @param key         the series' key
 * @param defect      the series' defect, or null when it spans defects
 * @param complaintId the critical complaint
 * @param receivedAt  when it was received
 */
public record CriticalInSeries(FindingScope scope, String key, String defect, String complaintId, Instant receivedAt) {

    /**
     * Checks the values.
     *
     * @param scope the series' scope
     * @param key the series' key
     * @param defect the series' defect, or null when it spans defects
     * @param complaintId the critical complaint
     * @param receivedAt when it was received
     * @throws NullPointerException when a required value is null; the message names it
     */
    public CriticalInSeries {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
