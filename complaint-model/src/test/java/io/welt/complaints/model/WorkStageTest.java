package io.welt.complaints.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trade's names for the standard stages, and stages a taxonomy declares of its own. */
class WorkStageTest {

    @Test
    void tradeNames_findTheirStandardStageIgnoringCaseAndSeparators() {
        assertThat(ProcessStage.named("cutting")).contains(ProcessStage.CLICKING);
        assertThat(ProcessStage.named("Stitching")).contains(ProcessStage.CLOSING);
        assertThat(ProcessStage.named("SOLE_ATTACHING")).contains(ProcessStage.MAKING);
        assertThat(ProcessStage.named(" sole-attaching ")).contains(ProcessStage.MAKING);
        assertThat(ProcessStage.named("finishing")).contains(ProcessStage.FINISHING);
        assertThat(ProcessStage.named("assembly")).isEmpty();
        assertThat(ProcessStage.named(null)).isEmpty();
    }

    @Test
    void aDeclaredStage_isNamedInLowerCaseAndKeepsItsKind() {
        WorkStage edge = new WorkStage("Edge  Finishing", ProcessStage.FINISHING);

        assertThat(edge.name()).isEqualTo("edge finishing");
        assertThat(edge.isStandard()).isFalse();
        assertThat(edge).isEqualTo(new WorkStage("edge-finishing", ProcessStage.FINISHING));
        assertThat(new WorkStage("stitching", ProcessStage.CLOSING)).isEqualTo(WorkStage.of(ProcessStage.CLOSING));
    }

    @Test
    void aTradeNameOfAnotherKind_isRefused() {
        assertThatThrownBy(() -> new WorkStage("stitching", ProcessStage.MAKING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: 'stitching' is CLOSING, a standard stage; it cannot be a stage of kind MAKING");
        assertThatThrownBy(() -> new WorkStage("edge/finishing", ProcessStage.FINISHING))
                .hasMessageContaining("only letters, digits, spaces");
    }

    @Test
    void aCategory_atAStageOfItsOwn_isOfItsKind() {
        WorkStage assembly = new WorkStage("assembly", ProcessStage.MAKING);
        DefectCategory strap = new DefectCategory("STRAP_FAILURE", "Strap failure", assembly, false, true, false,
                false, Severity.MEDIUM);

        assertThat(strap.stage()).isEqualTo(ProcessStage.MAKING);
        assertThat(strap.workStage()).isEqualTo(assembly);
        assertThat(new DefectCategory("SEAM", null, ProcessStage.CLOSING, false, true, false, false, Severity.LOW)
                .workStage()).isEqualTo(WorkStage.of(ProcessStage.CLOSING));
        assertThatThrownBy(() -> new DefectCategory("STRAP_FAILURE", null, ProcessStage.CLOSING, false, true, false,
                false, Severity.MEDIUM, assembly)).hasMessage("workStage: 'assembly' is a MAKING stage, not a CLOSING stage");
    }

    @Test
    void aTaxonomy_knowsItsCategoriesStagesAndRefusesOneNameOfTwoKinds() {
        WorkStage assembly = new WorkStage("assembly", ProcessStage.MAKING);
        Taxonomy bags = Taxonomy.footwearAndLeather().with(new DefectCategory("STRAP_FAILURE", null, assembly, false,
                true, false, false, Severity.MEDIUM));

        assertThat(bags.stages()).containsExactly(assembly);
        assertThat(bags.stage("ASSEMBLY")).contains(assembly);
        assertThat(bags.stage("cutting")).contains(WorkStage.of(ProcessStage.CLICKING));
        assertThat(bags.stage("gluing")).isEmpty();
        assertThatThrownBy(() -> bags.withStages(new WorkStage("assembly", ProcessStage.CLOSING)))
                .hasMessage("stage 'assembly' is declared both a MAKING and a CLOSING stage");
    }
}
