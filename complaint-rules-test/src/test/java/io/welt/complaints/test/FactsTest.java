package io.welt.complaints.test;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.welt.complaints.test.Facts.aBatch;
import static io.welt.complaints.test.Facts.aComplaint;
import static io.welt.complaints.test.Facts.aProduct;
import static io.welt.complaints.test.Facts.gbp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every factory of {@link Facts} gives a builder with the defaults its Javadoc promises. */
class FactsTest {

    @Test
    void aProduct_isAFullGrainShoeUnlessSaidOtherwise() {
        Product plain = aProduct("CH-42", "Chelsea boot").build();
        assertThat(plain).isEqualTo(new Product("CH-42", "Chelsea boot", null, ProductCategory.FOOTWEAR,
                Material.FULL_GRAIN, gbp("30.00"), gbp("100.00"), false, null));
        Product tote = aProduct("TB-1", "Tote bag").category(ProductCategory.BAG).material(Material.SUEDE).name("Tote")
                .unitCost(gbp("40.00")).price(gbp("145.00")).last(null).build();
        assertThat(tote.category()).isEqualTo(ProductCategory.BAG);
        assertThat(tote.material()).isEqualTo(Material.SUEDE);
        assertThat(tote.price()).isEqualTo(gbp("145.00"));
        assertThat(aProduct("SB-1", "Safety boot S3").safetyFootwear(true).last("L-9").build())
                .satisfies(p -> assertThat(p.safetyFootwear()).isTrue())
                .satisfies(p -> assertThat(p.last()).isEqualTo("L-9"));
    }

    @Test
    void aBatch_isProducedSixtyDaysBeforeNowWithNothingElseKnown() {
        Batch plain = aBatch("B-1", "CH-42").build();
        assertThat(plain).isEqualTo(new Batch("B-1", "CH-42", LocalDate.of(2025, 12, 31), null, null, java.util.List.of()));
        MaterialLot hides = new MaterialLot("HL-1", "Tannery Arnaud", null);
        Batch full = aBatch("B-2", "CH-42").quantity(480).withLots(hides).producedDaysAgo(10).madeAt("Leicester line 2")
                .unitsSold(300).unitsInStock(180).build();
        assertThat(full).isEqualTo(new Batch("B-2", "CH-42", LocalDate.of(2026, 2, 19), 480, "Leicester line 2",
                java.util.List.of(hides), 300, 180));
        assertThatThrownBy(() -> aBatch("B-3", "CH-42").quantity(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
    }

    @Test
    void aComplaint_isAnOpenSeamReceivedADayAgo() {
        Complaint plain = aComplaint("C-1").build();
        assertThat(plain.defect()).isEqualTo("STITCHING");
        assertThat(plain.sku()).isEqualTo("SKU-1");
        assertThat(plain.productLine()).isEqualTo("Test line");
        assertThat(plain.customerId()).isEqualTo("CUST-C-1");
        assertThat(plain.receivedAt()).isEqualTo(Facts.NOW.minusSeconds(86_400));
        assertThat(plain.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(aComplaint().build().id()).startsWith("T-");
        assertThat(aComplaint("C-2").acknowledgedAfterHours(2).resolvedAfterDays(1).build().status())
                .isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void everyFactory_givesAFactBuilder() {
        assertThat(java.util.List.of(aComplaint("C-1"), aProduct("P", "L"), aBatch("B", "P")))
                .allSatisfy(builder -> assertThat(builder).isInstanceOf(FactBuilder.class));
    }
}
