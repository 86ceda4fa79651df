package io.welt.complaints.rules.report;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A host makes the manager's HTML page from Java, as the command line does. */
class HtmlAssessmentWriterTest {

    private static final GeneratedLog SAMPLE = SampleLog.generate();

    @Test
    void the_page_of_the_sample_names_its_problems_escapes_the_customers_words_and_runs_no_script()
            throws IOException {
        List<Complaint> complaints = new ArrayList<>(SAMPLE.complaints());
        int chelsea = 0; // the first complaint of the Chelsea boot stitching problem: its words are on the page
        while (!(SampleLog.STITCHING_LINE.equals(complaints.get(chelsea).productLine())
                && "STITCHING".equals(complaints.get(chelsea).defect()))) {
            chelsea++;
        }
        complaints.set(chelsea, complaints.get(chelsea).toBuilder()
                .description("<script>alert('boot')</script> & \"more\"").build());
        Assessment assessment = ComplaintRules.standard().assess(SAMPLE.withComplaints(complaints).toComplaintLog(),
                SAMPLE.asOf());

        HtmlAssessmentWriter writer = HtmlAssessmentWriter.standard().withCurrency(Currency.getInstance("EUR"))
                .withPresentation(new Presentation(ZoneId.of("Europe/Rome"), "Calzaturificio Rossi",
                        Taxonomy.footwearAndLeather()));
        String page = writer.toHtml(assessment);

        assertThat(page).startsWith("<!DOCTYPE html>").contains("Calzaturificio Rossi")
                .contains(assessment.problems().get(0).id().replace("&", "&amp;"))
                .contains("&lt;script&gt;alert(&#39;boot&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .doesNotContain("<script").doesNotContain("src=\"http");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(assessment, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as("written as made, in UTF-8").isEqualTo(page);
        assertThat(writer.toHtml(assessment)).as("the same assessment, the same bytes").isEqualTo(page);
    }

    @Test
    void nothing_to_write_is_refused_by_name() {
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().toHtml(null)).hasMessage("assessment");
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().withCurrency(null)).hasMessage("currency");
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().withPresentation(null)).hasMessage("presentation");
    }
}
