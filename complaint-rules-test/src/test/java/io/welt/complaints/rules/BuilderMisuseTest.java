package io.welt.complaints.rules;

import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.ProcessStage;
import io.welt.complaints.model.Severity;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.policy.Policy;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules' builder given a value twice says so, and keeps categories whatever the order. */
class BuilderMisuseTest {

    private static final DefectCategory STRAP_FAILURE = new DefectCategory("STRAP_FAILURE", "Strap failure",
            ProcessStage.CLOSING, false, true, false, false, Severity.MEDIUM);

    @Test
    void a_bag_maker_s_categories_survive_a_taxonomy_given_after_them() {
        ComplaintRules rules = ComplaintRules.builder()
                .categories(STRAP_FAILURE)
                .taxonomy(Taxonomy.footwearAndLeather())
                .build();

        assertThat(rules.taxonomy().find("STRAP_FAILURE")).contains(STRAP_FAILURE);
        assertThat(rules.taxonomy().find("STITCHING")).isPresent();
    }

    @Test
    void categories_given_after_the_taxonomy_apply_on_top_of_it_too() {
        ComplaintRules rules = ComplaintRules.builder()
                .taxonomy(Taxonomy.footwearAndLeather())
                .categories(STRAP_FAILURE)
                .build();

        assertThat(rules.taxonomy().find("STRAP_FAILURE")).contains(STRAP_FAILURE);
    }

    @Test
    void a_second_policy_or_taxonomy_or_limit_is_refused_by_name() {
        assertThatThrownBy(() -> ComplaintRules.builder().policy(Policy.defaults()).policy(Policy.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessage("policy already set on this builder");
        assertThatThrownBy(() -> ComplaintRules.builder().taxonomy(Taxonomy.footwearAndLeather())
                .taxonomy(Taxonomy.footwearAndLeather()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("taxonomy already set");
        assertThatThrownBy(() -> ComplaintRules.builder().maxSessionTime(Duration.ofSeconds(5))
                .maxSessionTime(Duration.ofSeconds(9)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxSessionTime already set");
    }
}
