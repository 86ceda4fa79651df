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

    // repeats.drl
    public static final String REPEAT_PRODUCT_LINE = "Repeat: same product line and defect";
    public static final String REPEAT_BATCH = "Repeat: same batch and defect";
    public static final String REPEAT_BATCH_RATE = "Repeat: batch complaint rate";
    public static final String REPEAT_SUPPLIER = "Repeat: same supplier across product lines";
    public static final String REPEAT_MATERIAL_LOT = "Repeat: same material lot across product lines";
    public static final String REPEAT_CUSTOMER = "Repeat: same customer";

    // escalation.drl
    public static final String ESCALATE_BY_SEVERITY = "Escalate: by severity";
    public static final String ESCALATE_INJURY = "Escalate: injury reported";
    public static final String ESCALATE_NOT_ACKNOWLEDGED = "Escalate: not acknowledged in time";
    public static final String ESCALATE_NOT_RESOLVED = "Escalate: not resolved in time";
    public static final String ESCALATE_PRODUCT_PATTERN = "Escalate: product or supply pattern";
    public static final String ESCALATE_LARGE_PATTERN = "Escalate: large pattern";
    public static final String ESCALATE_CRITICAL_PATTERN = "Escalate: pattern holding a critical complaint";
    public static final String ESCALATE_REPEAT_CUSTOMER = "Escalate: repeat customer";
    public static final String WARN_ACKNOWLEDGEMENT_DUE = "Warn: acknowledgement due soon";
    public static final String WARN_RESOLUTION_DUE = "Warn: resolution due soon";
}
