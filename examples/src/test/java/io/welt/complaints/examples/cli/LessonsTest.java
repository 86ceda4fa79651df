package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.rules.RuleNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainer's lessons in examples/lessons: each command is run as its LESSON.md writes it, and the
 * lines the lesson relies on must be in the narration, so a change to the rules cannot silently break
 * a lesson.
 */
class LessonsTest {

    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final Path LESSONS = ROOT.resolve("examples/lessons");

    private final Cli cli;

    LessonsTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    @Test
    void fixedAtOnce_triagesOffersAndResolvesWithoutEscalating() {
        String out = run("1-fixed-at-once", "explain");

        assertThat(out).contains("C-1 is MEDIUM", "rule \"" + RuleNames.RESOLVE_EXCHANGE_SIZE + "\"",
                "C-2 is LOW", "C-3 is now RESOLVED", "withdrawn: C-1 may be offered EXCHANGE");
        assertThat(out).as("nothing escalates").doesNotContain(" goes to ").doesNotContain("repeat finding");
    }

    @Test
    void bootLineRepeat_theThirdStitchingComplaintMakesAFindingForTheQualityManager() {
        String out = run("2-boot-line-repeat", "explain");

        String finding = "PRODUCT_LINE/Chelsea boot/STITCHING/C-1";
        int third = out.indexOf("C-5 arrives");
        assertThat(third).isPositive();
        assertThat(out.indexOf("repeat finding " + finding + " with 3 complaints")).isGreaterThan(third);
        assertThat(out.indexOf("finding " + finding + " goes to QUALITY_MANAGER")).isGreaterThan(third);
        assertThat(out).contains("rule \"" + RuleNames.REPEAT_PRODUCT_LINE + "\"", "C-1, C-2, C-5");
        assertThat(out).as("each complaint was fixed on its own").doesNotContainPattern("complaint C-\\d+ goes to");
    }

    @Test
    void safetyComplaint_isCriticalAndSeniorManagementSupersedesTheQualityManager() {
        String out = run("3-safety-complaint", "explain");

        assertThat(out).contains("C-2 arrives: PROTECTIVE_FAILURE on SAF3-43 (Safety boot S3), injury reported", "C-2 is CRITICAL");
        int quality = out.indexOf("complaint C-2 goes to QUALITY_MANAGER");
        int senior = out.indexOf("complaint C-2 goes to SENIOR_MANAGEMENT");
        int supersedes = out.indexOf("this supersedes the escalation to QUALITY_MANAGER by \""
                + RuleNames.ESCALATE_BY_SEVERITY + "\"", senior);
        assertThat(quality).isPositive();
        assertThat(senior).isGreaterThan(quality);
        assertThat(supersedes).isGreaterThan(senior);
        assertThat(out).contains("rule \"" + RuleNames.ESCALATE_INJURY + "\"", "complaint C-3 goes to QUALITY_MANAGER");
    }

    @Test
    void safetyComplaint_keepForTestingContainmentNotification_andTwoS3FailuresMakeAFinding() {
        String out = run("3-safety-complaint", "explain");

        assertThat(out).contains("C-2 safety step KEEP_FOR_TESTING on ITEM C-2",
                "C-2 safety step QUARANTINE_STOCK on SKU SAF3-43",
                "C-2 safety step NOTIFY_AUTHORITY on AUTHORITY UK General Product Safety Regulations 2005 (due 2026-03-01T07:40:00Z)",
                "rule \"" + RuleNames.REPEAT_SECOND_SAFETY_COMPLAINT + "\"",
                "repeat finding PRODUCT_LINE/Safety boot S3/PROTECTIVE_FAILURE/C-2 with 2 complaints",
                "finding PRODUCT_LINE/Safety boot S3/PROTECTIVE_FAILURE/C-2 goes to SENIOR_MANAGEMENT");
        assertThat(out).as("C-2 is offered a refund or a replacement, never a repair").doesNotContain("C-2 may be offered REPAIR");
        // Office hours: C-3 came on Friday afternoon; 1 March is a Sunday, its 24 working hours run to Wednesday.
        assertThat(out).doesNotContain("complaint C-3 goes to SENIOR_MANAGEMENT");
    }

