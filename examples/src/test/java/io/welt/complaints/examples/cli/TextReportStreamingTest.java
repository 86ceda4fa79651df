package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The text report of a million complaints runs to hundreds of megabytes: it goes out a line at a
 * time, never held whole, and a full disk stops it with the disk's own error.
 */
class TextReportStreamingTest {

    private static final GeneratedLog SAMPLE = SampleLog.generate();

    @Test
    void the_report_reaches_its_writer_line_by_line() {
        Assessment assessment = ComplaintRules.standard().assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
        List<Integer> pieces = new ArrayList<>();
        StringBuilder received = new StringBuilder();
        Appendable recording = new Appendable() {
            @Override
            public Appendable append(CharSequence text) {
                pieces.add(text.length());
                received.append(text);
                return this;
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) {
                return append(text.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) {
                return append(String.valueOf(c));
            }
        };

        TextReport.write(assessment, recording);

        String report = received.toString();
        long lines = report.chars().filter(c -> c == '\n').count();
        assertThat(report).startsWith("Complaint assessment as of ").contains("PROBLEMS (");
        assertThat(lines).isGreaterThan(100);
        assertThat(pieces).as("each line and its line break").hasSize((int) (2 * lines));
        assertThat(pieces.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("the longest piece, against the report's %d characters", report.length())
                .isLessThan(report.length() / 10);
    }

    @Test
    void a_full_disk_stops_the_report_with_the_disks_error() {
        Assessment assessment = ComplaintRules.standard().assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
        Appendable full = new Appendable() {
            @Override
            public Appendable append(CharSequence text) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> TextReport.write(assessment, full)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("No space left on device");
    }
}
