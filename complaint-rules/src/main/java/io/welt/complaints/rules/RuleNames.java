package io.welt.complaints.rules;

/**
 * The names of the standard rules, as constants so that tests and host code cannot misspell them.
 * Each name is the quoted name of a rule in one DRL file, prefixed by its concern.
 */
public final class RuleNames {
    private RuleNames() {
    }

    // triage.drl
    public static final String TRIAGE_CATEGORY_DEFAULT = "Triage: category default";
    public static final String TRIAGE_INJURY_REPORTED = "Triage: injury or skin reaction reported";
    public static final String TRIAGE_SAFETY_DEFECT = "Triage: safety-related defect";
    public static final String TRIAGE_EARLY_FUNCTIONAL_FAILURE = "Triage: early functional failure";
    public static final String TRIAGE_LATE_FUNCTIONAL_FAILURE = "Triage: late functional failure";
    public static final String TRIAGE_SECOND_COMPLAINT_ON_ORDER = "Triage: second complaint on one order";
    public static final String TRIAGE_SAFETY_FOOTWEAR_FAILURE = "Triage: failure of safety footwear";
    public static final String TRIAGE_FAILED_FIX = "Triage: same fault after a repair or replacement";

    // repeats.drl
    public static final String REPEAT_PRODUCT_LINE = "Repeat: same product line and defect";
    public static final String REPEAT_BATCH = "Repeat: same batch and defect";
    public static final String REPEAT_BATCH_RATE = "Repeat: batch complaint rate";
    public static final String REPEAT_SUPPLIER = "Repeat: same supplier across product lines";
    public static final String REPEAT_MATERIAL_LOT = "Repeat: same material lot across product lines";
    public static final String REPEAT_CUSTOMER = "Repeat: same customer";
    public static final String REPEAT_SIZE = "Repeat: same size of one last";
    public static final String REPEAT_COMPONENT_LOT = "Repeat: same component lot across product lines";

    // problems.drl
    public static final String PROBLEM_ONE_SOURCE = "Problem: one defect from one traceable source";
    public static final String PROBLEM_REPEAT_CUSTOMER = "Problem: a repeat customer";
    public static final String REPEAT_SAFETY_KEYS = "Repeat: safety complaint in its batch and line";
    public static final String REPEAT_SECOND_SAFETY_COMPLAINT = "Repeat: second safety complaint";

    // escalation.drl
    public static final String ESCALATE_OPEN_COMPLAINT = "Escalate: open complaint and its severity";
    public static final String ESCALATE_CRITICAL_IN_SERIES = "Escalate: critical complaint in its series";
    public static final String ESCALATE_SERVICE_DEADLINES = "Escalate: service deadlines of an open complaint";
    public static final String ESCALATE_BY_SEVERITY = "Escalate: by severity";
    public static final String ESCALATE_INJURY = "Escalate: injury reported";
    public static final String ESCALATE_NOT_ACKNOWLEDGED = "Escalate: not acknowledged in time";
    public static final String ESCALATE_NOT_RESOLVED = "Escalate: not resolved in time";
    public static final String ESCALATE_FURTHER_PERIODS = "Escalate: further resolution periods of an open complaint";
    public static final String ESCALATE_CLIMBING = "Escalate: still open, climbing";
    public static final String ESCALATE_PRODUCT_PATTERN = "Escalate: product or supply pattern";
    public static final String ESCALATE_LARGE_PATTERN = "Escalate: large pattern";
    public static final String ESCALATE_CRITICAL_PATTERN = "Escalate: pattern holding a critical complaint";
    public static final String ESCALATE_REPEAT_CUSTOMER = "Escalate: repeat customer";
    public static final String ESCALATE_PRODUCT_PROBLEM = "Escalate: product or supply problem";
    public static final String ESCALATE_LARGE_PROBLEM = "Escalate: large problem";
    public static final String ESCALATE_CRITICAL_PROBLEM = "Escalate: problem holding a critical complaint";
    public static final String ESCALATE_REPEAT_CUSTOMER_PROBLEM = "Escalate: repeat customer problem";
    public static final String WARN_ACKNOWLEDGEMENT_DUE = "Warn: acknowledgement due soon";
    public static final String WARN_RESOLUTION_DUE = "Warn: resolution due soon";
    public static final String ESCALATE_BROKEN_PROMISE = "Escalate: promised remedy not delivered";

