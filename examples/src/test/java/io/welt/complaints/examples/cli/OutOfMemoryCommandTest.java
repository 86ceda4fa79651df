package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.welt.complaints.test.CsvLogWriter;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory is a clear failure of its own (issue 20): the command line says how much heap it
 * had, how far it got and how to give it more, exits with status 4, and writes no partial report. Run in
 * a JVM of its own with a heap too small for the log, so that running out cannot disturb other tests.
 */
class OutOfMemoryCommandTest {

    @Test
    void aLogTooLargeForTheHeap_exitsFourSayingHowFarItGotAndWritesNothing(@TempDir Path dir) throws Exception {
        GeneratedLog log = LogGenerator.withSeed(17).complaints(100_000).generate();
        Path complaints = dir.resolve("complaints.csv");
        try (Writer out = Files.newBufferedWriter(complaints, StandardCharsets.UTF_8)) {
            CsvLogWriter.writeComplaints(log.complaints(), out);
        }
        Path report = dir.resolve("report.txt");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx64m", "-XX:-HeapDumpOnOutOfMemoryError", "-cp", classPath, Main.class.getName(), "assess",
                "--complaints", complaints.toString(), "--as-of", log.asOf().toString(), "--out", report.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as(err).isTrue();

        assertThat(child.exitValue()).as(err).isEqualTo(Main.OUT_OF_MEMORY);
        assertThat(err).contains("complaints: ran out of memory while ").contains("the Java heap was at most")
                .contains("JAVA_TOOL_OPTIONS=-Xmx").contains("Nothing was written.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(report).doesNotExist();
        assertThat(dir.resolve("report.txt.part")).doesNotExist();
    }
}
