package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.report.HtmlAssessmentWriter;
import io.welt.complaints.rules.report.Presentation;

import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.EvidencePack;
import io.welt.complaints.rules.RuleCompilationException;
import io.welt.complaints.rules.Walkthrough;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.policy.PolicyFile;
import io.welt.complaints.rules.policy.PolicyFileException;
import io.welt.complaints.rules.policy.RemedyCosts;
import io.welt.complaints.rules.report.JsonAssessmentWriter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The command line: {@code complaints assess --complaints log.csv [options]} reads the CSV files,
 * assesses the log with the standard rules (and any {@code --rules} of one's own) and prints the
 * report; {@code complaints evidence --problem ID --complaints log.csv [options]} assesses the same
 * way and prints the evidence pack of one problem (or, with {@code --finding} or {@code --action}, one
 * finding or one corrective action);
 * {@code complaints explain --complaints log.csv [options]} replays the log in time order on a
 * simulated clock and narrates what each rule concluded and why, for a trainer;
 * {@code complaints policy} prints the policy they use as a YAML file to start from ({@code --policy FILE}
 * gives the others one of one's own).
 * See {@code --help} and {@code docs/command-line.md} for the options, the files and the exit status.
 *
 * <pre>{@code
 * int status = Main.run(new String[] {"assess", "--complaints", "log.csv", "--as-of", "2026-03-01",
 *         "--format", "json"}, System.out, System.err);
 * }</pre>
 */
public final class Main {

    static final int ASSESSED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REJECTED_STRICT = 3;
    /** The Java heap ran out: the message says how much there was, how far the work got and how to give more. */
    static final int OUT_OF_MEMORY = 4;

    /**
     * Drools' remarks meant for rule authors, which the command line reports itself or which a reader of
     * the report cannot act on: every run warned about the {@code eval}s of corrective-actions.drl, and
     * a rule file that does not compile was logged a second time, unformatted. A {@code -D} of the same
     * name still wins.
     */
    private static final Map<String, String> QUIET_LOGGERS = Map.of(
            "org.slf4j.simpleLogger.log.org.drools.base.rule.EvalCondition", "error",
            "org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject", "off");

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        QUIET_LOGGERS.forEach((name, level) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, level);
            }
        });
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command in this JVM, as tests do.
     *
     * @return the exit status: 0 assessed (or the pack or the walkthrough printed), 2 usage or input error (an unknown
     *         finding or action too), 3 records rejected under {@code --strict}, 1 when the rules
     *         themselves failed
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Progress.Limits.DEFAULT);
    }

    /** Runs the command with progress lines printed within {@code limits}, as tests of the progress do. */
    static int run(String[] args, PrintStream out, PrintStream err, Progress.Limits limits) {
        Notes finishNotes = null;
        Progress[] tracked = {Progress.off()};
        try {
            Options options = Options.parse(args, Instant.now());
            if (options.help()) {
                out.print(Usage.TEXT);
                out.flush();
                return ASSESSED;
            }
            if (options.command() == Options.Command.POLICY) {
                write(PolicyFile.write(policy(options)), options.out(), out);
                return ASSESSED;
            }
            Notes notes = new Notes(err);
            finishNotes = notes;
            Progress progress = options.quiet() ? Progress.off() : new Progress(line -> err.println("complaints: " + line),
                    System::nanoTime, limits);
            tracked[0] = progress;
            Input input = read(options, notes, progress);
            int complaints = input.log().complaints().size();
            if (options.command() == Options.Command.EXPLAIN) {
                progress.stage("replaying " + Progress.count(complaints) + " complaints");
                String narration = explain(options, input, notes);
                progress.stage("writing the walkthrough");
                write(narration, options.out(), out);
                return ASSESSED;
            }
            progress.stage("assessing " + Progress.count(complaints) + " complaints");
            Assessment assessment = input.rules().assess(input.log(), options.asOf());
            if (options.command() == Options.Command.EVIDENCE) {
                progress.stage("writing the evidence pack");
                write(evidence(options, assessment, notes), options.out(), out);
                return ASSESSED;
            }
            progress.stage("writing the " + options.format().name().toLowerCase(Locale.ROOT) + " report"
                    + (options.out() == null ? "" : " to " + Text.safe(options.out().toString())));
            Presentation presentation = new Presentation(options.dates().zone(), options.title(),
                    input.rules().taxonomy());
            switch (options.format()) {
                // Streamed: the document is never held whole, however many complaints it reports.
                case JSON -> write(to -> JsonAssessmentWriter.standard().withCurrency(options.currency())
                        .withZone(options.dates().zone()).write(assessment, writer(to)), options.out(), out);
                case HTML -> write(to -> HtmlAssessmentWriter.standard().withCurrency(options.currency())
                        .withPresentation(presentation).write(assessment, writer(to)), options.out(), out);
                // Written as it is made: a million complaints make a text report of hundreds of megabytes.
                case TEXT -> write(to -> TextReport.write(assessment, to, presentation), options.out(), out);
                case XLSX -> writeBytes(to -> Sheets.of(assessment, presentation.zone(), presentation.taxonomy())
                        .writeXlsx(to), options.out());
                case CSV -> writeFolder(Sheets.of(assessment, presentation.zone(), presentation.taxonomy()), options,
                        notes);
            }
            return options.strict() && !assessment.rejected().isEmpty() ? REJECTED_STRICT : ASSESSED;
        } catch (UsageException e) {
            err.println("complaints: " + e.getMessage());
            if (e.pointsToHelp()) {
                err.println("Run 'complaints --help' for the options.");
            }
            return USAGE;
        } catch (RuntimeException e) {
            err.println("complaints: the assessment failed: " + failure(e));
            return FAILED;
        } catch (OutOfMemoryError e) {
            String where = e instanceof io.welt.complaints.rules.AssessmentOutOfMemoryError a ? a.stage()
                    : tracked[0].where();
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            err.println("complaints: ran out of memory while " + where + ": the Java heap was at most " + heap
                    + " MiB. Give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx" + Math.max(2, 2 * ((heap + 1023) >> 10))
                    + "g ./complaints ... (a million complaints need about 6 GiB). Nothing was written.");
            return OUT_OF_MEMORY;
        } finally {
            if (finishNotes != null) {
                finishNotes.finish();
            }
        }
    }

    /**
     * What to say of a failure on stderr. The library's own messages name rules, ids and limits; a rule's
     * exception is reported by the library as its rule and type ({@link io.welt.complaints.rules.RuleFailedException}).
     * Anything else is named by its type only: its message may quote a fact, and a customer's words do not
     * belong on stderr or in a log that collects it.
     */
    static String failure(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean ours = e.getClass().getName().startsWith("io.welt.complaints.")
                || trace.length > 0 && trace[0].getClassName().startsWith("io.welt.complaints.");
        if (ours) {
            return Text.safe(String.valueOf(e.getMessage()));
        }
        return "an unexpected " + e.getClass().getName() + (e.getCause() == null ? "" : " (caused by "
                + e.getCause().getClass().getName() + ")") + "; its message is not shown, as it may quote the input";
    }

    /** The rules compiled and the log read, ready to assess or replay. */
    private record Input(ComplaintRules rules, ComplaintLog log) {
    }

    private static Input read(Options options, Consumer<String> notes, Progress progress) throws UsageException {
        Taxonomy taxonomy = Taxonomy.footwearAndLeather();
        if (options.taxonomy() != null) {
            taxonomy = TaxonomyCsv.read(CsvTable.read(options.taxonomy(), "--taxonomy", TaxonomyCsv.REQUIRED,
                    TaxonomyCsv.COLUMNS, notes, options.reading()), taxonomy);
        }
        ComplaintRules rules = rules(options, taxonomy);
        ComplaintLog.Builder log = ComplaintLog.builder();
        if (options.products() != null) {
            CsvTable products = CsvTable.read(options.products(), "--products", ProductsCsv.REQUIRED,
                    ProductsCsv.COLUMNS, notes, progress, options.reading());
            ProductsCsv.read(products, options.dates(), options.currency(), log);
        }
        if (options.batches() != null) {
            CsvTable batches = CsvTable.read(options.batches(), "--batches", BatchesCsv.REQUIRED,
                    BatchesCsv.COLUMNS, notes, progress, options.reading());
            BatchesCsv.read(batches, options.dates(), log);
        }
        CsvTable complaints = CsvTable.read(options.complaints(), "--complaints", ComplaintsCsv.REQUIRED,
                ComplaintsCsv.COLUMNS, notes, progress, options.reading());
        progress.stage("checking " + Progress.count(complaints.rows().size()) + " complaint records");
        ComplaintsCsv.read(complaints, options.dates(), options.currency(), options.asOf(), log);
        if (options.actions() != null) {
            CsvTable actions = CsvTable.read(options.actions(), "--actions", ActionsCsv.REQUIRED, ActionsCsv.COLUMNS,
                    notes, options.reading());
            CsvTable followups = options.followups() == null ? null : CsvTable.read(options.followups(),
                    "--followups", FollowupsCsv.REQUIRED, FollowupsCsv.COLUMNS, notes, options.reading());
            ActionsCsv.read(actions, followups, options.dates(), taxonomy, options.asOf(), log, notes);
        }
        if (options.acknowledgements() != null) {
            AcknowledgementsCsv.read(CsvTable.read(options.acknowledgements(), "--acknowledgements",
                    AcknowledgementsCsv.REQUIRED, AcknowledgementsCsv.COLUMNS, notes, options.reading()), options.dates(),
                    log);
        }
        if (options.decisions() != null) {
            DecisionsCsv.read(CsvTable.read(options.decisions(), "--decisions", DecisionsCsv.REQUIRED,
                    DecisionsCsv.COLUMNS, notes, options.reading()), options.dates(), log);
        }
        if (options.contacts() != null) {
            ContactsCsv.read(CsvTable.read(options.contacts(), "--contacts", ContactsCsv.REQUIRED,
                    ContactsCsv.COLUMNS, notes, options.reading()), options.dates(), log);
        }
        if (options.evidence() != null) {
            EvidenceCsv.read(CsvTable.read(options.evidence(), "--evidence", EvidenceCsv.REQUIRED,
                    EvidenceCsv.COLUMNS, notes, options.reading()), options.dates(), log);
        }
        return new Input(rules, log.build());
    }

    /**
     * The standard rules with the {@code --rules} files added, compiled.
     *
     * @throws UsageException when a file cannot be read or does not compile; the message then lists
     *                        every error as {@code file:line:column: message}, one per line
     */
    private static ComplaintRules rules(Options options, Taxonomy taxonomy) throws UsageException {
        ComplaintRules.Builder rules = ComplaintRules.builder().taxonomy(taxonomy)
                .policy(policy(options));
        for (Path file : options.rules()) {
            String what = "--rules " + Text.safe(file.toString()) + ": ";
            if (file.getFileName() != null
                    && ComplaintRules.STANDARD_RULE_FILES.contains(file.getFileName().toString())) {
                throw UsageException.input(what + "a standard rule file has that name; give yours another name"
                        + " (rule files are added to the standard ones, not put in their place)");
            }
            try {
                rules.addRules(file);
            } catch (UncheckedIOException e) {
                throw UsageException.cannotRead("--rules", file, e.getCause());
            } catch (IllegalArgumentException e) {
                throw UsageException.input(what + Text.safe(e.getMessage()));
            }
        }
        try {
            return rules.build();
        } catch (RuleCompilationException e) {
            StringBuilder message = new StringBuilder("the rule files do not compile (" + e.errors().size()
                    + (e.errors().size() == 1 ? " error" : " errors") + "):");
            for (RuleCompilationException.Error error : e.errors()) {
                message.append(System.lineSeparator()).append(Text.safe(error.file())).append(':').append(error.line())
                        .append(':').append(error.column()).append(": ")
                        .append(Text.safe(error.message().replaceAll("\\s*\\R\\s*", " ")));
            }
            throw UsageException.input(message.toString());
        }
    }

    /**
     * The policy of the run: the {@code --policy} file, its calendar replaced by {@code --calendar} when
     * that is given too; without a file, the default policy in the log's currency and {@code --calendar}.
     *
     * @throws UsageException when the file cannot be read, is not a policy (naming its line, key and why), or
     *                        counts its costs in another currency than {@code --currency}
     */
    private static Policy policy(Options options) throws UsageException {
        if (options.policy() == null) {
            return policy(options.currency(), calendar(options));
        }
        Path file = options.policy();
        Policy policy;
        try {
            policy = PolicyFile.read(file);
        } catch (PolicyFileException e) {
            throw UsageException.input("--policy " + Text.safe(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw UsageException.cannotRead("--policy", file, e.getCause());
        }
        Currency currency = policy.remedyCosts().currency();
        if (!currency.equals(options.currency())) {
            throw UsageException.input("--policy " + Text.safe(file.toString()) + ": remedyCosts.currency is "
                    + currency + ", but the prices are read in " + options.currency() + " (--currency): give --currency "
                    + currency + ", or change the file");
        }
        return options.calendar() == null ? policy : policy.toBuilder().calendar(calendar(options)).build();
    }

    /**
     * The default policy with the remedy costs in the log's currency, so that every estimate is in the
     * currency of the prices it starts from. The figures themselves stay the defaults.
     */
    private static Policy policy(Currency currency, BusinessCalendar calendar) {
        RemedyCosts costs = RemedyCosts.DEFAULTS;
        return Policy.defaults().toBuilder().remedyCosts(new RemedyCosts(currency, costs.handling(), costs.shipping(),
                costs.inspection(), costs.repairShareOfCost(), costs.partialRefundShare(), costs.goodwillShare(),
                costs.defaultPrice())).calendar(calendar).build();
    }

    /**
     * The calendar of {@code --calendar}: office hours in England and Wales (the default), round the
     * clock, or office hours (09:00-17:30, Monday to Friday) in {@code --zone} without the holidays of a
     * file whose first column is a date.
     *
     * @throws UsageException when the file cannot be read or holds a line that is not a date, naming it
     */
    private static BusinessCalendar calendar(Options options) throws UsageException {
        switch (options.calendar() == null ? Options.ENGLAND_AND_WALES : options.calendar()) {
            case Options.ENGLAND_AND_WALES:
                return BusinessCalendar.englandAndWales();
            case Options.ROUND_THE_CLOCK:
                return BusinessCalendar.roundTheClock();
            default:
                Path file = Path.of(options.calendar());
                try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file,
                        java.nio.charset.StandardCharsets.UTF_8)) {
                    java.util.Set<java.time.LocalDate> holidays = BusinessCalendar.holidays(reader,
                            "--calendar " + Text.safe(file.toString()));
                    return BusinessCalendar.workingHours(options.dates().zone(), java.time.LocalTime.of(9, 0),
                            java.time.LocalTime.of(17, 30),
                            java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY), holidays);
                } catch (IOException e) {
                    throw UsageException.cannotRead("--calendar", file, e);
                } catch (java.io.UncheckedIOException e) {
                    throw UsageException.cannotRead("--calendar", file, e.getCause());
                } catch (IllegalArgumentException e) {
                    throw UsageException.input(Text.safe(e.getMessage()));
                }
        }
    }

    /**
     * The evidence pack asked for, each line made safe for a terminal (the pack quotes the customers'
     * words as written). Records rejected are not in it: the user is told how many.
     *
     * @throws UsageException when the assessment has no such problem, finding or action, with the library's message
     */
    private static String evidence(Options options, Assessment assessment, Consumer<String> notes)
            throws UsageException {
        EvidencePack pack;
        try {
            pack = options.problem() != null ? EvidencePack.forProblem(assessment, options.problem())
                    : options.finding() != null ? EvidencePack.forFinding(assessment, options.finding())
                    : EvidencePack.forAction(assessment, options.action());
        } catch (IllegalArgumentException e) {
            throw UsageException.input(Text.safe(e.getMessage()));
        }
        if (!assessment.rejected().isEmpty()) {
            notes.accept(assessment.rejected().size() + " record(s) were rejected and are not in the pack;"
                    + " 'complaints assess' lists them");
        }
        return Arrays.stream(pack.toText().split("\n", -1)).map(Text::safe).collect(Collectors.joining("\n"));
    }

    /**
     * The log replayed in time order until {@code --until}, as the library narrates it, each line made
     * safe for a terminal. Records rejected while reading are not replayed: the user is told how many.
     */
    private static String explain(Options options, Input input, Consumer<String> notes) {
        List<Walkthrough.Step> steps = Walkthrough.replay(input.rules(), input.log(), options.until());
        // The records assess rejects, in its words: the walkthrough leaves them out and lists them at its end.
        List<io.welt.complaints.rules.Rejection> rejected = Walkthrough.rejected(input.rules(), input.log(),
                options.asOf());
        if (!rejected.isEmpty()) {
            notes.accept(rejected.size() + " record(s) were rejected and are not in the walkthrough;"
                    + " they are listed at its end, as 'complaints assess' lists them");
        }
        // The complaints read, less those the library rejected (the reader's rejections were never read in).
        String source = String.valueOf(options.complaints().getFileName());
        long replayed = input.log().complaints().size()
                - rejected.stream().filter(r -> r.source().equals(source)).count()
                + input.log().rejected().stream().filter(r -> r.source().equals(source)).count();
        if (options.format() == Options.Format.HTML) {
            return WalkthroughPage.render("Walkthrough of " + replayed + " complaint(s) in time order", steps, rejected,
                    options.until(), new Presentation(options.dates().zone(), options.title(), input.rules().taxonomy()));
        }
        String title = "Walkthrough of " + replayed + " complaint(s) in time order, until "
                + options.until() + "\n\n";
        String story;
        if (steps.isEmpty()) {
            story = title + input.log().complaints().stream().map(e -> e.value().receivedAt()).min(Instant::compareTo)
                    .map(first -> "Nothing happens until then: the first complaint arrives at " + first + ".\n")
                    .orElse("Nothing happens: the log has no complaint.\n");
        } else {
            story = title + Arrays.stream(Walkthrough.narrate(steps).split("\n", -1)).map(Text::safe)
                    .collect(Collectors.joining("\n"));
        }
        if (rejected.isEmpty()) {
            return story;
        }
        StringBuilder text = new StringBuilder(story);
        text.append(story.endsWith("\n") ? "" : "\n").append("\nREJECTED (").append(rejected.size()).append(")\n");
        for (io.welt.complaints.rules.Rejection rejection : rejected) {
            text.append("  ").append(Text.safe(rejection.source())).append(':').append(rejection.line()).append(' ')
                    .append(rejection.id() == null ? "" : Text.safe(rejection.id()) + " ")
                    .append(Text.safe(rejection.field())).append(": ").append(Text.safe(rejection.message()))
                    .append('\n');
        }
        return text.toString();
    }

    /** Something that writes a binary report out. */
    private interface BytesWriter {
        void writeTo(java.io.OutputStream to) throws IOException;
    }

    /**
     * Writes a report to {@code file}: beside it first, and moved in place only when complete, so that a run
     * that fails half-way (out of memory, a full disk) leaves no half a report under the name asked for.
     */
    private static void writeBytes(BytesWriter report, Path file) throws UsageException {
        Path part = file.resolveSibling((file.getFileName() == null ? "report" : file.getFileName().toString())
                + ".part");
        boolean complete = false;
        try {
            try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(part))) {
                report.writeTo(stream);
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            complete = true;
        } catch (IOException | UncheckedIOException e) {
            throw UsageException.input("cannot write --out " + Text.safe(file.toString()) + ": "
                    + Text.safe(e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage()));
        } finally {
            if (!complete) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException | RuntimeException ignored) {
                    // Nothing more can be done; the failure itself is reported.
                }
            }
        }
    }

    /** Writes the tables as CSV files into the folder of {@code --out}, separated as {@code --delimiter} says. */
    private static void writeFolder(Sheets sheets, Options options, Consumer<String> notes) throws UsageException {
        Path folder = options.out();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw UsageException.input("--format csv writes a folder of files, and --out " + Text.safe(folder.toString())
                    + " is a file: name a folder (it is made when missing)");
        }
        char delimiter = options.reading().delimiter() == null ? ',' : options.reading().delimiter();
        try {
            List<Path> files = sheets.writeCsv(folder, delimiter);
            notes.accept("wrote " + files.size() + " CSV files to " + Text.safe(folder.toString()) + ": "
                    + files.stream().map(f -> String.valueOf(f.getFileName())).collect(Collectors.joining(", ")));
        } catch (IOException | UncheckedIOException e) {
            throw UsageException.input("cannot write --out " + Text.safe(folder.toString()) + ": "
                    + Text.safe(e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage()));
        }
    }

    private static void write(String report, Path file, PrintStream out) throws UsageException {
        write(to -> to.append(report), file, out);
    }

    /** {@code to} as a {@link Writer}, for a report written by a library that takes one. */
    private static Writer writer(Appendable to) {
        if (to instanceof Writer writer) {
            return writer;
        }
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                to.append(java.nio.CharBuffer.wrap(chars, offset, length));
            }

            @Override
            public void flush() throws IOException {
                if (to instanceof java.io.Flushable flushable) {
                    flushable.flush();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Something that writes a report out, piece by piece. */
    private interface ReportWriter {
        void writeTo(Appendable to) throws IOException;
    }

    private static void write(ReportWriter report, Path file, PrintStream out) throws UsageException {
        if (file == null) {
            try {
                report.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintStream does not throw; it sets its error flag
            }
            out.flush();
            return;
        }
        // Encoded as Files.newBufferedWriter does: a character UTF-8 cannot hold is an error, not a '?'.
        writeBytes(stream -> {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream,
                    StandardCharsets.UTF_8.newEncoder()));
            report.writeTo(writer);
            writer.flush();
        }, file);
    }
}
