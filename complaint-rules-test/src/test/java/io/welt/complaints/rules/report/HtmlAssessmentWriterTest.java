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
    void the_page_reaches_the_writer_a_section_at_a_time_never_whole_and_a_full_disk_is_reported()
            throws IOException {
        Assessment assessment = ComplaintRules.standard().assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
        String page = HtmlAssessmentWriter.standard().toHtml(assessment);
        List<Integer> pieces = new ArrayList<>();
        StringBuilder received = new StringBuilder();
        java.io.Writer recording = new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                pieces.add(length);
                received.append(chars, offset, length);
            }

            @Override
            public java.io.Writer append(CharSequence text) {
                pieces.add(text.length());
                received.append(text);
                return this;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        HtmlAssessmentWriter.standard().write(assessment, recording);

        assertThat(received.toString()).isEqualTo(page);
        assertThat(pieces).as("the head, ten sections and the foot").hasSizeGreaterThanOrEqualTo(12);
        assertThat(pieces.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("the largest piece, against the page's %d characters", page.length()).isLessThan(page.length() / 2);

        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().write(assessment, full))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void nothing_to_write_is_refused_by_name() {
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().toHtml(null)).hasMessage("assessment");
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().withCurrency(null)).hasMessage("currency");
        assertThatThrownBy(() -> HtmlAssessmentWriter.standard().withPresentation(null)).hasMessage("presentation");
    }
}
