package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.AssessmentSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/** Runs {@link Main#run} in this JVM on files written to a temporary directory. */
final class Cli {

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }

        /** The ids of the complaints assessed. */
        List<String> complaintIds() {
            return StreamSupport.stream(json().get("complaints").spliterator(), false)
                    .map(c -> c.get("id").asText()).toList();
        }

        /** The only rejection of the run. */
        JsonNode onlyRejection() {
            JsonNode rejected = json().get("rejected");
            if (rejected.size() != 1) {
                throw new AssertionError("expected one rejection, got " + rejected + "\nstderr: " + err);
            }
            return rejected.get(0);
        }
    }

    private final Path dir;

    Cli(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code text} as UTF-8 to {@code name} in the directory; returns its path as a string. */
    String file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    String file(String name, byte[] bytes) {
        try {
            Path path = dir.resolve(name);
            Files.write(path, bytes);
            return path.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String path(String name) {
        return dir.resolve(name).toString();
    }

    Result run(String... args) {
        return run(Progress.Limits.DEFAULT, args);
    }

    /** Runs with progress lines printed within {@code limits}: a tiny log can then show them. */
    Result run(Progress.Limits limits, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), limits);
        Result result = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        checkJson(args, result);
        return result;
    }

    /**
     * Every JSON report a test makes, on standard output or in {@code --out}, follows
     * docs/assessment.schema.json: a key renamed in the writer or forgotten in the schema fails every
     * test that makes JSON, not only those that look for it.
     */
    private static void checkJson(String[] args, Result result) {
        List<String> words = List.of(args);
        int format = words.indexOf("--format");
        boolean json = format >= 0 && format + 1 < words.size() && words.get(format + 1).equalsIgnoreCase("json");
        boolean reported = result.status() == Main.ASSESSED || result.status() == Main.REJECTED_STRICT;
        if (!json || !reported || words.isEmpty() || !words.get(0).equals("assess")) {
            return;
        }
        int out = words.indexOf("--out");
        if (out < 0) {
            AssessmentSchema.check(result.out(), "the JSON of " + words);
            return;
        }
        try {
            AssessmentSchema.check(Files.readString(Path.of(words.get(out + 1))), "the JSON written to --out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code assess} on a complaints file written from {@code csv}, as of 2026-03-01T09:00Z, as JSON. */
    Result assessJson(String csv, String... more) {
        List<String> args = new ArrayList<>(List.of("assess", "--complaints", file("complaints.csv", csv),
                "--as-of", "2026-03-01T09:00:00Z", "--format", "json"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }
}
