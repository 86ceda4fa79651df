package io.welt.complaints.rules.policy;

import io.welt.complaints.model.Money;
import io.welt.complaints.model.RemedyType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What each remedy costs the business, as policy data a company replaces with its own figures.
 * Every estimate includes the handling cost of a complaint.
 *
 * @param currency            the currency of the log
 * @param handling            handling one complaint (agent time, systems)
 * @param shipping            one parcel, either way
 * @param inspection          inspecting a returned item
 * @param repairShareOfCost   a repair costs this share of the unit cost
 * @param partialRefundShare  a partial refund returns this share of the price
 * @param goodwillShare       a goodwill gesture is worth this share of the price
 * @param defaultPrice        the price assumed when neither the price paid nor the list price is known
 */
public record RemedyCosts(Currency currency, BigDecimal handling, BigDecimal shipping, BigDecimal inspection,
                          BigDecimal repairShareOfCost, BigDecimal partialRefundShare, BigDecimal goodwillShare,
                          BigDecimal defaultPrice) {

    /** GBP 8 handling, 6.50 a parcel, 12 an inspection; repairs at half the unit cost; 30% partial refunds; 10% goodwill. */
    public static final RemedyCosts DEFAULTS = new RemedyCosts(Currency.getInstance("GBP"), new BigDecimal("8.00"),
            new BigDecimal("6.50"), new BigDecimal("12.00"), new BigDecimal("0.50"), new BigDecimal("0.30"),
            new BigDecimal("0.10"), new BigDecimal("80.00"));

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * Checks the values.
     *
     * @param currency the currency of the log
     * @param handling handling one complaint (agent time, systems)
     * @param shipping one parcel, either way
     * @param inspection inspecting a returned item
     * @param repairShareOfCost a repair costs this share of the unit cost
     * @param partialRefundShare a partial refund returns this share of the price
     * @param goodwillShare a goodwill gesture is worth this share of the price
     * @param defaultPrice the price assumed when neither the price paid nor the list price is known
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public RemedyCosts {
        Objects.requireNonNull(currency, "currency");
        for (BigDecimal value : new BigDecimal[] {handling, shipping, inspection, repairShareOfCost, partialRefundShare,
                goodwillShare, defaultPrice}) {
            Objects.requireNonNull(value, "remedy cost");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("remedy costs must not be negative, was " + value);
            }
        }
    }

    /**
     * The estimated cost to the business of one remedy.
     *
     * @param type the remedy, e.g. REPLACE
     * @param price    what the customer paid (or the list price), or null when not known
     * @param unitCost what one unit costs the business, or null when not known (then 40% of the price)
     * @return the cost, in the price's currency
     */
    public Money estimate(RemedyType type, Money price, Money unitCost) {
        BigDecimal paid = price != null ? price.amount() : defaultPrice;
        BigDecimal cost = unitCost != null ? unitCost.amount() : paid.multiply(new BigDecimal("0.40"));
        BigDecimal amount = switch (type) {
            // The faulty item comes back and is written off.
            case REFUND -> paid.add(shipping);
            case PARTIAL_REFUND -> paid.multiply(partialRefundShare);
            case REPLACE -> cost.add(shipping.multiply(TWO));
            case REPAIR -> cost.multiply(repairShareOfCost).add(shipping.multiply(TWO));
            // The returned item goes back into stock.
            case EXCHANGE -> shipping.multiply(TWO);
            case INSPECT -> inspection.add(shipping);
            case GOODWILL -> paid.multiply(goodwillShare);
            case CARE_ADVICE -> BigDecimal.ZERO;
            // The item comes back unused, mostly resaleable; the refund is the price, the customer pays no return.
            case CANCELLATION -> paid.add(shipping);
        };
        return new Money(amount.add(handling), currency);
    }

    /**
     * The cost of one more complaint like these when nothing is done: a remedy at the policy's mix plus handling.
     *
     * @param price what the customer paid (or the list price), or null when not known
     * @param unitCost what one unit costs the business, or null when not known
     * @return the expected cost of one more complaint
     */
    public Money perComplaint(Money price, Money unitCost) {
        // A complaint ends in a refund, a replacement or a repair; weigh them equally.
        BigDecimal sum = estimate(RemedyType.REFUND, price, unitCost).amount()
                .add(estimate(RemedyType.REPLACE, price, unitCost).amount())
                .add(estimate(RemedyType.REPAIR, price, unitCost).amount());
        return new Money(sum.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_EVEN), currency);
    }
}
