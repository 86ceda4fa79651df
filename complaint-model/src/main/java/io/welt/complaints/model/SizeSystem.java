package io.welt.complaints.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A shoe-size system, converted to one scale (EU, in half sizes) so that complaints sized in
 * different systems can be compared. The conversion goes through the length of the last: an EU size
 * is in Paris points (2/3 cm), a UK adult size in barleycorns (1/3 inch) counted from 25, and a US
 * size (men's, as footwear logs usually mean) is the UK size plus one.
 *
 * <pre>{@code
 * SizeSystem.UK.toEu(new BigDecimal("8"));   // 42.0
 * SizeSystem.US.toEu(new BigDecimal("9"));   // 42.0
 * }</pre>
 */
public enum SizeSystem {
    /** Paris points: the last is size x 2/3 cm long. */
    EU,
    /** UK adult sizes: the last is (size + 25) / 3 inches long. */
    UK,
    /** US men's sizes: one more than the UK size. */
    US;

    private static final BigDecimal MM_PER_INCH = new BigDecimal("25.4");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * The length of the last in millimetres for a size of this system.
     *
     * @param size a size of this system, e.g. 8.5
     * @return the last's length in millimetres
     */
    public BigDecimal lastLengthMm(BigDecimal size) {
        return switch (this) {
            case EU -> size.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
            case UK -> size.add(BigDecimal.valueOf(25)).multiply(MM_PER_INCH).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
            case US -> UK.lastLengthMm(size.subtract(BigDecimal.ONE));
        };
    }

    /**
     * The size on the EU scale, to the nearest half size, with one decimal (42.0, 42.5).
     *
     * @param size a size of this system
     * @return the EU size, e.g. 42.5
     */
    public BigDecimal toEu(BigDecimal size) {
        BigDecimal eu = lastLengthMm(size).multiply(BigDecimal.valueOf(3)).divide(BigDecimal.valueOf(20), MathContext.DECIMAL64);
        return eu.divide(HALF, 0, RoundingMode.HALF_UP).multiply(HALF).setScale(1, RoundingMode.UNNECESSARY);
    }
}
