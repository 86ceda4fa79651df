package io.welt.complaints.examples.cli;

import io.welt.complaints.examples.bags.BagMaker;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.model.WorkStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A taxonomy file names stages as the trade does: {@code cutting}, {@code stitching}, {@code sole
 * attaching} for the standard stages, and stages of its own ({@code assembly}, {@code edge finishing})
 * declared with {@code stage_kind}, the standard stage each works like.
 */
class TaxonomyStagesTest {

    private static final String STRAP_LOG = HEADER + "C-1,2026-02-01,CU-1,BG-1,strap_failure,Tote bag,,\n";

    private final Cli cli;
    private final Path dir;

    TaxonomyStagesTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
        this.dir = dir;
    }

    private Taxonomy read(String csv) throws UsageException {
        Path file = Path.of(cli.file("taxonomy.csv", csv));
        return TaxonomyCsv.read(CsvTable.read(file, "--taxonomy", TaxonomyCsv.REQUIRED, TaxonomyCsv.COLUMNS,
                note -> { }), Taxonomy.footwearAndLeather());
    }

    private static ProcessStage stageOf(Taxonomy taxonomy, String code) {
        return taxonomy.find(code).orElseThrow().stage();
    }

    @Test
    void tradeNames_areTheStandardStagesInAnyCase() throws UsageException {
        Taxonomy taxonomy = read("code,stage,default_severity\n"
                + "PANEL_MISCUT,cutting,MEDIUM\nSEAM_PUCKER,Stitching,LOW\nTOE_SPRING,SOLE_ATTACHING,MEDIUM\n"
                + "SCUFFED_BOX,boxing,LOW\nEDGE_THIN,paring,LOW\nLOOSE_TOE,Pulling-over,MEDIUM\n");

        assertThat(stageOf(taxonomy, "PANEL_MISCUT")).isEqualTo(ProcessStage.CLICKING);
        assertThat(stageOf(taxonomy, "SEAM_PUCKER")).isEqualTo(ProcessStage.CLOSING);
        assertThat(stageOf(taxonomy, "TOE_SPRING")).isEqualTo(ProcessStage.MAKING);
        assertThat(stageOf(taxonomy, "SCUFFED_BOX")).isEqualTo(ProcessStage.PACKING);
        assertThat(stageOf(taxonomy, "EDGE_THIN")).isEqualTo(ProcessStage.SKIVING);
        assertThat(stageOf(taxonomy, "LOOSE_TOE")).isEqualTo(ProcessStage.LASTING);
        // A synonym is the standard stage itself, not a stage of its own.
        assertThat(taxonomy.find("TOE_SPRING").orElseThrow().workStage()).isEqualTo(WorkStage.of(ProcessStage.MAKING));
        assertThat(taxonomy.stages()).isEmpty();
    }

    @Test
    void ownStages_areDeclaredOnceWithTheirKindAndUsedByName() throws UsageException {
        Taxonomy taxonomy = read("code,stage,stage_kind,functional,default_severity\n"
                + "STRAP_FAILURE,assembly,making,yes,MEDIUM\n"
                + "HANDLE_TEAR,Assembly,,yes,MEDIUM\n"
                + "EDGE_PAINT_CRACKING,edge finishing,finishing,no,LOW\n");

        DefectCategory strap = taxonomy.find("STRAP_FAILURE").orElseThrow();
        assertThat(strap.stage()).isEqualTo(ProcessStage.MAKING);
        assertThat(strap.workStage().name()).isEqualTo("assembly");
        assertThat(taxonomy.find("HANDLE_TEAR").orElseThrow().workStage()).isEqualTo(strap.workStage());
        assertThat(taxonomy.stages()).containsExactly(new WorkStage("assembly", ProcessStage.MAKING),
                new WorkStage("edge finishing", ProcessStage.FINISHING));
    }

    @Test
    void bagMakersTaxonomyFile_isTheBagMakersTaxonomy() throws IOException, UsageException {
        String csv;
        try (InputStream in = BagMaker.class.getClassLoader().getResourceAsStream(BagMaker.TAXONOMY_CSV)) {
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        Taxonomy fromFile = read(csv);

        assertThat(fromFile.categories()).isEqualTo(BagMaker.TAXONOMY.categories());
        assertThat(fromFile.stages()).isEqualTo(BagMaker.TAXONOMY.stages())
                .containsExactly(BagMaker.ASSEMBLY, BagMaker.EDGE_FINISHING);
    }

    @Test
    void anUnknownStageWithoutKind_exitsTwoSayingHowToDeclareIt() {
        String taxonomy = cli.file("bags.csv", "code,stage,default_severity\nSTRAP_FAILURE,assembly,MEDIUM\n");

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", taxonomy);

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("bags.csv line 2, column stage: 'assembly' is not a stage: one of CLICKING"
                + " (cutting, clicking room, die cutting)", "MAKING (sole attaching,",
                "or declare a stage of your own with stage_kind");
    }

    @Test
    void aStageDeclaredTwoWays_exitsTwoNamingTheFirstLine() {
        String taxonomy = cli.file("bags.csv", "code,stage,stage_kind,default_severity\n"
                + "STRAP_FAILURE,assembly,making,MEDIUM\nHANDLE_TEAR,assembly,closing,MEDIUM\n");

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", taxonomy);

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("bags.csv line 3, column stage_kind: 'assembly' is a MAKING stage"
                + " (declared on line 2), not CLOSING");
    }

    @Test
    void aTradeNameCannotBeRedeclaredAsAnotherKind() {
        String taxonomy = cli.file("bags.csv", "code,stage,stage_kind,default_severity\n"
                + "STRAP_FAILURE,stitching,making,MEDIUM\n");

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", taxonomy);

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("bags.csv line 2, column stage_kind: 'stitching' is CLOSING, a standard"
                + " stage; stage_kind declares only a stage of your own");
        Cli.Result badKind = cli.assessJson(STRAP_LOG, "--taxonomy", cli.file("kind.csv",
                "code,stage,stage_kind,default_severity\nSTRAP_FAILURE,assembly,glueing,MEDIUM\n"));
        assertThat(badKind.err()).contains("kind.csv line 2, column stage_kind: 'glueing' is not a standard stage");
    }

    @Test
    void bagMakersFile_onTheCommandLine_assessesABagComplaint() throws IOException {
        Path csv = dir.resolve("bag-taxonomy.csv");
        try (InputStream in = BagMaker.class.getClassLoader().getResourceAsStream(BagMaker.TAXONOMY_CSV)) {
            Files.write(csv, in.readAllBytes());
        }

        Cli.Result result = cli.assessJson(STRAP_LOG, "--taxonomy", csv.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("rejected")).isEmpty();
        assertThat(List.of(result.json().get("complaints").get(0).get("severity").asText())).containsExactly("MEDIUM");
    }
}
