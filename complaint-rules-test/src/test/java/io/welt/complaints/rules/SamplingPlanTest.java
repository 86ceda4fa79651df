package io.welt.complaints.rules;


import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.policy.SamplingPlan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ISO 2859-1 single sampling, normal inspection, general inspection level II: the values below are
 * typed from the standard's Table I (sample size code letters) and Table II-A (single sampling plans
 * for normal inspection), not computed.
 */
class SamplingPlanTest {

    @ParameterizedTest(name = "lot {0}: code letter {1}, sample {2}")
    @CsvSource({
            // Table I, level II, at both ends of each lot range; Table II-A's sample size of the letter,
            // read at the AQL where the letter's own plan is Ac 0, Re 1 (the table's first diagonal).
            "2, A, 2, 6.5", "8, A, 2, 6.5",
            "9, B, 3, 4.0", "15, B, 3, 4.0",
            "16, C, 5, 2.5", "25, C, 5, 2.5",
            "26, D, 8, 1.5", "50, D, 8, 1.5",
            "51, E, 13, 1.0", "90, E, 13, 1.0",
            "91, F, 20, 0.65", "150, F, 20, 0.65",
            "151, G, 32, 0.40", "280, G, 32, 0.40",
            "281, H, 50, 0.25", "500, H, 50, 0.25",
            "501, J, 80, 0.15", "1200, J, 80, 0.15",
            "1201, K, 125, 0.10", "3200, K, 125, 0.10",
            "3201, L, 200, 0.065", "10000, L, 200, 0.065",
            "10001, M, 315, 0.040", "35000, M, 315, 0.040",
            "35001, N, 500, 0.025", "150000, N, 500, 0.025",
            "150001, P, 800, 0.015", "500000, P, 800, 0.015",
            "500001, Q, 1250, 0.010", "2000000, Q, 1250, 0.010",
    })
    void tableI_codeLetterAndSampleSizeFromTheLotSize(int lot, char letter, int sample, String aql) {
        SamplingPlan plan = SamplingPlan.forLot(lot, new BigDecimal(aql));
        assertThat(plan.codeLetter()).isEqualTo(letter);
        assertThat(plan.planLetter()).isEqualTo(letter);
        assertThat(plan.sampleSize()).isEqualTo(Math.min(sample, lot));
        assertThat(plan.accept()).isZero();
        assertThat(plan.reject()).isEqualTo(1);
    }

    @ParameterizedTest(name = "lot {0}, AQL {1}: {2} n={3} Ac {4} Re {5}")
    @CsvSource({
            // Table II-A, cells with a plan (no arrow)
            "400, 1.0, H, 50, 1, 2",
            "400, 2.5, H, 50, 3, 4",
            "400, 4.0, H, 50, 5, 6",
            "400, 6.5, H, 50, 7, 8",
            "400, 10, H, 50, 10, 11",
            "400, 0.25, H, 50, 0, 1",
            "1000, 1.0, J, 80, 2, 3",
            "1000, 2.5, J, 80, 5, 6",
            "2000, 1.0, K, 125, 3, 4",
            "2000, 2.5, K, 125, 7, 8",
            "2000, 4.0, K, 125, 10, 11",
            "2000, 0.10, K, 125, 0, 1",
            "5000, 1.0, L, 200, 5, 6",
            "5000, 0.65, L, 200, 3, 4",
            "20000, 1.0, M, 315, 7, 8",
            "100000, 1.0, N, 500, 10, 11",
            "200000, 1.0, P, 800, 14, 15",
            "600000, 1.0, Q, 1250, 21, 22",
            "600000, 0.010, Q, 1250, 0, 1",
            "200, 2.5, G, 32, 2, 3",
            "120, 2.5, F, 20, 1, 2",
            "40, 6.5, D, 8, 1, 2",
            "5, 6.5, A, 2, 0, 1",
    })
    void tableIIA_plansWithoutAnArrow(int lot, String aql, char letter, int sample, int ac, int re) {
        SamplingPlan plan = SamplingPlan.forLot(lot, new BigDecimal(aql));
        assertThat(plan.codeLetter()).isEqualTo(letter);
        assertThat(plan.planLetter()).isEqualTo(letter);
        assertThat(plan.sampleSize()).isEqualTo(sample);
        assertThat(plan.accept()).isEqualTo(ac);
        assertThat(plan.reject()).isEqualTo(re);
    }

