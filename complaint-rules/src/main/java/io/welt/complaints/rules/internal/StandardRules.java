package io.welt.complaints.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The library's own rule files: their names in compile order, and their texts from the class path. */
public final class StandardRules {

    /** The standard rule files, one per concern, in the order they are compiled. */
    public static final List<String> FILES = List.of("triage.drl", "safety.drl", "repeats.drl",
            "problems.drl", "escalation.drl", "resolution.drl", "corrective-actions.drl");

    private StandardRules() {
    }

    /** Every standard file with its text, in compile order. */
    public static List<RuleSource> sources() {
        List<RuleSource> sources = new ArrayList<>();
        for (String file : FILES) {
            sources.add(new RuleSource(file, text(file)));
        }
        return sources;
    }

    /**
     * The text of one standard file.
     *
     * @throws IllegalArgumentException if {@code file} is not one of {@link #FILES}
     */
    public static String text(String file) {
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("'" + file + "' is not a standard rule file; they are " + FILES);
        }
        String path = "/io/welt/complaints/rules/" + file;
        try (InputStream in = StandardRules.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the library's rule file " + path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library's rule file " + path, e);
        }
    }
}
