package io.welt.complaints.rules;

/**
 * The names of the standard rules, as constants so that tests and host code cannot misspell them.
 * Each name is the quoted name of a rule in one DRL file, prefixed by its concern.
 */
public final class RuleNames {
    private RuleNames() {
    }

    // triage.drl
    /** A complaint's floor severity: its defect category's default. */
    public static final String TRIAGE_CATEGORY_DEFAULT = "Triage: category default";
    /** CRITICAL: the customer reports an injury or a skin reaction. */
    public static final String TRIAGE_INJURY_REPORTED = "Triage: injury or skin reaction reported";
    /** CRITICAL: a safety-related defect (toe cap, slip resistance, skin reaction). */
    public static final String TRIAGE_SAFETY_DEFECT = "Triage: safety-related defect";
    /** HIGH: a functional failure within 90 days of purchase. */
    public static final String TRIAGE_EARLY_FUNCTIONAL_FAILURE = "Triage: early functional failure";
    /** MEDIUM: a functional failure after 90 days. */
    public static final String TRIAGE_LATE_FUNCTIONAL_FAILURE = "Triage: late functional failure";
    /** HIGH: a second complaint on one order; the customer has had to come back. */
    public static final String TRIAGE_SECOND_COMPLAINT_ON_ORDER = "Triage: second complaint on one order";
    /** CRITICAL: a functional failure of certified safety footwear. */
    public static final String TRIAGE_SAFETY_FOOTWEAR_FAILURE = "Triage: failure of safety footwear";
    /** HIGH and the final right to reject: the same or a related fault back after a repair or replacement. */
    public static final String TRIAGE_FAILED_FIX = "Triage: same fault after a repair or replacement";

    // repeats.drl
    /** A finding: at least 3 complaints of one defect on one product line within 30 days. */
    public static final String REPEAT_PRODUCT_LINE = "Repeat: same product line and defect";
    /** A finding: at least 2 complaints of one defect on one batch. */
    public static final String REPEAT_BATCH = "Repeat: same batch and defect";
    /** A finding: complaints of any defects reaching 1% of a batch's quantity. */
    public static final String REPEAT_BATCH_RATE = "Repeat: batch complaint rate";
    /** A finding: one supplier's material defect in 2 product lines within 60 days. */
    public static final String REPEAT_SUPPLIER = "Repeat: same supplier across product lines";
    /** A finding: one material lot's (a hide lot's) defect in 2 product lines within 60 days. */
    public static final String REPEAT_MATERIAL_LOT = "Repeat: same material lot across product lines";
    /** A finding: one customer with at least 2 complaints within 90 days. */
    public static final String REPEAT_CUSTOMER = "Repeat: same customer";
    /**
     * A SIZE finding: 3 fit complaints on one size of one last, on 2 SKUs within 60 days; runs small or
     * large.
     */
    public static final String REPEAT_SIZE = "Repeat: same size of one last";
    /** A finding: one component lot (a thread, an adhesive) named in 2 product lines within 60 days. */
    public static final String REPEAT_COMPONENT_LOT = "Repeat: same component lot across product lines";

    // problems.drl
    /**
     * A problem: the findings that are views of one defect from one traceable source, with its likely source.
     */
    public static final String PROBLEM_ONE_SOURCE = "Problem: one defect from one traceable source";
    /** A problem of its own for a repeat customer (and a size, a safety pattern, a batch's rate). */
    public static final String PROBLEM_REPEAT_CUSTOMER = "Problem: a repeat customer";
    /** The batch and product line of each safety complaint, from which safety findings are made. */
    public static final String REPEAT_SAFETY_KEYS = "Repeat: safety complaint in its batch and line";
    /** A finding: two safety complaints on one batch or line within 90 days, below the usual thresholds. */
    public static final String REPEAT_SECOND_SAFETY_COMPLAINT = "Repeat: second safety complaint";