    @Test
    void actionFails_aSecondRecurrenceReplacesTheVerdictItDoesNotWithdrawIt() {
        String story = run("4-action-fails", "explain");

        assertThat(story).contains("replaced: action CA-1 is INEFFECTIVE (\"" + RuleNames.VERIFY_INEFFECTIVE
                + "\"), by a fuller one above, with what came since");
        assertThat(story).doesNotContain("withdrawn: action CA-1");
    }

    @Test
    void actionFails_recurrencesOnRevisedBatchesMakeItIneffectiveReopenAndEscalate() {
        String story = run("4-action-fails", "explain");
        assertThat(story).contains("C-1 arrives: STITCHING on CHB1-42 (Chelsea boot), batch B-100",
                "C-2 arrives: STITCHING on CHB1-42 (Chelsea boot), batch B-200",
                "C-3 arrives: STITCHING on CHB1-43 (Chelsea boot), batch B-201");

        String pack = run("4-action-fails", "evidence");
        assertThat(pack).contains("VERDICT INEFFECTIVE: The problem came back after the change: C-2, C-3",
                "RC-1  root cause reopened", "ACTION CA-1 -> QUALITY_MANAGER",
                "by rule:" + RuleNames.VERIFY_RECURRENCE + ": C-2 has STITCHING",
                "by rule:" + RuleNames.VERIFY_RECURRENCE + ": C-3 has STITCHING");
        assertThat(pack).as("old stock and another defect are not recurrences")
                .doesNotContain("recurrence C-1").doesNotContain("recurrence C-4");
    }

    @Test
    void actionFails_theWalkthroughNarratesTheRecurrenceAndTheVerdict() {
        String story = run("4-action-fails", "explain");

        assertThat(story).contains("rule \"" + RuleNames.VERIFY_RECURRENCE + "\"",
                "rule \"" + RuleNames.VERIFY_INEFFECTIVE + "\"", "rule \"" + RuleNames.REOPEN_ROOT_CAUSE + "\"",
                "action CA-1 goes to QUALITY_MANAGER");
    }

    @Test
    void sizeRunsSmall_theThirdFitComplaintOnOneLastAtOneSizeMakesASizeFinding() {
        String story = run("5-size-runs-small", "explain");
        String finding = "SIZE/last L-7105, EU 42/*/C-1";
        int fifth = story.indexOf("C-5 arrives: SIZING on DES1-42 (Desert boot)");
        assertThat(fifth).isPositive();
        assertThat(story.indexOf("repeat finding " + finding + " with 3 complaints: Size EU 42 on last L-7105 runs small"
                + " (3 of 3 say so)")).as("the finding comes with C-5, not before").isGreaterThan(fifth);
        assertThat(story).contains("(C-1, C-3, C-5)", "rule \"" + RuleNames.PROPOSE_LAST_AND_GRADING_CHECK + "\"",
                "rule \"" + RuleNames.PROPOSE_SIZE_CHART_NOTE + "\"");
        assertThat(story).as("another last and another size do not join").doesNotContain("C-2, C-3").doesNotContain("C-4, C-5");
    }

    @Test
    void samplingARevisedBatch_theVerdictQuotesThePlan_andTheCustomersLineStandsApart() {
        String report = run("6-sampling-a-revised-batch", "assess");
        assertThat(report).contains("  CA-1 EFFECTIVE: SUPPLIER Conceria del Ponte, GRAIN_CRACKING, effective 2025-12-01\n",
                "sample of 50 from batch B-400 (400 units, made 2025-12-15), 0 defective: accepted by its plan",
                "code letter H, sample 50, AQL 1.0: Ac 1, Re 2", "700 units made in 2 batches after the change",
                "    customers NOT_RECOVERED: ");
        String pack = run("6-sampling-a-revised-batch", "evidence");
        assertThat(pack).contains("VERDICT EFFECTIVE: ", "code letter H, sample 50, AQL 1.0: Ac 1, Re 2")
                .as("old stock is no recurrence").doesNotContain("recurrence C-3");
    }

