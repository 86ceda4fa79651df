package io.welt.complaints.model;

import java.util.Objects;

/**
 * A stage of a trade's own making, as a taxonomy names it, and the {@link ProcessStage} it works like:
 * a bag maker's {@code assembly} is a making stage, its {@code edge finishing} a finishing stage. The
 * rules reason on the kind (a packing stage's faults go up the customer-service chain, a lasting
 * stage's are fit), and tell stages apart by name (a fault after a repair is related to the first only
 * at the same stage). Each standard stage is a work stage of its own name ({@link #of}).
 *
 * <pre>{@code
 * WorkStage assembly = new WorkStage("assembly", ProcessStage.MAKING);
 * DefectCategory strap = new DefectCategory("STRAP_FAILURE", "Strap failure", assembly,
 *         false, true, false, false, Severity.MEDIUM);
 * }</pre>
 *
 * @param name the stage's name, in lower case with single spaces ("edge finishing"); a standard
 *             stage's is its constant's name ("MAKING")
 * @param kind the standard stage it works like
 */
public record WorkStage(String name, ProcessStage kind) {

    /**
     * A stage, its name normalised; a standard stage's name or synonym gives that standard stage.
     *
     * @param name the stage's name, in lower case with single spaces ("edge finishing"); a standard stage's
     *   is its constant's name ("MAKING")
     * @param kind the standard stage it works like
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when the name is blank, holds a character other than letters,
     *                                  digits, spaces, hyphens, underscores and apostrophes, or is the name or a
     *                                  synonym of another kind's standard stage ("stitching" is CLOSING)
     */
    public WorkStage {
        Checks.text(name, "name");
        Checks.present(kind, "kind");
        java.util.Optional<ProcessStage> standard = ProcessStage.named(name);
        if (standard.isPresent()) {
            String given = name.strip();
            ProcessStage of = kind;
            Checks.check(standard.get() == kind, "name", () -> "'" + given + "' is " + standard.get()
                    + ", a standard stage; it cannot be a stage of kind " + of);
            name = kind.name();
        } else {
            name = ProcessStage.normalise(name);
            Checks.check(name.matches("[\\p{L}\\p{N}' _-]+"), "name",
                    "only letters, digits, spaces, hyphens and apostrophes are allowed, was '" + name + "'");
        }
    }

    /**
     * The standard stage itself, named after its constant.
     *
     * @param stage the standard stage
     * @return its work stage, named like the constant
     * @throws NullPointerException when the stage is null
     */
    public static WorkStage of(ProcessStage stage) {
        return new WorkStage(Objects.requireNonNull(stage, "stage").name(), stage);
    }

    /**
     * Whether this is one of the standard stages rather than a trade's own.
     *
     * @return true for a standard stage
     */
    public boolean isStandard() {
        return name.equals(kind.name());
    }

    /** Its name: "MAKING", "edge finishing". */
    @Override
    public String toString() {
        return name;
    }
}
