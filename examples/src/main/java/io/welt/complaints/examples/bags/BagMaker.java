package io.welt.complaints.examples.bags;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.model.WorkStage;
import io.welt.complaints.rules.ComplaintRules;

/**
 * A leather-bag maker's rules: the standard footwear and leather taxonomy plus four bag defects at the
 * bag maker's own stages ({@link #ASSEMBLY}, a making stage; {@link #EDGE_FINISHING}, a finishing
 * stage), and two rules of their own in {@code bags.drl}. This is all a rule author writes; no library
 * code changes. The same taxonomy as a {@code --taxonomy} file is {@link #TAXONOMY_CSV}.
 *
 * <pre>{@code
 * ComplaintRules rules = BagMaker.rules();
 * Assessment assessment = rules.assess(log, asOf);
 * }</pre>
 */
public final class BagMaker {

    /** Putting the bag together: panels, gussets, handles and straps fixed on. Works like making a shoe. */
    public static final WorkStage ASSEMBLY = new WorkStage("assembly", ProcessStage.MAKING);
    /** Bevelling, inking and burnishing the cut edges. A finishing stage. */
    public static final WorkStage EDGE_FINISHING = new WorkStage("edge finishing", ProcessStage.FINISHING);

    /** A strap that tears or pulls out of its fixing. */
    public static final DefectCategory STRAP_FAILURE = new DefectCategory("STRAP_FAILURE", "Strap failure",
            ASSEMBLY, false, true, false, false, Severity.MEDIUM);
    /** A zip that splits, jams or loses its puller: usually the zip supplier's. */
    public static final DefectCategory ZIP_FAILURE = new DefectCategory("ZIP_FAILURE", "Zip failure",
            ProcessStage.CLOSING, true, true, false, false, Severity.MEDIUM);
    /** A handle that tears at its stitching or its core. */
    public static final DefectCategory HANDLE_TEAR = new DefectCategory("HANDLE_TEAR", "Handle tear",
            ASSEMBLY, false, true, false, false, Severity.MEDIUM);
    /** Edge paint (edge ink) that cracks or flakes along cut edges. */
    public static final DefectCategory EDGE_PAINT_CRACKING = new DefectCategory("EDGE_PAINT_CRACKING",
            "Edge paint cracking", EDGE_FINISHING, true, false, true, false, Severity.LOW);

    /** The default taxonomy with the bag maker's four categories. */
    public static final Taxonomy TAXONOMY = Taxonomy.footwearAndLeather()
            .with(STRAP_FAILURE, ZIP_FAILURE, HANDLE_TEAR, EDGE_PAINT_CRACKING);

    /**
     * The class-path resource of the same four categories as a {@code --taxonomy} file: the stages by the
     * trade's names ({@code stitching} for closing), its own declared with {@code stage_kind}.
     */
    public static final String TAXONOMY_CSV = "io/welt/complaints/examples/bags/taxonomy.csv";

    /** The class-path resource of the bag maker's rule file. */
    public static final String RULES = "io/welt/complaints/examples/bags/bags.drl";

    private BagMaker() {
    }

    /** The standard rules, the bag taxonomy and the bag maker's own rules, compiled. */
    public static ComplaintRules rules() {
        return ComplaintRules.builder()
                .taxonomy(TAXONOMY)
                .addRulesFromClasspath(BagMaker.class.getClassLoader(), RULES)
                .build();
    }
}
