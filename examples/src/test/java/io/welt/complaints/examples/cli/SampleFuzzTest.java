package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/**
 * A seeded mutator over the sample's five files (issue 20; its first {@value #COMPLAINTS} complaints and all
 * its products, batches, actions and follow-ups): each mutant changes one to three things in one
 * file (a row cut short or made long, a cell blanked, replaced, dated after the clock, given an invisible
 * or control character or a stray quote, a row repeated, dropped or run into the next, two cells
 * swapped), and the command runs on the five files with {@code --strict}. Whatever the mutant: no crash
 * (exit 0, 2 or 3, no stack trace); exit 2 names the file and a line; otherwise every complaint and every
 * corrective action of the files is assessed or rejected (assessed + rejected = records), every rejection
 * names its file, line and field, and the exit is 3 exactly when something was rejected.
 */
class SampleFuzzTest {

    private static final Path DATA = Paths.get("..", "examples", "data").toAbsolutePath().normalize();
    private static final List<String> FILES = List.of("complaints.csv", "products.csv", "batches.csv", "actions.csv",
            "followups.csv");
    private static final Map<String, String> OPTIONS = Map.of("complaints.csv", "--complaints", "products.csv",
            "--products", "batches.csv", "--batches", "actions.csv", "--actions", "followups.csv", "--followups");
    private static final String[] GARBAGE = {"not a date", "-5", "\u00ff\u00fe", "=1+1", "9999-99-99", "2027-06-01",
            "2027-06-01T10:00:00Z", "x".repeat(300), "TRUE", "0", "1e9", "CH-99", "UNKNOWN_DEFECT", ";;", "2025-02-30"};
    private static final String[] HIDDEN = {"\u200B", "\u00A0", "\uFEFF", "\u0007", "\u202E", "\u0000"};
    static final int MUTANTS = 250;
    static final int COMPLAINTS = 60;

    @TempDir
    Path dir;

