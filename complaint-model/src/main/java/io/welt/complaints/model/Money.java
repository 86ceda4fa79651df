package io.welt.complaints.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, kept to the currency's minor unit.
 *
 * <pre>{@code
 * Money price = Money.of("89.00", "GBP");
 * }</pre>
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * Checks the values and rounds the amount to the currency's minor unit (half to even: 2 decimals for GBP
     * and EUR, none for JPY).
     *
     * @param amount the amount; negative for a loss
     * @param currency the currency
     * @throws NullPointerException when an argument is null
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        amount = amount.setScale(digits, RoundingMode.HALF_EVEN);
    }

    /**
     * {@code amount} (a decimal string such as "89.00") in the currency with ISO code {@code currencyCode}.
     *
     * @param amount a decimal string, e.g. "129.00"
     * @param currencyCode an ISO 4217 code, e.g. "GBP"
     * @return the money
     * @throws NumberFormatException when the amount is not a decimal number
     * @throws IllegalArgumentException when the currency code is not an ISO 4217 code
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * {@code amount} in {@code currency}, rounded to its minor unit.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     * @throws NullPointerException when an argument is null
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Nothing, in {@code currency}: the cost of doing nothing, the start of a sum.
     *
     * @param currency the currency
     * @return zero in that currency
     * @throws NullPointerException when the currency is null
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Whether it is below zero: a loss, never a price or a cost.
     *
     * @return true below zero
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * This amount and {@code other} added.
     *
     * @param other an amount in the same currency
     * @return the sum
     * @throws IllegalArgumentException when the currencies differ
     */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This amount multiplied, e.g. a unit cost by a number of pairs or a price by a deduction rate; rounded
     * to the minor unit.
     *
     * @param factor the factor
     * @return the product
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
