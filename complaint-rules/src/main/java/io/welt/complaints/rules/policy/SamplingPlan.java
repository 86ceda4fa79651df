package io.welt.complaints.rules.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A sampling plan of ISO 2859-1 (sampling by attributes): single sampling, normal inspection,
 * general inspection level II. From a lot's size Table I gives the sample size code letter; Table
 * II-A gives, for that letter and the AQL, the sample size and the acceptance and rejection numbers.
 * Where Table II-A shows an arrow, the first plan below it (or above it) is used, with that plan's
 * sample size. A sample as large as the lot or larger means inspecting every unit.
 *
 * <pre>{@code
 * SamplingPlan plan = SamplingPlan.forLot(400, new BigDecimal("1.0"));
 * plan.codeLetter();   // 'H'
 * plan.sampleSize();   // 50
 * plan.accept();       // 1: accept the lot with 1 defective or fewer
 * plan.reject();       // 2: reject it with 2 or more
 * }</pre>
 *
 * @param lotSize    units in the lot (a revised batch's quantity)
 * @param aql        the acceptance quality limit, percent nonconforming
 * @param codeLetter the code letter of Table I for the lot size
 * @param planLetter the letter whose plan Table II-A gives after following its arrows (the code
 *                   letter when there is no arrow)
 * @param sampleSize units to inspect: the plan's sample size, or the whole lot when that is smaller
 * @param accept     the acceptance number Ac: the lot is accepted with this many defectives or fewer
 * @param reject     the rejection number Re: the lot is rejected with this many or more
 */
public record SamplingPlan(int lotSize, BigDecimal aql, char codeLetter, char planLetter, int sampleSize,
                           int accept, int reject) {

    /** The AQLs of Table II-A that are percent nonconforming, in the table's order. */
    public static final List<BigDecimal> AQLS = List.of(new BigDecimal("0.010"), new BigDecimal("0.015"),
            new BigDecimal("0.025"), new BigDecimal("0.040"), new BigDecimal("0.065"), new BigDecimal("0.10"),
            new BigDecimal("0.15"), new BigDecimal("0.25"), new BigDecimal("0.40"), new BigDecimal("0.65"),
            new BigDecimal("1.0"), new BigDecimal("1.5"), new BigDecimal("2.5"), new BigDecimal("4.0"),
            new BigDecimal("6.5"), new BigDecimal("10"));

    /** Table I, general inspection level II: the largest lot of each code letter, and its letter. */
    private static final int[] LOT_UPPER = {8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000, 35_000, 150_000,
            500_000, Integer.MAX_VALUE};
    private static final String LETTERS = "ABCDEFGHJKLMNPQR";
    /** Table II-A: the sample size of each code letter. */
    private static final int[] SAMPLE_SIZES = {2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000};

    /**
     * Table II-A, single sampling plans for normal inspection (master table), the columns of
     * {@link #AQLS}: "Ac Re", or "v" (use the first plan below) or "^" (use the first plan above).
     */
    private static final String[] TABLE_II_A = {
            //        0.010   0.015   0.025   0.040   0.065    0.10    0.15    0.25    0.40    0.65     1.0     1.5     2.5     4.0     6.5      10
            /* A */ "    v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     v",
            /* B */ "    v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v",
            /* C */ "    v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2",
            /* D */ "    v |     v |     v |     v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3",
            /* E */ "    v |     v |     v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4",
            /* F */ "    v |     v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6",
            /* G */ "    v |     v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8",
            /* H */ "    v |     v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11",
            /* J */ "    v |     v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15",
            /* K */ "    v |     v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22",
            /* L */ "    v |     v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22 |     ^",
            /* M */ "    v |     v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22 |     ^ |     ^",
            /* N */ "    v |     v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22 |     ^ |     ^ |     ^",
            /* P */ "    v |   0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22 |     ^ |     ^ |     ^ |     ^",
            /* Q */ "  0 1 |     ^ |     v |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22 |     ^ |     ^ |     ^ |     ^ |     ^",
            /* R */ "    ^ |     ^ |   1 2 |   2 3 |   3 4 |   5 6 |   7 8 | 10 11 | 14 15 | 21 22 |     ^ |     ^ |     ^ |     ^ |     ^ |     ^",
    };

    /**
     * Checks the values.
     *
     * @param lotSize units in the lot (a revised batch's quantity)
     * @param aql the acceptance quality limit, percent nonconforming
     * @param codeLetter the code letter of Table I for the lot size
     * @param planLetter the letter whose plan Table II-A gives after following its arrows (the code letter
     *   when there is no arrow)
     * @param sampleSize units to inspect: the plan's sample size, or the whole lot when that is smaller
     * @param accept the acceptance number Ac: the lot is accepted with this many defectives or fewer
     * @param reject the rejection number Re: the lot is rejected with this many or more
     * @throws NullPointerException when a required value is null; the message names it
     */
    public SamplingPlan {
        Objects.requireNonNull(aql, "aql");
    }

    /**
     * The plan for a lot of {@code lotSize} units at {@code aql}.
     *
     * @param lotSize the units in the lot
     * @param aql the AQL, in percent nonconforming, e.g. 1.0
     * @throws IllegalArgumentException when the lot has fewer than 2 units (Table I starts at 2) or
     *                                  the AQL is not one of {@link #AQLS}
     * @return the plan: code letter, sample size, acceptance and rejection numbers
     */
    public static SamplingPlan forLot(int lotSize, BigDecimal aql) {
        if (lotSize < 2) {
            throw new IllegalArgumentException("lotSize: ISO 2859-1 Table I starts at lots of 2 units, was " + lotSize);
        }
        int column = AQLS.indexOf(findAql(aql));
        int row = 0;
        while (lotSize > LOT_UPPER[row]) {
            row++;
        }
        char code = LETTERS.charAt(row);
        String cell = cell(row, column);
        while (!cell.contains(" ")) { // an arrow: follow it to the first plan below or above
            row += cell.equals("v") ? 1 : -1;
            cell = cell(row, column);
        }
        String[] numbers = cell.split(" ");
        int sample = Math.min(SAMPLE_SIZES[row], lotSize);
        return new SamplingPlan(lotSize, findAql(aql), code, LETTERS.charAt(row), sample,
                Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]));
    }

    /**
     * The AQL as Table II-A writes it, when it is one of {@link #AQLS} (compared by value).
     *
     * @throws IllegalArgumentException when it is not
     */
    static BigDecimal checkAql(BigDecimal aql) {
        return findAql(aql);
    }

    private static BigDecimal findAql(BigDecimal aql) {
        Objects.requireNonNull(aql, "aql");
        for (BigDecimal known : AQLS) {
            if (known.compareTo(aql) == 0) {
                return known;
            }
        }
        throw new IllegalArgumentException("aql: " + aql.toPlainString() + " is not an AQL of ISO 2859-1 Table II-A"
                + " for percent nonconforming; use one of " + AQLS.stream().map(BigDecimal::toPlainString).toList());
    }

    private static String cell(int row, int column) {
        return TABLE_II_A[row].split("\\|")[column].strip();
    }

    /**
     * Whether every unit of the lot is inspected (the plan's sample is as large as the lot or larger).
     *
     * @return true when every unit is inspected
     */
    public boolean isWholeLot() {
        return sampleSize == lotSize;
    }

    /**
     * Whether a sample with this many defectives accepts the lot.
     *
     * @param defectives the defectives found in the sample
     * @return true when they are no more than the acceptance number
     */
    public boolean accepts(int defectives) {
        return defectives <= accept;
    }

    /**
     * The plan in words, e.g. "ISO 2859-1, lot 400: code letter H, sample 50, AQL 1.0: Ac 1, Re 2".
     *
     * @return the plan in words
     */
    public String describe() {
        return "ISO 2859-1 single sampling, normal inspection, level II, lot " + lotSize + ": code letter " + codeLetter
                + (planLetter == codeLetter ? "" : " (arrow to " + planLetter + ")")
                + ", sample " + sampleSize + (isWholeLot() ? " (every unit)" : "") + ", AQL " + aql.toPlainString()
                + ": Ac " + accept + ", Re " + reject;
    }
}
