package io.welt.complaints.model;

/**
 * One entry of the defect taxonomy. Categories are data, so a rule author adds their own (a strap
 * failure for a bag maker, a toe-cap failure for a safety-boot maker); the shipped rules reason only
 * on the attributes below, never on the code.
 *
 * <pre>{@code
 * DefectCategory strap = new DefectCategory("STRAP_FAILURE", "Strap failure", ProcessStage.CLOSING,
 *         false, true, false, false, Severity.MEDIUM);
 * }</pre>
 *
 * @param code            the code used in complaint logs, upper case, e.g. "STITCHING"
 * @param name            a display name
 * @param stage           the process stage where the defect arises
 * @param materialRelated whether the material or a component is the usual cause
 * @param functional      whether the article no longer does its job (seam open, sole off)
 * @param cosmetic        whether it only spoils the look
 * @param safety          whether it can hurt someone (a failed toe cap, a skin reaction)
 * @param defaultSeverity the floor of a complaint's severity; rules only raise it
 * @param workStage       the stage by the trade's own name ({@code assembly}), of kind {@code stage};
 *                        {@code WorkStage.of(stage)} when null
 */
public record DefectCategory(String code, String name, ProcessStage stage, boolean materialRelated,
                             boolean functional, boolean cosmetic, boolean safety, Severity defaultSeverity,
                             WorkStage workStage) {

    /**
     * A category, checked.
     *
     * @param code the code used in complaint logs, upper case, e.g. "STITCHING"
     * @param name a display name
     * @param stage the process stage where the defect arises
     * @param materialRelated whether the material or a component is the usual cause
     * @param functional whether the article no longer does its job (seam open, sole off)
     * @param cosmetic whether it only spoils the look
     * @param safety whether it can hurt someone (a failed toe cap, a skin reaction)
     * @param defaultSeverity the floor of a complaint's severity; rules only raise it
     * @param workStage the stage by the trade's own name ({@code assembly}), of kind {@code stage}; {@code
     *   WorkStage.of(stage)} when null
     * @throws NullPointerException     when code, stage or defaultSeverity is null
     * @throws IllegalArgumentException when the code is blank or holds other than letters, digits and '_', or
     *                                  the work stage is not of kind {@code stage}
     */
    public DefectCategory {
        code = Checks.text(code, "code").toUpperCase(java.util.Locale.ROOT);
        Checks.check(code.matches("[A-Z0-9_]+"), "code", "only letters, digits and '_' are allowed, was '" + code + "'");
        name = name == null || name.isBlank() ? code : name.strip();
        Checks.present(stage, "stage");
        Checks.present(defaultSeverity, "defaultSeverity");
        if (workStage == null) {
            workStage = WorkStage.of(stage);
        }
        WorkStage own = workStage;
        Checks.check(own.kind() == stage, "workStage", () -> "'" + own + "' is a " + own.kind()
                + " stage, not a " + stage + " stage");
    }

    /**
     * A category at one of the standard stages.
     *
     * @param code            the code used in complaint logs
     * @param name            a display name, or null for the code
     * @param materialRelated whether the material or a component is the usual cause
     * @param functional      whether the article no longer does its job
     * @param cosmetic        whether it only spoils the look
     * @param safety          whether it can hurt someone
     * @param defaultSeverity the floor of a complaint's severity
     * @param stage           the process stage where the defect arises
     * @throws NullPointerException     when code, stage or defaultSeverity is null
     * @throws IllegalArgumentException when the code is blank or holds other than letters, digits and '_'
     */
    public DefectCategory(String code, String name, ProcessStage stage, boolean materialRelated, boolean functional,
                          boolean cosmetic, boolean safety, Severity defaultSeverity) {
        this(code, name, stage, materialRelated, functional, cosmetic, safety, defaultSeverity, null);
    }

    /**
     * A category at a stage of the trade's own (or a standard one): the rules read its kind as
     * {@link #stage()}.
     *
     * @param code            the code used in complaint logs
     * @param name            a display name, or null for the code
     * @param materialRelated whether the material or a component is the usual cause
     * @param functional      whether the article no longer does its job
     * @param cosmetic        whether it only spoils the look
     * @param safety          whether it can hurt someone
     * @param defaultSeverity the floor of a complaint's severity
     * @param workStage       the stage, by the trade's own name
     * @throws NullPointerException     when code, workStage or defaultSeverity is null
     * @throws IllegalArgumentException when the code is blank or holds other than letters, digits and '_'
     */
    public DefectCategory(String code, String name, WorkStage workStage, boolean materialRelated, boolean functional,
                          boolean cosmetic, boolean safety, Severity defaultSeverity) {
        this(code, name, java.util.Objects.requireNonNull(workStage, "workStage").kind(), materialRelated, functional,
                cosmetic, safety, defaultSeverity, workStage);
    }

    /**
     * Whether it is a matter of fit (sizing, fit and comfort, or a rule author's own fit category): it
     * arises at lasting, from the last's shape and grading, and is neither material, functional,
     * cosmetic nor a safety matter. Fit complaints on one size of one last show a size that runs
     * small or large.
     *
     * @return true for a fit category
     */
    public boolean isFit() {
        return stage == ProcessStage.LASTING && !materialRelated && !functional && !cosmetic && !safety;
    }

    /**
     * Whether a complaint of this category is a fault of the product: it stops the item working, or its
     * material is faulty and not merely cosmetic. The consumer-rights remedies and the failed-fix rule
     * are about product faults; a rule reads it as {@code DefectCategory( productFault )}.
     *
     * @return true when the complaint is about a fault of the product
     */
    public boolean productFault() {
        return functional || materialRelated && !cosmetic;
    }
}