    // escalation.drl
    /** Each open complaint with its highest severity: what the escalation rules start from. */
    public static final String ESCALATE_OPEN_COMPLAINT = "Escalate: open complaint and its severity";
    /** Each CRITICAL complaint noted in its series: how a finding finds its critical complaints. */
    public static final String ESCALATE_CRITICAL_IN_SERIES = "Escalate: critical complaint in its series";
    /** When an open complaint's acknowledgement and resolution fall due and start to warn. */
    public static final String ESCALATE_SERVICE_DEADLINES = "Escalate: service deadlines of an open complaint";
    /** CRITICAL to QUALITY_MANAGER (4 working hours), HIGH to TEAM_LEADER (24); service failures likewise. */
    public static final String ESCALATE_BY_SEVERITY = "Escalate: by severity";
    /** An injury reported goes to SENIOR_MANAGEMENT. */
    public static final String ESCALATE_INJURY = "Escalate: injury reported";
    /** One level up its chain when not acknowledged within 24 working hours. */
    public static final String ESCALATE_NOT_ACKNOWLEDGED = "Escalate: not acknowledged in time";
    /** One level up its chain when not resolved within 5 (HIGH, CRITICAL) or 10 working days. */
    public static final String ESCALATE_NOT_RESOLVED = "Escalate: not resolved in time";
    /** The further resolution periods of an open complaint nobody takes hold of, one per level. */
    public static final String ESCALATE_FURTHER_PERIODS = "Escalate: further resolution periods of an open complaint";
    /** One more level up after each further resolution period, until someone acknowledges it. */
    public static final String ESCALATE_CLIMBING = "Escalate: still open, climbing";
    /** A product-line, batch, supplier or lot finding goes to QUALITY_MANAGER. */
    public static final String ESCALATE_PRODUCT_PATTERN = "Escalate: product or supply pattern";
    /** A finding of 10 or more complaints goes to SENIOR_MANAGEMENT. */
    public static final String ESCALATE_LARGE_PATTERN = "Escalate: large pattern";
    /** A finding holding a CRITICAL complaint goes to SENIOR_MANAGEMENT. */
    public static final String ESCALATE_CRITICAL_PATTERN = "Escalate: pattern holding a critical complaint";
    /** A repeat-customer finding goes to TEAM_LEADER. */
    public static final String ESCALATE_REPEAT_CUSTOMER = "Escalate: repeat customer";
    /**
     * A product or supply problem is escalated once, to QUALITY_MANAGER; its findings' escalations are
     * superseded.
     */
    public static final String ESCALATE_PRODUCT_PROBLEM = "Escalate: product or supply problem";
    /** A problem of 10 or more complaints is escalated once, to SENIOR_MANAGEMENT. */
    public static final String ESCALATE_LARGE_PROBLEM = "Escalate: large problem";
    /** A problem holding a CRITICAL complaint is escalated once, to SENIOR_MANAGEMENT. */
    public static final String ESCALATE_CRITICAL_PROBLEM = "Escalate: problem holding a critical complaint";
    /** A repeat customer's problem is escalated once, to TEAM_LEADER. */
    public static final String ESCALATE_REPEAT_CUSTOMER_PROBLEM = "Escalate: repeat customer problem";
    /** A warning: 80% of the acknowledgement target has passed. */
    public static final String WARN_ACKNOWLEDGEMENT_DUE = "Warn: acknowledgement due soon";
    /** A warning: 80% of the resolution target has passed. */
    public static final String WARN_RESOLUTION_DUE = "Warn: resolution due soon";
    /** A promised remedy not delivered goes to the customer-service chain's TEAM_LEADER. */
    public static final String ESCALATE_BROKEN_PROMISE = "Escalate: promised remedy not delivered";

