package io.welt.complaints.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.welt.complaints.model.ProcessStage.*;
import static io.welt.complaints.model.Severity.*;

/**
 * The defect categories a log may use, by code. Immutable: {@link #with} returns a new taxonomy.
 *
 * <pre>{@code
 * Taxonomy bags = Taxonomy.footwearAndLeather().with(
 *         new DefectCategory("STRAP_FAILURE", "Strap failure", ProcessStage.CLOSING,
 *                 false, true, false, false, Severity.MEDIUM));
 * }</pre>
 */
public final class Taxonomy {

    private static final Taxonomy DEFAULT = new Taxonomy(List.of(
            category("STITCHING", "Stitching or seam failure", CLOSING, false, true, false, false, MEDIUM),
            category("SOLE_SEPARATION", "Sole separation (bond failure)", MAKING, true, true, false, false, MEDIUM),
            category("SOLE_WEAR", "Sole wear or cracking", MAKING, true, true, false, false, MEDIUM),
            category("HEEL_FAILURE", "Heel failure", MAKING, false, true, false, false, MEDIUM),
            category("GRAIN_CRACKING", "Leather grain cracking", CLICKING, true, true, false, false, MEDIUM),
            category("FINISH_PEELING", "Finish peeling", FINISHING, true, false, true, false, LOW),
            category("COLOUR_TRANSFER", "Colour transfer or dye bleed", FINISHING, true, false, true, false, MEDIUM),
            category("SUEDE_MARKING", "Suede or nubuck marking", FINISHING, true, false, true, false, LOW),
            category("WATER_STAINING", "Water staining", FINISHING, true, false, true, false, MEDIUM),
            category("HARDWARE_FAILURE", "Hardware failure (zip, buckle, eyelet)", CLOSING, true, true, false, false, MEDIUM),
            category("LINING_WEAR", "Lining wear", CLOSING, true, false, false, false, LOW),
            category("SIZING", "Sizing inconsistency", LASTING, false, false, false, false, MEDIUM),
            category("FIT_COMFORT", "Fit or comfort", LASTING, false, false, false, false, MEDIUM),
            category("ODOUR", "Odour or chemical smell", FINISHING, true, false, true, false, LOW),
            category("SKIN_REACTION", "Skin reaction (e.g. chromium VI allergy)", CLICKING, true, false, false, true, CRITICAL),
            category("PROTECTIVE_FAILURE", "Protective-feature failure (toe cap, slip resistance, puncture)", MAKING, false, true, false, true, CRITICAL),
            category("WRONG_ITEM", "Wrong item or size delivered", PACKING, false, false, false, false, LOW),
            category("LATE_DELIVERY", "Late delivery", SERVICE, false, false, false, false, LOW),
            category("SERVICE_CONDUCT", "Staff or service conduct", SERVICE, false, false, false, false, LOW),
            // Left and right of different sizes or lasts: the pair is faulty, not the customer's size.
            category("MISMATCHED_PAIR", "Mismatched pair (left and right differ)", PACKING, false, true, false, false, MEDIUM)));

    private final Map<String, DefectCategory> byCode;
    /** The trade's own stages, by name: those declared and those of the categories. */
    private final Map<String, WorkStage> stages;

    private Taxonomy(Collection<DefectCategory> categories) {
        this(categories, List.of());
    }

