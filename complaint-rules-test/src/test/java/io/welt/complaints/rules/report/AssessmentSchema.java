package io.welt.complaints.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The project's {@code docs/assessment.schema.json}, read from the working tree (the module's directory
 * or one above it), and a check of a document against it.
 */
public final class AssessmentSchema {

    /** The schema file. */
    public static final Path FILE = find();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(FILE));

    private AssessmentSchema() {
    }

    /** The schema itself, as a tree. */
    public static JsonNode tree() {
        try {
            return MAPPER.readTree(read(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code json} against the schema; empty when it is valid. */
    public static List<String> errors(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json)).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    /** Fails, naming every error (at most 20), when {@code json} does not follow the schema. */
    public static void check(String json, String what) {
        List<String> errors = errors(json);
        if (!errors.isEmpty()) {
            throw new AssertionError(what + " does not follow " + FILE + " (" + errors.size() + " errors):\n"
                    + errors.stream().limit(20).collect(Collectors.joining("\n")));
        }
    }

    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs").resolve("assessment.schema.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("no docs/assessment.schema.json above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
