package io.welt.complaints.rules.host;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host on the module path can {@code requires io.welt.complaints.rules} (here: {@code --add-modules}):
 * the library's module descriptors resolve against Drools' automatic modules, and the standard rules
 * load and assess. Run in a JVM of its own.
 */
class ModulePathTest {

    /** The library's modules and what they need at run time: Drools, KIE, MVEL, ANTLR, ECJ, SLF4J, SnakeYAML, Jackson. */
    private static final Pattern LIBRARY = Pattern.compile(
            "(complaint-model|complaint-rules)(-[0-9][^" + Pattern.quote(File.separator) + "]*\\.jar|"
                    + Pattern.quote(File.separator) + "target" + Pattern.quote(File.separator) + "classes)$"
                    + "|(drools-|kie-|mvel2|antlr|ecj|commons-codec|slf4j-api|snakeyaml|jackson-core)[^"
                    + Pattern.quote(File.separator) + "]*\\.jar$");

    @Test
    void a_host_requiring_the_rules_module_assesses_with_the_standard_rules() throws IOException, InterruptedException {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String modulePath = classPath.stream().filter(entry -> LIBRARY.matcher(entry).find())
                .collect(Collectors.joining(File.pathSeparator));
        String hostPath = classPath.stream().filter(entry -> !LIBRARY.matcher(entry).find())
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(modulePath).contains("complaint-rules").contains("drools-core");

        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "io.welt.complaints.rules",
                "-cp", hostPath, ModuleHost.class.getName()).redirectErrorStream(true).start();
        host.getOutputStream().close();
        String out = new String(host.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(host.waitFor(3, TimeUnit.MINUTES)).as("the host finished").isTrue();

        assertThat(host.exitValue()).as("the host's exit; it printed:%n%s", out).isZero();
        assertThat(out).contains("module io.welt.complaints.rules: 1 problem, 1 finding");
    }
}
