package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.AssessmentSchema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project owns its documentation: docs/ names every column the readers read and every option the
 * tool takes, its links lead somewhere, and no file cites a document that is not in the repository.
 */
class DocumentationTest {

    private static final Path ROOT = AssessmentSchema.FILE.getParent().getParent();
    private static final Path DOCS = ROOT.resolve("docs");

    /** Each file's heading in docs/file-formats.md and the columns its reader knows. */
    private static final Map<String, Set<String>> FILES = new LinkedHashMap<>();

    static {
        FILES.put("## complaints.csv", ComplaintsCsv.COLUMNS);
        FILES.put("## products.csv", ProductsCsv.COLUMNS);
        FILES.put("## batches.csv", BatchesCsv.COLUMNS);
        FILES.put("## actions.csv", ActionsCsv.COLUMNS);
        FILES.put("## followups.csv", FollowupsCsv.COLUMNS);
        FILES.put("## acknowledgements.csv", AcknowledgementsCsv.COLUMNS);
        FILES.put("## decisions.csv", DecisionsCsv.COLUMNS);
        FILES.put("## contacts.csv", ContactsCsv.COLUMNS);
        FILES.put("## evidence.csv", EvidenceCsv.COLUMNS);
        FILES.put("## A taxonomy file", TaxonomyCsv.COLUMNS);
    }

    @Test
    void theFileFormatsNameEveryColumnEachReaderReadsAndMarkTheRequiredOnes() {
        String page = read(DOCS.resolve("file-formats.md"));
        Map<String, List<String>> required = Map.of("## complaints.csv", ComplaintsCsv.REQUIRED,
                "## products.csv", ProductsCsv.REQUIRED, "## batches.csv", BatchesCsv.REQUIRED,
                "## actions.csv", ActionsCsv.REQUIRED, "## followups.csv", FollowupsCsv.REQUIRED,
                "## acknowledgements.csv", AcknowledgementsCsv.REQUIRED, "## decisions.csv", DecisionsCsv.REQUIRED,
                "## contacts.csv", ContactsCsv.REQUIRED, "## evidence.csv", EvidenceCsv.REQUIRED,
                "## A taxonomy file", TaxonomyCsv.REQUIRED);
        FILES.forEach((heading, columns) -> {
            String section = section(page, heading);
            for (String column : columns) {
                assertThat(section).as(heading + " names " + column).contains("`" + column + "`");
            }
            for (String column : required.get(heading)) {
                assertThat(section).as(heading + " marks " + column + " required").contains("`" + column + "` **\\***");
            }
        });
    }

    @Test
    void theCommandLinePageNamesEveryOptionOfTheHelp() {
        String page = read(DOCS.resolve("command-line.md"));
        Matcher option = Pattern.compile("--[a-z][a-z-]+").matcher(Usage.TEXT);
        Set<String> options = new TreeSet<>();
        while (option.find()) {
            options.add(option.group());
        }
        assertThat(options).contains("--complaints", "--zone", "--calendar", "--evidence", "--until");
        for (String name : options) {
            assertThat(page).as("docs/command-line.md documents " + name).contains("`" + name);
        }
    }

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md")));
        try (Stream<Path> docs = Files.list(DOCS)) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        for (Path page : pages) {
            Matcher m = link.matcher(read(page));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://")) {
                    assertThat(page.getParent().resolve(target)).as(page + " links " + target).exists();
                }
            }
        }
    }

    /**
     * The project's documents are in the repository: no file cites the briefs it grew from, which a user
     * of the published library or a clone never sees.
     */
    @Test
    void noFileCitesADocumentOutsideTheRepository() throws IOException {
        List<String> outside = List.of("INTERCHANGE" + ".md", "DOMAIN" + ".md", "STYLE" + ".md", "DROOLS" + ".md",
                "../" + "shared");
        List<String> citations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).filter(DocumentationTest::ours)::iterator) {
                String text;
                try {
                    text = Files.readString(file);
                } catch (MalformedInputException binary) {
                    continue;
                }
                for (String name : outside) {
                    if (text.contains(name)) {
                        citations.add(ROOT.relativize(file) + " cites " + name);
                    }
                }
            }
        }
        assertThat(citations).isEmpty();
    }

    /** A file of the project: not in .git, not built, not a jar or an image. */
    private static boolean ours(Path file) {
        Path relative = ROOT.relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals(".git") || name.equals("target") || name.equals(".idea")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return !name.endsWith(".jar") && !name.endsWith(".png") && !name.endsWith(".bin");
    }

    /** The text from {@code heading} to the next heading of the same level. */
    private static String section(String page, String heading) {
        int start = page.indexOf(heading);
        assertThat(start).as("docs/file-formats.md has a section " + heading).isNotNegative();
        int end = page.indexOf("\n## ", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