    // resolution.drl: immediate options
    public static final String RESOLVE_PURCHASE_DATE_UNKNOWN = "Resolve: purchase date unknown";
    public static final String RESOLVE_SHORT_TERM_REJECT = "Resolve: short-term right to reject";
    public static final String RESOLVE_REPAIR_OR_REPLACE = "Resolve: repair or replace";
    public static final String RESOLVE_REFUND_AFTER_FAILED_FIX = "Resolve: refund after a failed repair or replacement";
    public static final String RESOLVE_INSPECT_FIRST = "Resolve: inspect first";
    public static final String RESOLVE_BEYOND_GUARANTEE = "Resolve: beyond the guarantee";
    public static final String RESOLVE_EXCHANGE_SIZE = "Resolve: exchange for another size";
    public static final String RESOLVE_CARE_ADVICE = "Resolve: care advice for suede and nubuck";
    public static final String RESOLVE_COSMETIC_GOODWILL = "Resolve: goodwill for a cosmetic mark";
    public static final String RESOLVE_WRONG_ITEM = "Resolve: wrong item delivered";
    public static final String RESOLVE_SERVICE_FAILURE = "Resolve: service failure";
    public static final String RESOLVE_FALLBACK_GOODWILL = "Resolve: goodwill when no other rule applies";
    public static final String RESOLVE_KEEP_FOR_TESTING = "Resolve: keep for testing, refund or replace";
    public static final String RESOLVE_CANCELLATION = "Resolve: cancel a distance sale";
    public static final String RESOLVE_PROMISED_REMEDY = "Resolve: deliver the promised remedy";

    // resolution.drl: options for management, once per problem
    public static final String PROPOSE_MONITOR = "Propose: keep watching";
    public static final String PROPOSE_CONTAINMENT_FIRST = "Propose: containment first for a problem holding a critical complaint";
    public static final String PROPOSE_STOCK_HOLD = "Propose: stock hold";
    public static final String PROPOSE_SAFETY_STOCK_HOLD = "Propose: stock hold for a safety problem";
    public static final String PROPOSE_INSPECTION = "Propose: tighter inspection";
    public static final String PROPOSE_SUPPLIER_REQUEST = "Propose: supplier corrective action request";
    public static final String PROPOSE_PROCESS_CHANGE = "Propose: process change";
    public static final String PROPOSE_DESIGN_CHANGE = "Propose: design change";
    public static final String PROPOSE_LABELLING_CHANGE = "Propose: labelling change";
    public static final String PROPOSE_RECALL = "Propose: recall";
    public static final String PROPOSE_LAST_AND_GRADING_CHECK = "Propose: last and grading check";
    public static final String PROPOSE_SIZE_CHART_NOTE = "Propose: size-chart note";

    // corrective-actions.drl
    public static final String VERIFY_RECURRENCE = "Verify: recurrence after the action";
    public static final String VERIFY_INEFFECTIVE = "Verify: ineffective";
    public static final String VERIFY_IN_VERIFICATION = "Verify: in verification";
    public static final String VERIFY_EFFECTIVE = "Verify: effective";
    public static final String VERIFY_INCONCLUSIVE = "Verify: inconclusive";
    public static final String REOPEN_ROOT_CAUSE = "Reopen: root cause of an ineffective action";
    public static final String ESCALATE_ACTION_INEFFECTIVE = "Escalate: corrective action ineffective";
    public static final String ESCALATE_FOLLOW_UP_OVERDUE = "Escalate: follow-up overdue";
    public static final String VERIFY_SAMPLE_REJECTED = "Verify: revised goods rejected by their sample";
    public static final String VERIFY_SUPERSEDED = "Verify: superseded by a later action";
    public static final String VERIFY_CUSTOMERS_RECOVERED = "Verify: customers recovered";
    public static final String VERIFY_CUSTOMERS_NOT_RECOVERED = "Verify: customers not recovered";
    public static final String VERIFY_CALL_BACKS_PENDING = "Verify: customer call-backs pending";

    // safety.drl
    public static final String SAFETY_INJURY = "Safety: injury reported";
    public static final String SAFETY_DEFECT = "Safety: safety-related defect";
    public static final String SAFETY_FOOTWEAR_FAILURE = "Safety: failure of safety footwear";
    public static final String SAFETY_KEEP_FOR_TESTING = "Safety: keep the item for testing";
    public static final String SAFETY_CONTAIN_BATCH = "Safety: contain the batch";
    public static final String SAFETY_CONTAIN_SKU = "Safety: contain the SKU";
    public static final String SAFETY_NOTIFICATION = "Safety: notification decision";
}
