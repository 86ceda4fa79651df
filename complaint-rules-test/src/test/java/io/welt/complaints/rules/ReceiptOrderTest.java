package io.welt.complaints.rules;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.internal.ReceiptOrder;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.welt.complaints.test.Facts.NOW;
import static io.welt.complaints.test.Facts.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

/** The monitor's series versions: insertions and removals keep receipt order, windows start where a scan says. */
class ReceiptOrderTest {

    private final Random random = new Random(5);

    @Test
    void insertingAndRemoving_keepsTheOrderASortGives() {
        ReceiptOrder order = ReceiptOrder.empty();
        List<Complaint> expected = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            if (!expected.isEmpty() && random.nextInt(4) == 0) {
                Complaint gone = expected.remove(random.nextInt(expected.size()));
                order = order.without(gone.id());
            } else {
                // Seconds apart, some at the same instant (then the id decides), some with nanoseconds.
                Complaint added = aComplaint(String.format("R-%03d", random.nextInt(1000)) + "-" + i)
                        .receivedAt(NOW.minusSeconds(random.nextInt(50)).plusNanos(random.nextBoolean() ? 0 : 7)).build();
                expected.add(added);
                order = order.with(added);
            }
            expected.sort(Complaint.BY_RECEIPT);
            assertThat(order).containsExactlyElementsOf(expected);
        }
        assertThat(order.without("no such id")).isSameAs(order);
        List<Complaint> backwards = new ArrayList<>(expected);
        java.util.Collections.reverse(backwards);
        assertThat(ReceiptOrder.of(backwards)).containsExactlyElementsOf(expected);
    }

    @Test
    void windowStart_isTheFirstComplaintWithinTheWindow() {
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            complaints.add(aComplaint("W-" + i).receivedAt(NOW.minusSeconds(random.nextInt(10_000))
                    .minusNanos(random.nextInt(1_000_000_000))).build());
        }
        ReceiptOrder order = ReceiptOrder.of(complaints);
        for (Duration window : List.of(Duration.ZERO, Duration.ofMillis(1500), Duration.ofSeconds(600, 999_999_999))) {
            for (int newest = 0; newest < order.size(); newest++) {
                int scan = 0;
                while (order.get(scan).receivedAt().isBefore(order.get(newest).receivedAt().minus(window))) {
                    scan++;
                }
                assertThat(order.windowStart(0, newest, window)).as("window %s ending at %d", window, newest).isEqualTo(scan);
            }
        }
    }
}