    // resolution.drl: immediate options
    /** GOODWILL or INSPECT: the purchase date is not known, so no legal period can be counted. */
    public static final String RESOLVE_PURCHASE_DATE_UNKNOWN = "Resolve: purchase date unknown";
    /** REFUND, REPLACE or REPAIR: a fault within 30 days of delivery (the short-term right to reject). */
    public static final String RESOLVE_SHORT_TERM_REJECT = "Resolve: short-term right to reject";
    /** REPAIR or REPLACE, the cheaper first: a fault up to 6 months after delivery. */
    public static final String RESOLVE_REPAIR_OR_REPLACE = "Resolve: repair or replace";
    /** REFUND or PARTIAL_REFUND: the final right to reject after a failed repair or replacement. */
    public static final String RESOLVE_REFUND_AFTER_FAILED_FIX = "Resolve: refund after a failed repair or replacement";
    /** INSPECT, then REPAIR or PARTIAL_REFUND: a fault more than 6 months after delivery. */
    public static final String RESOLVE_INSPECT_FIRST = "Resolve: inspect first";
    /** GOODWILL or INSPECT: a fault beyond the guarantee period. */
    public static final String RESOLVE_BEYOND_GUARANTEE = "Resolve: beyond the guarantee";
    /** EXCHANGE: a sizing or fit complaint. */
    public static final String RESOLVE_EXCHANGE_SIZE = "Resolve: exchange for another size";
    /** CARE_ADVICE and GOODWILL: a marked suede or nubuck item. */
    public static final String RESOLVE_CARE_ADVICE = "Resolve: care advice for suede and nubuck";
    /** CARE_ADVICE and GOODWILL: a cosmetic mark that is no fault of the product. */
    public static final String RESOLVE_COSMETIC_GOODWILL = "Resolve: goodwill for a cosmetic mark";
    /** EXCHANGE or REFUND: the wrong item or size was delivered. */
    public static final String RESOLVE_WRONG_ITEM = "Resolve: wrong item delivered";
    /** GOODWILL: a service failure (a late delivery, staff conduct). */
    public static final String RESOLVE_SERVICE_FAILURE = "Resolve: service failure";
    /** GOODWILL: no other remedy rule applies. */
    public static final String RESOLVE_FALLBACK_GOODWILL = "Resolve: goodwill when no other rule applies";
    /** REFUND or REPLACE, never REPAIR: a safety complaint, whose item is kept for testing. */
    public static final String RESOLVE_KEEP_FOR_TESTING = "Resolve: keep for testing, refund or replace";
    /** CANCELLATION: a WEB or MARKETPLACE sale within 14 days of delivery. */
    public static final String RESOLVE_CANCELLATION = "Resolve: cancel a distance sale";
    /** The remedy promised earlier, first. */
    public static final String RESOLVE_PROMISED_REMEDY = "Resolve: deliver the promised remedy";

    // resolution.drl: options for management, once per problem
    /** MONITOR, the baseline of each product problem: the expected cost of its complaints continuing. */
    public static final String PROPOSE_MONITOR = "Propose: keep watching";
    /** STOCK_HOLD ranked first, whatever it costs, for a problem holding a CRITICAL complaint. */
    public static final String PROPOSE_CONTAINMENT_FIRST = "Propose: containment first for a problem holding a critical complaint";
    /** STOCK_HOLD: hold the stock of the problem's batches, costed against MONITOR. */
    public static final String PROPOSE_STOCK_HOLD = "Propose: stock hold";
    /** STOCK_HOLD for a safety problem across a line or supplier, until the stock is shown safe. */
    public static final String PROPOSE_SAFETY_STOCK_HOLD = "Propose: stock hold for a safety problem";
    /** Tighter inspection of the problem's production, costed against MONITOR. */
    public static final String PROPOSE_INSPECTION = "Propose: tighter inspection";
    /** A supplier corrective action request, costed against MONITOR. */
    public static final String PROPOSE_SUPPLIER_REQUEST = "Propose: supplier corrective action request";
    /** A process change at the defect's stage, costed against MONITOR. */
    public static final String PROPOSE_PROCESS_CHANGE = "Propose: process change";
    /** A design change of the product line, costed against MONITOR. */
    public static final String PROPOSE_DESIGN_CHANGE = "Propose: design change";
    /** A labelling change (care or fit advice), costed against MONITOR. */
    public static final String PROPOSE_LABELLING_CHANGE = "Propose: labelling change";
    /** A recall of the goods sold, costed against MONITOR. */
    public static final String PROPOSE_RECALL = "Propose: recall";
    /** DESIGN_CHANGE for a SIZE finding: check the last and its grading. */
    public static final String PROPOSE_LAST_AND_GRADING_CHECK = "Propose: last and grading check";
    /** LABELLING_CHANGE for a SIZE finding: a note in the size chart. */
    public static final String PROPOSE_SIZE_CHART_NOTE = "Propose: size-chart note";

