package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of complaints in {@link Complaint#BY_RECEIPT} order that also holds their receipt
 * times as numbers: a series' windows slide over those without visiting each complaint, and a
 * monitor makes the next version of a series by inserting one complaint, not by checking thousands
 * again. Internal: series, the series index and the monitor make them.
 */
public final class ReceiptOrder extends AbstractList<Complaint> implements RandomAccess {

    private static final ReceiptOrder EMPTY = new ReceiptOrder(new Complaint[0], new long[0], new int[0]);

    private final Complaint[] complaints;
    private final long[] seconds;
    private final int[] nanos;

    private ReceiptOrder(Complaint[] complaints, long[] seconds, int[] nanos) {
        this.complaints = complaints;
        this.seconds = seconds;
        this.nanos = nanos;
    }

    /** These complaints in receipt order (sorted if they are not). */
    public static ReceiptOrder of(List<Complaint> complaints) {
        if (complaints instanceof ReceiptOrder ordered) {
            return ordered;
        }
        Complaint[] array = complaints.toArray(new Complaint[0]);
        long[] seconds = new long[array.length];
        int[] nanos = new int[array.length];
        readTimes(array, seconds, nanos);
        if (!inOrder(array, seconds, nanos)) {
            Arrays.sort(array, Complaint.BY_RECEIPT);
            readTimes(array, seconds, nanos);
        }
        return new ReceiptOrder(array, seconds, nanos);
    }

    public static ReceiptOrder empty() {
        return EMPTY;
    }

    /**
     * Sorts {@code complaints} into receipt order (when they are not in it already) and fills
     * {@code seconds} and {@code nanos} with their receipt times: the whole log, once, so that
     * {@link #gather} can make each group's list without visiting its complaints.
     */
    static void sortByReceipt(Complaint[] complaints, long[] seconds, int[] nanos) {
        readTimes(complaints, seconds, nanos);
        if (!inOrder(complaints, seconds, nanos)) {
            Arrays.sort(complaints, Complaint.BY_RECEIPT);
            readTimes(complaints, seconds, nanos);
        }
    }

    /** The complaints at these ascending {@code positions} of arrays that {@link #sortByReceipt} filled. */
    static ReceiptOrder gather(Complaint[] all, long[] allSeconds, int[] allNanos, int[] positions, int count) {
        Complaint[] complaints = new Complaint[count];
        long[] seconds = new long[count];
        int[] nanos = new int[count];
        for (int i = 0; i < count; i++) {
            int at = positions[i];
            complaints[i] = all[at];
            seconds[i] = allSeconds[at];
            nanos[i] = allNanos[at];
        }
        return new ReceiptOrder(complaints, seconds, nanos);
    }

    private static void readTimes(Complaint[] complaints, long[] seconds, int[] nanos) {
        for (int i = 0; i < complaints.length; i++) {
            Instant at = java.util.Objects.requireNonNull(complaints[i], "complaints: a series holds no null complaint")
                    .receivedAt();
            seconds[i] = at.getEpochSecond();
            nanos[i] = at.getNano();
        }
    }

    /** {@link Complaint#BY_RECEIPT} on the numbers; the ids only for complaints received at one instant. */
    private static boolean inOrder(Complaint[] complaints, long[] seconds, int[] nanos) {
        for (int i = 1; i < complaints.length; i++) {
            if (seconds[i - 1] > seconds[i] || seconds[i - 1] == seconds[i] && (nanos[i - 1] > nanos[i]
                    || nanos[i - 1] == nanos[i] && complaints[i - 1].id().compareTo(complaints[i].id()) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** This list with {@code complaint} added in its place. */
    public ReceiptOrder with(Complaint complaint) {
        int at = Arrays.binarySearch(complaints, complaint, Complaint.BY_RECEIPT);
        int position = at >= 0 ? at : -at - 1;
        int n = complaints.length;
        Complaint[] array = new Complaint[n + 1];
        long[] secs = new long[n + 1];
        int[] ns = new int[n + 1];
        System.arraycopy(complaints, 0, array, 0, position);
        System.arraycopy(seconds, 0, secs, 0, position);
        System.arraycopy(nanos, 0, ns, 0, position);
        array[position] = complaint;
        secs[position] = complaint.receivedAt().getEpochSecond();
        ns[position] = complaint.receivedAt().getNano();
        System.arraycopy(complaints, position, array, position + 1, n - position);
        System.arraycopy(seconds, position, secs, position + 1, n - position);
        System.arraycopy(nanos, position, ns, position + 1, n - position);
        return new ReceiptOrder(array, secs, ns);
    }

    /** This list without the complaint of this id (unchanged when there is none). */
    public ReceiptOrder without(String complaintId) {
        for (int position = 0; position < complaints.length; position++) {
            if (complaints[position].id().equals(complaintId)) {
                int n = complaints.length;
                Complaint[] array = new Complaint[n - 1];
                long[] secs = new long[n - 1];
                int[] ns = new int[n - 1];
                System.arraycopy(complaints, 0, array, 0, position);
                System.arraycopy(seconds, 0, secs, 0, position);
                System.arraycopy(nanos, 0, ns, 0, position);
                System.arraycopy(complaints, position + 1, array, position, n - position - 1);
                System.arraycopy(seconds, position + 1, secs, position, n - position - 1);
                System.arraycopy(nanos, position + 1, ns, position, n - position - 1);
                return new ReceiptOrder(array, secs, ns);
            }
        }
        return this;
    }

    /** The first position {@code from} or later whose complaint came {@code window} or less before the one at {@code newest}. */
    public int windowStart(int from, int newest, Duration window) {
        long earliestSeconds = seconds[newest] - window.getSeconds();
        long earliestNanos = (long) nanos[newest] - window.getNano();
        if (earliestNanos < 0) {
            earliestNanos += 1_000_000_000L;
            earliestSeconds--;
        }
        int lo = from;
        while (seconds[lo] < earliestSeconds || seconds[lo] == earliestSeconds && nanos[lo] < earliestNanos) {
            lo++;
        }
        return lo;
    }

    @Override
    public Complaint get(int index) {
        return complaints[index];
    }

    @Override
    public int size() {
        return complaints.length;
    }

    @Override
    public Object[] toArray() {
        return complaints.clone();
    }
}