    @Test
    void oneProblemManyViews_fourFindingsAreOneProblemEscalatedAndCostedOnce() {
        String story = run("7-one-problem-many-views", "explain");
        String problem = "P/MATERIAL_LOT/HL-88/GRAIN_CRACKING/C-1";

        int second = story.indexOf("C-2 arrives");
        int formed = story.indexOf("problem " + problem + ": Leather grain cracking traced to material lot HL-88"
                + " (Curtidos Sierra): 2 complaints on Ankle boot and Tote bag");
        assertThat(second).isPositive();
        assertThat(formed).isGreaterThan(second);
        assertThat(story.indexOf("problem " + problem + " goes to QUALITY_MANAGER")).isGreaterThan(formed);
        assertThat(story).contains("rule \"" + RuleNames.REPEAT_MATERIAL_LOT + "\"",
                "repeat finding BATCH/B-31/GRAIN_CRACKING/C-1 with 2 complaints",
                "repeat finding BATCH/B-32/GRAIN_CRACKING/C-2 with 2 complaints",
                "management may choose MONITOR for " + problem);
        assertThat(story).as("the sizing complaint joins nothing").doesNotContainPattern("problem P/[^ ]*SIZING");

        String pack = run("7-one-problem-many-views", "evidence");
        assertThat(pack).startsWith("EVIDENCE PACK: Problem " + problem)
                .contains("likely source: MATERIAL_LOT HL-88", "MATERIAL_LOT HL-88 holds all 4 complaints",
                        "SUPPLIER Curtidos Sierra holds the same complaints but is wider",
                        "views (findings): BATCH/B-31/GRAIN_CRACKING/C-1, BATCH/B-32/GRAIN_CRACKING/C-2,"
                                + " MATERIAL_LOT/HL-88/GRAIN_CRACKING/C-1, SUPPLIER/Curtidos Sierra/GRAIN_CRACKING/C-1",
                        "1. Complaints logged (4)", "1. MONITOR (the baseline, doing nothing)")
                .doesNotContain("C-5  received");
    }

    /**
     * Runs the lesson's command for {@code command} (explain or evidence) exactly as its LESSON.md
     * writes it, from the repository root; returns what it printed, after checking it exited 0 quietly.
     */
    private String run(String lesson, String command) {
        String[] args = command(LESSONS.resolve(lesson).resolve("LESSON.md"), command);
        Cli.Result result = cli.run(args);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(cli.run(args).out());
        return result.out();
    }

    /**
     * The first {@code ./complaints COMMAND} of a LESSON.md's indented code blocks, its continuation
     * lines joined and {@code NAME=value} lines before it substituted; file names made absolute
     * against the repository root.
     */
    private static String[] command(Path lessonFile, String command) {
        List<String> lines;
        try {
            lines = Files.readAllLines(lessonFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!lines.get(i).startsWith("    ")) {
                continue;
            }
            if (line.matches("[A-Z]+=\\S+")) {
                variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            } else if (line.startsWith("./complaints " + command + " ")) {
                StringBuilder joined = new StringBuilder(line);
                while (joined.toString().endsWith("\\")) {
                    joined.setLength(joined.length() - 1);
                    joined.append(' ').append(lines.get(++i).strip());
                }
                String text = joined.toString();
                for (Map.Entry<String, String> variable : variables.entrySet()) {
                    text = text.replace("$" + variable.getKey(), variable.getValue());
                }
                List<String> args = new ArrayList<>(Arrays.asList(text.split("\\s+")));
                args.remove(0);
                return args.stream().map(a -> a.startsWith("examples/") ? ROOT.resolve(a).toString() : a)
                        .toArray(String[]::new);
            }
        }
        throw new AssertionError(lessonFile + " has no './complaints " + command + "' command");
    }
}