    // corrective-actions.drl
    /** A recurrence: a complaint of the action's scope and defect on goods made after it. */
    public static final String VERIFY_RECURRENCE = "Verify: recurrence after the action";
    /** INEFFECTIVE: the problem came back after the change (a recurrence). */
    public static final String VERIFY_INEFFECTIVE = "Verify: ineffective";
    /** IN_VERIFICATION: no recurrence so far; the verification window is still open. */
    public static final String VERIFY_IN_VERIFICATION = "Verify: in verification";
    /** EFFECTIVE: no recurrence in the window, and the revised goods and samples show the cause gone. */
    public static final String VERIFY_EFFECTIVE = "Verify: effective";
    /** INCONCLUSIVE: no recurrence in the window, but the evidence has gaps, which it names. */
    public static final String VERIFY_INCONCLUSIVE = "Verify: inconclusive";
    /** The root cause of an ineffective action is to be investigated again. */
    public static final String REOPEN_ROOT_CAUSE = "Reopen: root cause of an ineffective action";
    /** An ineffective action goes to QUALITY_MANAGER, or the level above its owner. */
    public static final String ESCALATE_ACTION_INEFFECTIVE = "Escalate: corrective action ineffective";
    /** An overdue follow-up goes to QUALITY_MANAGER, or the level above its owner. */
    public static final String ESCALATE_FOLLOW_UP_OVERDUE = "Escalate: follow-up overdue";
    /** INEFFECTIVE at once: a sample of revised goods reached its plan's rejection number. */
    public static final String VERIFY_SAMPLE_REJECTED = "Verify: revised goods rejected by their sample";
    /** A failed action taken over by a later action on the same scope, key and defect. */
    public static final String VERIFY_SUPERSEDED = "Verify: superseded by a later action";
    /** The customers' verdict: the call-backs found the complainants satisfied. */
    public static final String VERIFY_CUSTOMERS_RECOVERED = "Verify: customers recovered";
    /** The customers' verdict: a call-back found a complainant not satisfied. */
    public static final String VERIFY_CUSTOMERS_NOT_RECOVERED = "Verify: customers not recovered";
    /** The customers' verdict: call-backs still to be made. */
    public static final String VERIFY_CALL_BACKS_PENDING = "Verify: customer call-backs pending";

    // safety.drl
    /** A safety complaint: an injury was reported. */
    public static final String SAFETY_INJURY = "Safety: injury reported";
    /** A safety complaint: a safety-related defect. */
    public static final String SAFETY_DEFECT = "Safety: safety-related defect";
    /** A safety complaint: a functional failure of safety footwear. */
    public static final String SAFETY_FOOTWEAR_FAILURE = "Safety: failure of safety footwear";
    /** First step: keep the item, unworn and unrepaired, for testing (within 4 working hours). */
    public static final String SAFETY_KEEP_FOR_TESTING = "Safety: keep the item for testing";
    /** Contain the batch: quarantine and stop dispatch (4 working hours), check the stock (16). */
    public static final String SAFETY_CONTAIN_BATCH = "Safety: contain the batch";
    /** Contain the SKU when the batch is not known: quarantine, stop dispatch, check the stock. */
    public static final String SAFETY_CONTAIN_SKU = "Safety: contain the SKU";
    /**
     * NOTIFY_AUTHORITY: when and how to notify under the policy's safety regime, and what the notice holds.
     */
    public static final String SAFETY_NOTIFICATION = "Safety: notification decision";
}
