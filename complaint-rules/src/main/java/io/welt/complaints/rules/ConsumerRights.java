package io.welt.complaints.rules;

import java.util.Objects;

/**
 * The shape of the law on remedies for faulty goods, as the resolution rules read it: a short-term
 * right to reject, a period in which a fault is presumed to have been there at delivery (after it
 * the customer must show it was), and the guarantee period after which only goodwill is left.
 * Plug in another jurisdiction by making one of these.
 *
 * @param name            a name for reasons, e.g. "UK Consumer Rights Act 2015"
 * @param rejectDays      days after purchase in which a faulty item may be rejected for a full refund (0: none)
 * @param presumptionDays days after purchase in which a fault is presumed present at delivery
 * @param guaranteeDays   days after purchase in which the seller must remedy a fault at all
 */
public record ConsumerRights(String name, int rejectDays, int presumptionDays, int guaranteeDays) {

    /** UK Consumer Rights Act 2015: 30 days to reject, six months' presumption, six years to claim. */
    public static final ConsumerRights UK_CONSUMER_RIGHTS_ACT_2015 =
            new ConsumerRights("UK Consumer Rights Act 2015", 30, 183, 6 * 365 + 1);

    /** EU legal guarantee (Directive 2019/771): two years, with a one-year presumption, no short-term reject. */
    public static final ConsumerRights EU_LEGAL_GUARANTEE =
            new ConsumerRights("EU legal guarantee", 0, 365, 2 * 365);

    public ConsumerRights {
        Objects.requireNonNull(name, "name");
        if (rejectDays < 0 || presumptionDays < rejectDays || guaranteeDays < presumptionDays) {
            throw new IllegalArgumentException("need 0 <= rejectDays <= presumptionDays <= guaranteeDays, was "
                    + rejectDays + ", " + presumptionDays + ", " + guaranteeDays);
        }
    }
}
