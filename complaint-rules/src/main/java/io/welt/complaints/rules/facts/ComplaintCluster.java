package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.FitDirection;
import io.welt.complaints.model.RepeatFinding;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Complaints of one {@link ComplaintSeries} that lie close enough together in time to count as one
 * pattern: a candidate repeat finding. Made by the series' window methods; a repeat rule turns it
 * into a {@link RepeatFinding} with {@link #toFinding}.
 *
 * @param scope      the series' scope
 * @param key        the series' key
 * @param defect     the series' defect, or null
 * @param complaints the complaints, in the order received (never empty)
 */
public record ComplaintCluster(FindingScope scope, String key, String defect, List<Complaint> complaints) {

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param scope the series' scope
     * @param key the series' key
     * @param defect the series' defect, or null
     * @param complaints the complaints, in the order received (never empty)
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public ComplaintCluster {
        complaints = List.copyOf(complaints);
        if (complaints.isEmpty()) {
            throw new IllegalArgumentException("complaints: a cluster holds at least one complaint");
        }
    }

    /**
     * How many complaints it holds.
     *
     * @return the number of complaints, at least 1
     */
    public int size() {
        return complaints.size();
    }

    /**
     * When the first complaint was received.
     *
     * @return the time received
     */
    public Instant from() {
        return complaints.get(0).receivedAt();
    }

    /**
     * When the last complaint was received.
     *
     * @return the time received
     */
    public Instant to() {
        return complaints.get(complaints.size() - 1).receivedAt();
    }

    /**
     * The complaints' ids, in the order received.
     *
     * @return the ids, unmodifiable
     */
    public List<String> complaintIds() {
        String[] ids = new String[complaints.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = complaints.get(i).id();
        }
        return List.of(ids);
    }

    /**
     * The distinct product lines of the complaints, sorted.
     *
     * @return the product lines, unmodifiable
     */
    public List<String> productLines() {
        Set<String> lines = new HashSet<>(); // a cluster of a busy supplier holds thousands: sort the few distinct
        for (Complaint complaint : complaints) {
            lines.add(complaint.productLine());
        }
        return lines.stream().sorted().toList();
    }

    /**
     * For a SIZE cluster, the size and what it is of, from the key: "EU 42 on last L-7105", or
     * "EU 42 on product line 'Derby shoe' (its last not known)"; otherwise the key.
     *
     * @return the subject in words
     */
    public String sizeSubject() {
        int comma = key.lastIndexOf(", ");
        if (scope != FindingScope.SIZE || comma < 0) {
            return key;
        }
        String size = key.substring(comma + 2);
        String of = key.substring(0, comma);
        return of.startsWith("last ") ? size + " on " + of
                : size + " on product line '" + of.substring("line ".length()) + "' (its last not known)";
    }

    /**
     * The distinct SKUs of the complaints, sorted.
     *
     * @return the SKUs, unmodifiable
     */
    public List<String> skus() {
        TreeSet<String> skus = new TreeSet<>();
        for (Complaint complaint : complaints) {
            skus.add(complaint.sku());
        }
        return List.copyOf(skus);
    }

    /**
     * Which way the size runs, as the complaints say it (their {@code fit_direction}, else a defect
     * code that names it, such as RUNS_SMALL): "runs small (3 of 4 say so)" when some say small and
     * none large, likewise large; "is said to run small by 2 and large by 1" when they disagree; and
     * "does not say whether it runs small or large" when none says.
     *
     * @return the direction in words
     */
    public String fitDirection() {
        int small = 0;
        int large = 0;
        for (Complaint complaint : complaints) {
            FitDirection direction = complaint.fitDirection() != null ? complaint.fitDirection()
                    : FitDirection.ofCode(complaint.defect());
            if (direction == FitDirection.SMALL) {
                small++;
            } else if (direction == FitDirection.LARGE) {
                large++;
            }
        }
        if (small > 0 && large > 0) {
            return "is said to run small by " + small + " and large by " + large;
        }
        if (small + large == 0) {
            return "does not say whether it runs small or large";
        }
        return "runs " + (small > 0 ? "small" : "large") + " (" + (small + large) + " of " + complaints.size() + " say so)";
    }

    /**
     * The distinct defects of the complaints, sorted.
     *
     * @return the defect codes, unmodifiable
     */
    public List<String> defects() {
        TreeSet<String> defects = new TreeSet<>();
        for (Complaint complaint : complaints) {
            defects.add(complaint.defect());
        }
        return List.copyOf(defects);
    }

    /**
     * Whole days from the first complaint to the last.
     *
     * @return the days, 0 when they came on one day
     */
    public long spanDays() {
        return java.time.Duration.between(from(), to()).toDays();
    }

    /**
     * The complaint ids joined for a reason sentence: "C-1, C-4, C-9", shortened past twelve.
     *
     * @return the ids in words
     */
    public String describeIds() {
        int shown = complaints.size() <= 12 ? complaints.size() : 10;
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            ids.append(i == 0 ? "" : ", ").append(complaints.get(i).id());
        }
        return shown == complaints.size() ? ids.toString() : ids + " and " + (complaints.size() - 10) + " more";
    }

    /**
     * Consistent with the record's equals, from the first and last complaints and the count rather
     * than every complaint: the rule engine keys each cluster it takes from a series in a map, and a
     * busy supplier's cluster holds thousands.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(scope, key, defect, complaints.size(), complaints.get(0),
                complaints.get(complaints.size() - 1));
    }

    /**
     * The finding this cluster makes, with a stable id from its first complaint.
     *
     * @param rule the rule that makes it
     * @param reason why, in words with the figures
     * @return the finding
     */
    public RepeatFinding toFinding(String rule, String reason) {
        String id = RepeatFinding.idOf(scope, key, defect, complaints.get(0).id());
        return new RepeatFinding(id, scope, key, defect, complaintIds(), from(), to(), rule, reason);
    }

    /**
     * The id of the finding this cluster makes: see {@link RepeatFinding#idOf}.
     *
     * @return the id, e.g. "BATCH/B-00577/STITCHING/C-00238"
     */
    public String findingId() {
        return RepeatFinding.idOf(scope, key, defect, complaints.get(0).id());
    }
}