    @Test
    void mutantsOfTheSample_areAssessedOrRejectedWholly_neverCrash() throws IOException {
        Map<String, String> sample = new LinkedHashMap<>();
        for (String file : FILES) {
            sample.put(file, Files.readString(DATA.resolve(file), StandardCharsets.UTF_8));
        }
        // The first COMPLAINTS complaints, so that hundreds of runs stay well under a minute; every product,
        // batch, action and follow-up of the sample stays.
        sample.put("complaints.csv", firstRecords(sample.get("complaints.csv"), COMPLAINTS));
        Random random = new Random(20_261_207L);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int mutant = 0; mutant < MUTANTS; mutant++) {
            String file = FILES.get(random.nextInt(FILES.size()));
            String mutated = sample.get(file);
            List<String> done = new ArrayList<>();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                mutated = mutate(mutated, random, done);
            }
            Map<String, String> files = new LinkedHashMap<>(sample);
            files.put(file, mutated);
            String what = "mutant " + mutant + " of " + file + ": " + done;
            String outcome = check(files, file, what);
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("SampleFuzzTest: " + MUTANTS + " mutants, outcomes " + outcomes);
        assertThat(outcomes.keySet()).as("the mutants reach every outcome").contains("assessed clean", "rejected",
                "refused");
    }

    /** Runs one mutant and checks it; returns its outcome. */
    private String check(Map<String, String> files, String mutatedFile, String what) throws IOException {
        Cli cli = new Cli(dir);
        List<String> args = new ArrayList<>(List.of("assess", "--as-of", "2026-03-01T09:00:00Z", "--format", "json",
                "--strict"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            args.add(OPTIONS.get(file.getKey()));
            args.add(cli.file(file.getKey(), file.getValue()));
        }
        Cli.Result result = cli.run(args.toArray(String[]::new));
        String context = what + "\nstderr: " + result.err();
        assertThat(result.status()).as(context).isIn(0, 2, 3);
        assertThat(result.err()).as(context).doesNotContain("Exception").doesNotContain("\tat ");
        if (result.status() == 2) {
            assertThat(result.err()).as(context).contains(mutatedFile).contains("line");
            return "refused";
        }
        JsonNode json = result.json();
        JsonNode rejected = json.get("rejected");
        for (JsonNode rejection : rejected) {
            assertThat(FILES).as(context + "\n" + rejection).contains(rejection.get("source").asText());
            assertThat(rejection.get("line").asLong()).as(context + "\n" + rejection).isGreaterThanOrEqualTo(2);
            assertThat(rejection.get("field").asText()).as(context + "\n" + rejection).isNotBlank();
            assertThat(rejection.get("message").asText()).as(context + "\n" + rejection).isNotBlank();
        }
        assertThat(json.get("complaints").size() + rejectedFrom(rejected, "complaints.csv"))
                .as(context + ": complaints assessed + rejected = records")
                .isEqualTo(records(files.get("complaints.csv")));
        assertThat(json.get("actions").size() + rejectedFrom(rejected, "actions.csv"))
                .as(context + ": actions assessed + rejected = records")
                .isEqualTo(records(files.get("actions.csv")));
        assertThat(result.status()).as(context + "\n" + rejected).isEqualTo(rejected.isEmpty() ? 0 : 3);
        return rejected.isEmpty() ? "assessed clean" : "rejected";
    }

    private static long rejectedFrom(JsonNode rejected, String file) {
        return StreamSupport.stream(rejected.spliterator(), false)
                .filter(r -> r.get("source").asText().equals(file)).count();
    }

    /** The header and the first {@code count} records of a CSV text (a quoted line break stays in its record). */
    private static String firstRecords(String text, int count) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            int seen = -1;
            for (CSVRecord record : parser) {
                if (seen++ == count) {
                    return text.substring(0, (int) record.getCharacterPosition());
                }
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data records of a CSV text, read independently of the tool: blank records do not count. */
    private static int records(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())) {
            int count = -1;
            for (CSVRecord record : parser) {
                if (count < 0 || record.stream().anyMatch(v -> !v.isBlank())) {
                    count++;
                }
            }
            return Math.max(0, count);
        } catch (IOException | UncheckedIOException e) {
            throw new AssertionError("the tool read a file that is not CSV", e);
        }
    }

    // ---- the mutator ----

    private static String mutate(String text, Random random, List<String> done) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int last = lines.size() - 1;
        while (last > 0 && lines.get(last).isEmpty()) {
            last--;
        }
        if (last < 1) {
            return text;
        }
        int row = 1 + random.nextInt(last);
        String line = lines.get(row);
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        int cell = random.nextInt(cells.size());
        int kind = random.nextInt(11);
        switch (kind) {
            case 0 -> {
                int keep = random.nextInt(cells.size());
                lines.set(row, String.join(",", cells.subList(0, Math.max(1, keep))));
                done.add("row " + row + " cut to " + Math.max(1, keep) + " cells");
            }
            case 1 -> {
                lines.set(row, line + ",".repeat(1 + random.nextInt(3)) + (random.nextBoolean() ? "extra" : ""));
                done.add("row " + row + " made long");
            }
            case 2 -> {
                cells.set(cell, "");
                lines.set(row, String.join(",", cells));
                done.add("row " + row + " cell " + cell + " blanked");
            }
            case 3 -> {
                String garbage = GARBAGE[random.nextInt(GARBAGE.length)];
                cells.set(cell, garbage);
                lines.set(row, String.join(",", cells));
                done.add("row " + row + " cell " + cell + " = " + Text.excerpt(garbage));
            }
            case 4 -> {
                String hidden = HIDDEN[random.nextInt(HIDDEN.length)];
                String value = cells.get(cell);
                int at = value.isEmpty() ? 0 : random.nextInt(value.length() + 1);
                cells.set(cell, value.substring(0, at) + hidden + value.substring(at));
                lines.set(row, String.join(",", cells));
                done.add("row " + row + " cell " + cell + " given " + Text.safe(hidden));
            }
            case 5 -> {
                lines.add(row + 1, line);
                done.add("row " + row + " repeated");
            }
            case 6 -> {
                lines.remove(row);
                done.add("row " + row + " dropped");
            }
            case 7 -> {
                if (row < last) {
                    lines.set(row, line + lines.remove(row + 1));
                    done.add("row " + row + " run into the next");
                }
            }
            case 8 -> {
                int other = random.nextInt(cells.size());
                String swap = cells.get(cell);
                cells.set(cell, cells.get(other));
                cells.set(other, swap);
                lines.set(row, String.join(",", cells));
                done.add("row " + row + " cells " + cell + " and " + other + " swapped");
            }
            case 9 -> {
                String value = cells.get(cell);
                int at = value.isEmpty() ? 0 : random.nextInt(value.length() + 1);
                cells.set(cell, value.substring(0, at) + "\"" + value.substring(at));
                lines.set(row, String.join(",", cells));
                done.add("row " + row + " cell " + cell + " given a stray quote");
            }
            default -> {
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).matches("20\\d\\d-\\d\\d-\\d\\d.*")) {
                        cells.set(i, "2026-09-0" + (1 + random.nextInt(9)) + cells.get(i).substring(10));
                        done.add("row " + row + " cell " + i + " dated after the clock");
                        break;
                    }
                }
                lines.set(row, String.join(",", cells));
            }
        }
        return String.join("\n", lines);
    }
}