    @ParameterizedTest(name = "lot {0}, AQL {1}: {2} points to {3}, n={4} Ac {5} Re {6}")
    @CsvSource({
            // An arrow down: the first plan below, with its larger sample.
            "400, 0.65, H, J, 80, 1, 2",     // H at 0.65 is an arrow down: J, n=80, 1 2
            "60, 1.0, E, E, 13, 0, 1",       // E at 1.0 is 0 1 itself
            "30, 1.0, D, E, 13, 0, 1",       // D at 1.0 points down to E's 0 1
            "10, 1.0, B, E, 13, 0, 1",       // and so does B: n=13 from a lot of 10, so every unit
            "400, 0.010, H, Q, 1250, 0, 1",  // all the way down to Q; a lot of 400 is inspected whole
            "100, 2.5, F, F, 20, 1, 2",
            "70, 2.5, E, F, 20, 1, 2",       // E at 2.5 points down to F: n=20, 1 2
            // An arrow up: the first plan above, with its smaller sample.
            "400, 0.40, H, G, 32, 0, 1",     // H at 0.40 is an arrow up: G, n=32, 0 1
            "5000, 10, L, K, 125, 21, 22",   // L at 10 points up to K's 21 22
            "12, 6.5, B, A, 2, 0, 1",        // B at 6.5 points up to A
            "40, 2.5, D, C, 5, 0, 1",        // D at 2.5 points up to C: n=5, 0 1
    })
    void tableIIA_arrowsLeadToAnotherPlanAndItsSampleSize(int lot, String aql, char code, char planLetter, int sample,
                                                         int ac, int re) {
        SamplingPlan plan = SamplingPlan.forLot(lot, new BigDecimal(aql));
        assertThat(plan.codeLetter()).isEqualTo(code);
        assertThat(plan.planLetter()).isEqualTo(planLetter);
        assertThat(plan.sampleSize()).isEqualTo(Math.min(sample, lot));
        assertThat(plan.accept()).isEqualTo(ac);
        assertThat(plan.reject()).isEqualTo(re);
    }

    @Test
    void aSampleAsLargeAsTheLotMeansEveryUnit() {
        SamplingPlan plan = SamplingPlan.forLot(10, new BigDecimal("1.0"));
        assertThat(plan.sampleSize()).isEqualTo(10);
        assertThat(plan.isWholeLot()).isTrue();
        assertThat(plan.describe()).contains("code letter B (arrow to E)").contains("sample 10 (every unit)");
        assertThat(SamplingPlan.forLot(400, new BigDecimal("1.0")).isWholeLot()).isFalse();
    }

    @Test
    void describe_namesTheStandardLetterSampleAndNumbers() {
        assertThat(SamplingPlan.forLot(400, new BigDecimal("1.0")).describe()).isEqualTo(
                "ISO 2859-1 single sampling, normal inspection, level II, lot 400: code letter H, sample 50, AQL 1.0: Ac 1, Re 2");
    }

    @Test
    void acceptsUpToAcRejectsFromRe() {
        SamplingPlan plan = SamplingPlan.forLot(400, new BigDecimal("1.0"));
        assertThat(plan.accepts(0)).isTrue();
        assertThat(plan.accepts(1)).isTrue();
        assertThat(plan.accepts(2)).isFalse();
    }

    @Test
    void anAqlNotInTheTableOrATinyLotIsRefused() {
        assertThatThrownBy(() -> SamplingPlan.forLot(400, new BigDecimal("1.2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("aql: 1.2 is not an AQL of ISO 2859-1");
        assertThatThrownBy(() -> SamplingPlan.forLot(1, new BigDecimal("1.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lotSize:");
        assertThatThrownBy(() -> Policy.builder().aql(new BigDecimal("3")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("aql: 3 is not an AQL");
        assertThat(Policy.builder().aql(new BigDecimal("0.65")).build().samplingPlan(400).sampleSize()).isEqualTo(80);
    }
}
