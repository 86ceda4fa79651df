package io.welt.complaints.rules.host;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library is quiet in its host: a program that loads the standard rules, assesses logs and keeps a
 * monitor, with slf4j-simple at INFO, logs no WARN or ERROR, from the library or from Drools. Run in a
 * JVM of its own, so that no other test's logging settings reach it.
 */
class QuietHostTest {

    @Test
    void a_host_logging_at_info_sees_no_warning_from_the_standard_rules() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.logFile=System.err",
                HostProgram.class.getName()));
        Process host = builder.start();
        host.getOutputStream().close();
        String out = new String(host.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String log = new String(host.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(host.waitFor(5, TimeUnit.MINUTES)).as("the host finished").isTrue();

        assertThat(host.exitValue()).as("the host's exit; its log:%n%s", log).isZero();
        assertThat(out).as("the host did its work").contains("host done:").doesNotContain(" 0 sample findings");
        assertThat(log).as("logging at INFO reached the host's log (else this test could not fail)")
                .contains(" INFO " + HostProgram.class.getName() + " - host starting");
        assertThat(log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .as("WARN and ERROR lines in the host's log").isEmpty();
    }
}