    private Taxonomy(Collection<DefectCategory> categories, Collection<WorkStage> declared) {
        Map<String, DefectCategory> map = new TreeMap<>();
        for (DefectCategory category : categories) {
            map.put(category.code(), category);
        }
        this.byCode = Collections.unmodifiableMap(map);
        Map<String, WorkStage> own = new TreeMap<>();
        List<WorkStage> all = new ArrayList<>(declared);
        map.values().forEach(category -> all.add(category.workStage()));
        for (WorkStage stage : all) {
            if (stage.isStandard()) {
                continue;
            }
            WorkStage earlier = own.putIfAbsent(stage.name(), stage);
            if (earlier != null && earlier.kind() != stage.kind()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' is declared both a " + earlier.kind()
                        + " and a " + stage.kind() + " stage");
            }
        }
        this.stages = Collections.unmodifiableMap(own);
    }

    private static DefectCategory category(String code, String name, ProcessStage stage, boolean material,
                                           boolean functional, boolean cosmetic, boolean safety, Severity floor) {
        return new DefectCategory(code, name, stage, material, functional, cosmetic, safety, floor);
    }

    /**
     * The default footwear and leather-goods taxonomy, with the codes listed in docs/file-formats.md.
     *
     * @return the default taxonomy, shared and immutable
     */
    public static Taxonomy footwearAndLeather() {
        return DEFAULT;
    }

    /**
     * A taxonomy of exactly these categories; a later category with the same code replaces an earlier one.
     *
     * @param categories the categories
     * @return the taxonomy
     * @throws NullPointerException when the collection or a category is null
     */
    public static Taxonomy of(Collection<DefectCategory> categories) {
        return new Taxonomy(List.copyOf(categories));
    }

    /**
     * A new taxonomy with {@code categories} added, each replacing any category with the same code.
     *
     * @param categories the categories to add
     * @return the new taxonomy; this one is unchanged
     * @throws IllegalArgumentException when a category's stage has the name of a stage of another kind
     */
    public Taxonomy with(DefectCategory... categories) {
        return with(List.of(categories));
    }

    /**
     * A new taxonomy with {@code categories} added, each replacing any category with the same code; their
     * own stages join the taxonomy's.
     *
     * @throws IllegalArgumentException when a category's stage has the name of a stage of another kind
     * @param categories the categories to add
     * @return the new taxonomy; this one is unchanged
     */
    public Taxonomy with(Collection<DefectCategory> categories) {
        List<DefectCategory> all = new ArrayList<>(byCode.values());
        all.addAll(categories);
        return new Taxonomy(all, stages.values());
    }

    /**
     * A new taxonomy that also knows these stages of the trade's own, so that a category can name them
     * ({@link #stage}).
     *
     * @throws IllegalArgumentException when a stage has the name of a known stage of another kind
     * @param declared the stages, e.g. {@code new WorkStage("assembly", ProcessStage.MAKING)}
     * @return the new taxonomy; this one is unchanged
     */
    public Taxonomy withStages(WorkStage... declared) {
        List<WorkStage> all = new ArrayList<>(stages.values());
        all.addAll(List.of(declared));
        return new Taxonomy(byCode.values(), all);
    }

    /**
     * The stage of this name: a standard stage by its name or a synonym the trade uses ("cutting" is
     * CLICKING, "stitching" CLOSING, "sole attaching" MAKING; see {@link ProcessStage#synonyms()}), or a
     * stage of the trade's own this taxonomy knows; case, spaces, hyphens and underscores aside.
     *
     * @param name a stage's name, or null
     * @return the stage, or empty for null, blank or an unknown name
     */
    public Optional<WorkStage> stage(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<ProcessStage> standard = ProcessStage.named(name);
        if (standard.isPresent()) {
            return standard.map(WorkStage::of);
        }
        return Optional.ofNullable(stages.get(ProcessStage.normalise(name)));
    }

    /**
     * The stages of the trade's own this taxonomy knows, by name; the standard stages are not listed.
     *
     * @return the trade's own stages, sorted by name
     */
    public List<WorkStage> stages() {
        return List.copyOf(stages.values());
    }

    /**
     * The category with this code (case-insensitive), if there is one.
     *
     * @param code a defect code, or null
     * @return the category, or empty
     */
    public Optional<DefectCategory> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Whether a category has this code (case-insensitive).
     *
     * @param code a defect code, or null
     * @return true when the taxonomy has it
     */
    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /**
     * Every category, ordered by code.
     *
     * @return the categories, sorted by code
     */
    public List<DefectCategory> categories() {
        return List.copyOf(byCode.values());
    }

    @Override
    public String toString() {
        return "Taxonomy" + byCode.keySet();
    }
}
