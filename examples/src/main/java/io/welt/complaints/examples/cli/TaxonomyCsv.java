package io.welt.complaints.examples.cli;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.model.WorkStage;
import io.welt.complaints.rules.Rejection;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@code --taxonomy} file: defect categories that add to or override the default taxonomy.
 * A row for an existing code keeps that category's values in the columns it leaves empty; a new
 * code needs {@code stage} and {@code default_severity}. The taxonomy is configuration, not data:
 * any bad row stops the command (exit 2) instead of being rejected.
 *
 * <p>{@code stage} is a standard stage by its name or a name the trade also uses ({@code cutting},
 * {@code stitching}, {@code sole attaching}; any case), or a stage of the trade's own: the first row
 * that names one declares it with {@code stage_kind}, the standard stage it works like
 * ({@code assembly} with {@code making}); later rows may leave {@code stage_kind} empty.
 */
final class TaxonomyCsv {

    static final List<String> REQUIRED = List.of("code");
    static final Set<String> COLUMNS = Set.of("code", "name", "stage", "material_related", "functional", "cosmetic",
            "safety", "default_severity", "stage_kind");

    private static final Map<String, String> COLUMNS_BY_FIELD = Map.of("defaultSeverity", "default_severity");

    private TaxonomyCsv() {
    }

    /**
     * {@code base} with the file's categories added.
     *
     * @throws UsageException naming the file, line and column of the first bad value
     */
    static Taxonomy read(CsvTable table, Taxonomy base) throws UsageException {
        List<DefectCategory> categories = new ArrayList<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        Map<String, Long> lineOfStage = new HashMap<>();
        Taxonomy known = base;
        Dates noDates = new Dates(ZoneOffset.UTC);
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, noDates);
            String code = record.requiredText("code");
            record.requireVisible("code", code);
            Optional<DefectCategory> existing = base.find(code);
            WorkStage stage = stage(record, known, lineOfStage, row.line());
            DefectCategory category = category(record, code, existing.orElse(null), stage);
            if (!record.ok()) {
                throw failure(record.rejection(code));
            }
            Long earlier = lineOfCode.putIfAbsent(category.code(), row.line());
            if (earlier != null) {
                throw failure(new Rejection(row.source(), row.line(), code, "code",
                        "code " + category.code() + " is already defined on line " + earlier));
            }
            categories.add(category);
            if (stage != null && !stage.isStandard()) {
                known = known.withStages(stage);
            }
        }
        return base.with(categories);
    }

    /**
     * The row's stage: standard by name or synonym, of the trade's own as {@code known} or an earlier row
     * declared it, or declared here with {@code stage_kind}; null when the column is empty or at fault (then
     * the record has a problem).
     */
    private static WorkStage stage(RecordReader record, Taxonomy known, Map<String, Long> lineOfStage, long line) {
        String text = record.text("stage");
        String kindText = record.text("stage_kind");
        ProcessStage kind = null;
        if (kindText != null) {
            kind = ProcessStage.named(kindText).orElse(null);
            if (kind == null) {
                record.problem("stage_kind", "'" + Text.excerpt(kindText) + "' is not a standard stage: "
                        + STANDARD_STAGES);
                return null;
            }
        }
        if (text == null) {
            if (kind != null) {
                record.problem("stage_kind", "names the kind of the stage in column stage, which is empty");
            }
            return null;
        }
        Optional<WorkStage> found = known.stage(text);
        if (found.isPresent()) {
            WorkStage stage = found.get();
            if (kind != null && kind != stage.kind()) {
                Long declared = lineOfStage.get(stage.name());
                record.problem("stage_kind", "'" + Text.excerpt(text) + "' is " + (stage.isStandard()
                        ? stage.kind() + ", a standard stage; stage_kind declares only a stage of your own"
                        : "a " + stage.kind() + " stage (" + (declared == null ? "in the taxonomy"
                                : "declared on line " + declared) + "), not " + kind));
                return null;
            }
            return stage;
        }
        if (kind == null) {
            record.problem("stage", "'" + Text.excerpt(text) + "' is not a stage: " + STANDARD_STAGES
                    + "; or declare a stage of your own with stage_kind, the standard stage it works like"
                    + " (e.g. assembly with stage_kind making)");
            return null;
        }
        try {
            WorkStage stage = new WorkStage(text, kind);
            lineOfStage.put(stage.name(), line);
            return stage;
        } catch (IllegalArgumentException e) {
            record.problem("stage", Text.safe(e.getMessage().replaceFirst("^name: ", "")));
            return null;
        }
    }

    /** The standard stages and the names the trade also uses for them, for messages. */
    private static final String STANDARD_STAGES = "one of " + Arrays.stream(ProcessStage.values())
            .map(stage -> stage.name() + " (" + String.join(", ", stage.synonyms()) + ")")
            .collect(Collectors.joining(", "));

    private static DefectCategory category(RecordReader record, String code, DefectCategory existing,
                                           WorkStage stage) {
        String name = record.text("name");
        Boolean material = record.flag("material_related");
        Boolean functional = record.flag("functional");
        Boolean cosmetic = record.flag("cosmetic");
        Boolean safety = record.flag("safety");
        Severity severity = record.choice("default_severity", Severity.class);
        if (existing == null && code != null) {
            if (stage == null && record.text("stage") == null) {
                record.problem("stage", "a new code needs a stage, " + STANDARD_STAGES);
            }
            requireForNewCode(record, "default_severity", severity, Severity.values());
        }
        if (!record.ok()) {
            return null;
        }
        try {
            return existing == null
                    ? new DefectCategory(code, name, stage, isTrue(material), isTrue(functional), isTrue(cosmetic),
                            isTrue(safety), severity)
                    : new DefectCategory(existing.code(), name == null ? existing.name() : name,
                            stage == null ? existing.workStage() : stage,
                            material == null ? existing.materialRelated() : material,
                            functional == null ? existing.functional() : functional,
                            cosmetic == null ? existing.cosmetic() : cosmetic,
                            safety == null ? existing.safety() : safety,
                            severity == null ? existing.defaultSeverity() : severity);
        } catch (IllegalArgumentException | NullPointerException e) {
            record.refused(e, COLUMNS_BY_FIELD);
            return null;
        }
    }

    private static void requireForNewCode(RecordReader record, String column, Enum<?> value, Enum<?>[] choices) {
        if (value == null && record.text(column) == null) {
            record.problem(column, "a new code needs a " + column.replace('_', ' ') + ", one of "
                    + Arrays.stream(choices).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static UsageException failure(Rejection rejection) {
        return UsageException.input(rejection.source() + " line " + rejection.line() + ", column "
                + rejection.field() + ": " + rejection.message());
    }
}
