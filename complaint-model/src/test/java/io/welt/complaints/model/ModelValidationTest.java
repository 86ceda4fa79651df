package io.welt.complaints.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad values are refused when a fact is built, with a message naming the field. */
class ModelValidationTest {

    private static final Instant RECEIVED = Instant.parse("2026-02-03T10:15:00Z");

    private static Complaint.Builder complaint() {
        return Complaint.builder("C-1", RECEIVED, "CU-1", "CH-42", "stitching");
    }

    @Test
    void complaint_requiredValuesAreNamedWhenMissing() {
        assertThatThrownBy(() -> complaint().id(null).build()).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> complaint().id("  ").build()).hasMessage("id: must not be blank");
        assertThatThrownBy(() -> complaint().receivedAt(null).build()).hasMessage("receivedAt");
        assertThatThrownBy(() -> complaint().customerId(null).build()).hasMessage("customerId");
        assertThatThrownBy(() -> complaint().sku("").build()).hasMessage("sku: must not be blank");
        assertThatThrownBy(() -> complaint().defect(null).build()).hasMessage("defect");
    }

    @Test
    void complaint_boughtAfterItWasReceivedIsAContradiction() {
        assertThatThrownBy(() -> complaint().purchasedOn(LocalDate.of(2026, 2, 5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("purchasedOn:");
        assertThat(complaint().purchasedOn(LocalDate.of(2026, 2, 3)).build().daysOwned()).isZero();
    }

    @Test
    void complaint_daysOwnedAndTheLatestPurchaseDateFollowTheCalendar() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 5_000; i++) {
            Instant received = Instant.ofEpochSecond(random.nextLong(-3_000_000_000L, 4_000_000_000L));
            LocalDate receivedDay = LocalDate.ofInstant(received, java.time.ZoneOffset.UTC);
            LocalDate bought = receivedDay.minusDays(random.nextInt(-1, 2_000));
            LocalDate latest = LocalDate.ofInstant(received, java.time.ZoneOffset.MAX);
            if (bought.isAfter(latest)) {
                LocalDate tooLate = bought;
                assertThatThrownBy(() -> complaint().receivedAt(received).purchasedOn(tooLate).build())
                        .hasMessageStartingWith("purchasedOn");
                continue;
            }
            long expected = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(bought, receivedDay));
            assertThat(complaint().receivedAt(received).purchasedOn(bought).build().daysOwned())
                    .as("bought %s, received %s", bought, received).isEqualTo(expected);
            assertThat(complaint().receivedAt(received).purchasedOn(latest).build().daysOwned()).isZero();
        }
        assertThat(complaint().build().daysOwned()).isNull();
    }

    @Test
    void complaint_lifecycleCannotPrecedeReceipt() {
        assertThatThrownBy(() -> complaint().acknowledgedAt(RECEIVED.minusSeconds(1)).build())
                .hasMessageStartingWith("acknowledgedAt:");
        assertThatThrownBy(() -> complaint().resolvedAt(RECEIVED.minusSeconds(60)).build())
                .hasMessageStartingWith("resolvedAt:");
        assertThatThrownBy(() -> complaint().waitingPeriods(List.of(
                new WaitingPeriod(RECEIVED.plusSeconds(10), RECEIVED.plusSeconds(100)),
                new WaitingPeriod(RECEIVED.plusSeconds(50), null))).build())
                .hasMessageStartingWith("waitingPeriods:");
        assertThatThrownBy(() -> new WaitingPeriod(RECEIVED, RECEIVED.minusSeconds(1))).hasMessageStartingWith("to:");
    }

    @Test
    void complaint_negativePriceIsRefused() {
        assertThatThrownBy(() -> complaint().pricePaid(Money.of("-1.00", "GBP")).build())
                .hasMessageStartingWith("pricePaid:");
    }

    @Test
    void complaint_isImmutableAndKeepsTextInAnyScript() {
        List<String> evidence = new ArrayList<>(List.of("photo-1.jpg"));
        Complaint complaint = complaint().description("Naht gerissen — 縫い目が裂けた 👢").evidence(evidence).build();
        evidence.add("photo-2.jpg");
        assertThat(complaint.evidence()).containsExactly("photo-1.jpg");
        assertThat(complaint.description()).isEqualTo("Naht gerissen — 縫い目が裂けた 👢");
        assertThat(complaint.defect()).isEqualTo("STITCHING");
        assertThat(complaint.toString()).doesNotContain("Naht").doesNotContain("CU-1");
        assertThat(complaint.toBuilder().build()).isEqualTo(complaint);
    }

    @Test
    void batch_negativeQuantityIsRefused() {
        assertThatThrownBy(() -> new Batch("B-1", "CH-42", LocalDate.of(2026, 1, 1), -5, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("quantity:");
        assertThat(new Batch("B-1", "CH-42", LocalDate.of(2026, 1, 1), 0, null, null).hasQuantity()).isFalse();
    }

    @Test
    void product_negativeCostIsRefused() {
        assertThatThrownBy(() -> Product.builder("CH-42", "Chelsea boot").unitCost(Money.of("-3", "GBP")).build())
                .hasMessageStartingWith("unitCost:");
        assertThatThrownBy(() -> Product.builder("CH-42", " ").build()).hasMessage("productLine: must not be blank");
    }

    @Test
    void taxonomy_addsAndOverridesCategoriesAsData() {
        DefectCategory strap = new DefectCategory("strap_failure", "Strap failure", ProcessStage.CLOSING,
                false, true, false, false, Severity.MEDIUM);
        DefectCategory harsherSizing = new DefectCategory("SIZING", "Sizing", ProcessStage.LASTING,
                false, false, false, false, Severity.HIGH);
        Taxonomy taxonomy = Taxonomy.footwearAndLeather().with(strap, harsherSizing);
        assertThat(taxonomy.find("Strap_Failure")).contains(strap);
        assertThat(taxonomy.find("SIZING").orElseThrow().defaultSeverity()).isEqualTo(Severity.HIGH);
        assertThat(Taxonomy.footwearAndLeather().find("SIZING").orElseThrow().defaultSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(Taxonomy.footwearAndLeather().find("STRAP_FAILURE")).isEmpty();
        assertThatThrownBy(() -> new DefectCategory("bad code", null, ProcessStage.CLOSING, false, false, false, false,
                Severity.LOW)).hasMessageStartingWith("code:");
    }

    @Test
    void taxonomy_defaultHasEveryCodeOfTheInterchange() {
        assertThat(Taxonomy.footwearAndLeather().categories()).extracting(DefectCategory::code).containsExactlyInAnyOrder(
                "STITCHING", "SOLE_SEPARATION", "SOLE_WEAR", "HEEL_FAILURE", "GRAIN_CRACKING", "FINISH_PEELING",
                "COLOUR_TRANSFER", "SUEDE_MARKING", "WATER_STAINING", "HARDWARE_FAILURE", "LINING_WEAR", "SIZING",
                "FIT_COMFORT", "ODOUR", "SKIN_REACTION", "PROTECTIVE_FAILURE", "WRONG_ITEM", "LATE_DELIVERY",
                "SERVICE_CONDUCT", "MISMATCHED_PAIR");
    }

    @Test
    void escalationLevel_raisesAndCapsAtTheTop() {
        assertThat(EscalationLevel.FRONTLINE.next()).isEqualTo(EscalationLevel.TEAM_LEADER);
        assertThat(EscalationLevel.TEAM_LEADER.raisedBy(2)).isEqualTo(EscalationLevel.SENIOR_MANAGEMENT);
        assertThat(EscalationLevel.QUALITY_MANAGER.raisedBy(5)).isEqualTo(EscalationLevel.SENIOR_MANAGEMENT);
        assertThatThrownBy(() -> new Escalation(TargetType.COMPLAINT, "C-1", EscalationLevel.FRONTLINE, RECEIVED,
                RECEIVED, "r", "why")).hasMessageStartingWith("level:");
    }
}
