package io.welt.complaints.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Windows launcher and the shell script start the same tool: the same main class, on the same class
 * path (the examples jar and every jar in examples/target/lib), built the same way when missing.
 */
class LaunchersTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String read(String name) throws IOException {
        return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    }

    /** The class the line that starts Java names, and the class path it gives. */
    private record Launch(String mainClass, String classPath) {
    }

    private static Launch launch(String script, Pattern javaLine) {
        Matcher m = javaLine.matcher(script);
        assertThat(m.find()).as("a line starting Java with -cp and a main class").isTrue();
        return new Launch(m.group(2), m.group(1));
    }

    @Test
    void windowsLauncher_startsTheMainClassOfTheShellScript_onTheSameClassPath() throws IOException {
        Launch shell = launch(read("complaints"), Pattern.compile("exec \"\\$java\" -cp \"([^\"]+)\" (\\S+) \"\\$@\""));
        Launch windows = launch(read("complaints.cmd"), Pattern.compile("\"%JAVA%\" -cp \"([^\"]+)\" (\\S+) %\\*"));

        assertThat(windows.mainClass()).isEqualTo(shell.mainClass()).isEqualTo(Main.class.getName());
        // $jar:$target/lib/* on a shell is %JAR%;%TARGET%\lib\* on Windows: the same two entries.
        assertThat(shell.classPath()).isEqualTo("$jar:$target/lib/*");
        assertThat(windows.classPath()).isEqualTo("%JAR%;%TARGET%\\lib\\*");
        assertThat(read("complaints")).contains("target=\"$root/examples/target\"");
        assertThat(read("complaints.cmd")).contains("set \"TARGET=%ROOT%\\examples\\target\"");
    }

    @Test
    void windowsLauncher_findsTheSameJar_andBuildsWithTheWrapperLikeTheShellScript() throws IOException {
        String shell = read("complaints");
        String windows = read("complaints.cmd");

        assertThat(shell).contains("\"$target\"/examples-*.jar").contains("./mvnw -q -B -DskipTests package");
        assertThat(windows).contains("\"%TARGET%\\examples-*.jar\"").contains("mvnw.cmd\" -q -B -DskipTests package");
        for (String skipped : new String[] {"-sources.jar", "-javadoc.jar", "-tests.jar"}) {
            assertThat(shell).contains(skipped);
            assertThat(windows).contains(skipped);
        }
    }

    @Test
    void windowsLauncher_hasWindowsLineEndings_soCmdReadsEveryLine() throws IOException {
        String windows = read("complaints.cmd");

        assertThat(windows.split("\n")).allSatisfy(line -> assertThat(line).endsWith("\r"));
        assertThat(windows).startsWith("@echo off");
    }
}
