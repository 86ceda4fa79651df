package io.welt.complaints.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shoe sizes of three systems on one scale: through the length of the last. */
class SizeSystemTest {

    @ParameterizedTest(name = "{0} {1} is EU {2}")
    @CsvSource({
            // The length of the last: EU 42 = 280 mm; UK 8 = 11 inches = 279.4 mm; US 9 (men's) = UK 8.
            "EU, 42, 42.0",
            "EU, 42.5, 42.5",
            "UK, 8, 42.0",
            "UK, 7, 40.5",
            "UK, 9, 43.0",
            "UK, 8.5, 42.5",
            "US, 9, 42.0",
            "US, 10, 43.0",
    })
    void toEu(SizeSystem system, String size, String eu) {
        assertThat(system.toEu(new BigDecimal(size))).isEqualTo(new BigDecimal(eu));
    }

    @Test
    void lastLength_euIsParisPoints_ukIsBarleycornsFrom25() {
        assertThat(SizeSystem.EU.lastLengthMm(new BigDecimal("42")).doubleValue()).isEqualTo(280.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SizeSystem.UK.lastLengthMm(new BigDecimal("8")).doubleValue()).isEqualTo(279.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void complaint_sizeWithoutSystemIsEu_andCarriesItsEuLabel() {
        Complaint complaint = complaint().size("42").build();
        assertThat(complaint.sizeSystem()).isEqualTo(SizeSystem.EU);
        assertThat(complaint.euSizeLabel()).isEqualTo("EU 42");
        Complaint uk = complaint().size("8.5").sizeSystem(SizeSystem.UK).build();
        assertThat(uk.euSizeLabel()).isEqualTo("EU 42.5");
        Complaint none = complaint().sizeSystem(SizeSystem.UK).build();
        assertThat(none.sizeSystem()).isEqualTo(SizeSystem.UK);
        assertThat(none.euSize()).isNull();
    }

    @Test
    void complaint_badSizesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> complaint().size("large").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size: 'large' is not a number");
        assertThatThrownBy(() -> complaint().size("80").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size: EU 80 is EU 80, outside");
    }

    @Test
    void fitDirection_ofCode() {
        assertThat(FitDirection.ofCode("RUNS_SMALL")).isEqualTo(FitDirection.SMALL);
        assertThat(FitDirection.ofCode("TOO_LARGE")).isEqualTo(FitDirection.LARGE);
        assertThat(FitDirection.ofCode("SIZING")).isNull();
        assertThat(FitDirection.ofCode("SMALLPOX")).isNull();
    }

    private static Complaint.Builder complaint() {
        return Complaint.builder("C-1", Instant.parse("2026-01-01T00:00:00Z"), "CUST-1", "SKU-1", "SIZING");
    }
}
