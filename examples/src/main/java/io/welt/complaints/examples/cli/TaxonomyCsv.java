package io.welt.complaints.examples.cli;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.Taxonomy;
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
 */
final class TaxonomyCsv {

    static final List<String> REQUIRED = List.of("code");
    static final Set<String> COLUMNS = Set.of("code", "name", "stage", "material_related", "functional", "cosmetic",
            "safety", "default_severity");

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
        Dates noDates = new Dates(ZoneOffset.UTC);
        for (CsvRow row : table.rows()) {
            RecordReader record = new RecordReader(row, noDates);
            String code = record.requiredText("code");
            record.requireVisible("code", code);
            Optional<DefectCategory> existing = base.find(code);
            DefectCategory category = category(record, code, existing.orElse(null));
            if (!record.ok()) {
                throw failure(record.rejection(code));
            }
            Long earlier = lineOfCode.putIfAbsent(category.code(), row.line());
            if (earlier != null) {
                throw failure(new Rejection(row.source(), row.line(), code, "code",
                        "code " + category.code() + " is already defined on line " + earlier));
            }
            categories.add(category);
        }
        return base.with(categories);
    }

    private static DefectCategory category(RecordReader record, String code, DefectCategory existing) {
        String name = record.text("name");
        ProcessStage stage = record.choice("stage", ProcessStage.class);
        Boolean material = record.flag("material_related");
        Boolean functional = record.flag("functional");
        Boolean cosmetic = record.flag("cosmetic");
        Boolean safety = record.flag("safety");
        Severity severity = record.choice("default_severity", Severity.class);
        if (existing == null && code != null) {
            requireForNewCode(record, "stage", stage, ProcessStage.values());
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
                            stage == null ? existing.stage() : stage,
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
