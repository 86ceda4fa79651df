package io.welt.complaints.rules.policy;

import java.util.Objects;

/**
 * The shape of the law on remedies for faulty goods, as the resolution rules read it: a short-term
 * right to reject, a period in which a fault is presumed to have been there at delivery (after it
 * the customer must show it was), and the guarantee period after which only goodwill is left; the
 * cancellation period of a distance sale; from when a final refund may be reduced for the use the
 * customer has had; and the provisions each remedy rests on, named in every reason.
 * Plug in another jurisdiction by making one of these. The periods run from delivery (the purchase
 * date when delivery is not known).
 *
 * @param name              a name for reasons, e.g. "UK Consumer Rights Act 2015"
 * @param rejectDays        days after delivery in which a faulty item may be rejected for a full refund (0: none)
 * @param presumptionDays   days after delivery in which a fault is presumed present at delivery
 * @param guaranteeDays     days after delivery in which the seller must remedy a fault at all
 * @param cancellationDays  days after delivery in which a distance sale may be cancelled for any reason (0: none)
 * @param deductionAfterDays days after delivery from which a final refund may be reduced for use
 * @param rejectBasis       the provision of the short-term right to reject
 * @param repairBasis       the provision of repair or replacement
 * @param finalBasis        the provision of a price reduction or the final right to reject
 * @param presumptionBasis  the provision of the presumption that a fault was there at delivery
 * @param conformityBasis   the provision on goods that do not match what was ordered or described
 * @param serviceBasis      the provision on services (reasonable care and skill, delivery)
 * @param cancellationBasis the provision of the cancellation right of a distance sale
 */
public record ConsumerRights(String name, int rejectDays, int presumptionDays, int guaranteeDays,
                             int cancellationDays, int deductionAfterDays, String rejectBasis, String repairBasis,
                             String finalBasis, String presumptionBasis, String conformityBasis, String serviceBasis,
                             String cancellationBasis) {

    /**
     * UK Consumer Rights Act 2015 (ss. 19-24): 30 days to reject, six months' presumption and then a
     * deduction for use, six years to claim; with the Consumer Contracts Regulations 2013: 14 days to
     * cancel a distance sale.
     */
    public static final ConsumerRights UK_CONSUMER_RIGHTS_ACT_2015 =
            new ConsumerRights("UK Consumer Rights Act 2015", 30, 183, 6 * 365 + 1, 14, 183,
                    "Consumer Rights Act 2015 ss. 20-22", "Consumer Rights Act 2015 s. 23",
                    "Consumer Rights Act 2015 s. 24", "Consumer Rights Act 2015 s. 19(14)",
                    "Consumer Rights Act 2015 ss. 11-13", "Consumer Rights Act 2015 ss. 28, 49",
                    "Consumer Contracts Regulations 2013 regs. 29-34");

    /**
     * EU legal guarantee (Directive (EU) 2019/771): two years, a one-year presumption, no short-term
     * reject; with the Consumer Rights Directive 2011/83/EU: 14 days to cancel a distance sale.
     */
    public static final ConsumerRights EU_LEGAL_GUARANTEE =
            new ConsumerRights("EU legal guarantee", 0, 365, 2 * 365, 14, 365,
                    "Directive (EU) 2019/771 Art. 13", "Directive (EU) 2019/771 Art. 13(2), 14",
                    "Directive (EU) 2019/771 Art. 13(4), 15-16", "Directive (EU) 2019/771 Art. 11",
                    "Directive (EU) 2019/771 Arts. 6-7", "Directive 2011/83/EU Art. 18",
                    "Directive 2011/83/EU Arts. 9-14");

    /**
     * Checks the values.
     *
     * @param name a name for reasons, e.g. "UK Consumer Rights Act 2015"
     * @param rejectDays days after delivery in which a faulty item may be rejected for a full refund (0:
     *   none)
     * @param presumptionDays days after delivery in which a fault is presumed present at delivery
     * @param guaranteeDays days after delivery in which the seller must remedy a fault at all
     * @param cancellationDays days after delivery in which a distance sale may be cancelled for any reason
     *   (0: none)
     * @param deductionAfterDays days after delivery from which a final refund may be reduced for use
     * @param rejectBasis the provision of the short-term right to reject
     * @param repairBasis the provision of repair or replacement
     * @param finalBasis the provision of a price reduction or the final right to reject
     * @param presumptionBasis the provision of the presumption that a fault was there at delivery
     * @param conformityBasis the provision on goods that do not match what was ordered or described
     * @param serviceBasis the provision on services (reasonable care and skill, delivery)
     * @param cancellationBasis the provision of the cancellation right of a distance sale
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public ConsumerRights {
        Objects.requireNonNull(name, "name");
        if (rejectDays < 0 || presumptionDays < rejectDays || guaranteeDays < presumptionDays) {
            throw new IllegalArgumentException("need 0 <= rejectDays <= presumptionDays <= guaranteeDays, was "
                    + rejectDays + ", " + presumptionDays + ", " + guaranteeDays);
        }
        if (cancellationDays < 0) {
            throw new IllegalArgumentException("cancellationDays must not be negative, was " + cancellationDays);
        }
        if (deductionAfterDays < 0) {
            throw new IllegalArgumentException("deductionAfterDays must not be negative, was " + deductionAfterDays);
        }
        rejectBasis = basis(rejectBasis, name);
        repairBasis = basis(repairBasis, name);
        finalBasis = basis(finalBasis, name);
        presumptionBasis = basis(presumptionBasis, name);
        conformityBasis = basis(conformityBasis, name);
        serviceBasis = basis(serviceBasis, name);
        cancellationBasis = basis(cancellationBasis, name);
    }

    /**
     * A law of the older shape: no cancellation right, no deduction for use, each provision named by
     * the law's name alone.
     *
     * @param name a name for reasons, e.g. "UK Consumer Rights Act 2015"
     * @param rejectDays days after delivery in which a faulty item may be rejected for a full refund (0: none)
     * @param presumptionDays days after delivery in which a fault is presumed present at delivery
     * @param guaranteeDays days after delivery in which the seller must remedy a fault at all
     */
    public ConsumerRights(String name, int rejectDays, int presumptionDays, int guaranteeDays) {
        this(name, rejectDays, presumptionDays, guaranteeDays, 0, guaranteeDays, null, null, null, null, null, null,
                null);
    }

    private static String basis(String basis, String name) {
        return basis == null || basis.isBlank() ? name : basis.strip();
    }
}
