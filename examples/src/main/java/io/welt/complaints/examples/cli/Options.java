package io.welt.complaints.examples.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code complaints assess}, {@code complaints evidence} and {@code complaints
 * explain}, checked: every file named, the clock, the zone, the currency and the output. Options of
 * another command are refused by name rather than ignored. {@code --rules} may be given several
 * times, one file each.
 *
 * @param help        whether only the usage was asked for
 * @param command     the command, or null with {@code help}
 * @param complaints  the complaint log
 * @param products    the products file, or null
 * @param batches     the batches file, or null
 * @param actions     the corrective actions, or null
 * @param followups   the follow-ups of the corrective actions, or null (only with {@code actions})
 * @param taxonomy    the taxonomy additions, or null
 * @param rules       rule files to add to the standard rules, in the order given
 * @param asOf        the clock of the assessment
 * @param dates       how dates without an offset are read (in {@code --zone})
 * @param currency    the currency of the money columns
 * @param format      the report's format
 * @param out         the report's file, or null for standard output
 * @param strict      whether a rejected record makes the exit status 3 ({@code assess} only)
 * @param finding     the finding whose evidence pack is asked for, or null ({@code evidence} only)
 * @param action      the corrective action whose evidence pack is asked for, or null ({@code evidence} only)
 * @param until       where the replay stops ({@code explain} only; {@code asOf} otherwise)
 * @param quiet       whether progress lines on a long run are left out
 * @param calendar    the business calendar: "england-and-wales", "round-the-clock", or a file of holidays
 *                    for office hours in {@code --zone}; null when not given (then the {@code --policy}
 *                    file's calendar, or england-and-wales)
 * @param acknowledgements people taking hold of escalations (and closing them), or null
 * @param decisions   people's decisions on problems and findings, or null
 * @param contacts    the contact log with customers, or null
 * @param evidence    references to evidence, or null
 * @param problem     the problem whose evidence pack is asked for, or null ({@code evidence} only)
 * @param policy      the policy file (YAML), or null for the default policy
 * @param reading     the separator ({@code --delimiter}, else detected) and the locale ({@code --locale}) of the
 *                    input files
 * @param title       the organisation's name for the report's title ({@code --title}), or null
 */
record Options(boolean help, Command command, Path complaints, Path products, Path batches, Path actions,
               Path followups, Path taxonomy, List<Path> rules, Instant asOf, Dates dates, Currency currency,
               Format format, Path out, boolean strict, String finding, String action, Instant until,
               boolean quiet, String calendar, Path acknowledgements, Path decisions, Path contacts, Path evidence,
               String problem, Path policy, CsvTable.Reading reading, String title) {

    /** What the tool is asked to do. */
    enum Command {
        /** Assess the log and print the report. */
        ASSESS,
        /** Assess the log and print the evidence pack of one finding or one corrective action. */
        EVIDENCE,
        /** Replay the log in time order and narrate what the rules do, for a trainer. */
        EXPLAIN,
        /** Print the policy the other commands would use, as a YAML file to start from. */
        POLICY;

        /** The name on the command line. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The report formats of {@code assess}. */
    enum Format {
        TEXT, JSON, HTML,
        /** A workbook for a spreadsheet: one sheet per table. */
        XLSX,
        /** A folder of CSV files, one per table. */
        CSV
    }

    private static final Set<String> WITH_VALUE = Set.of("--complaints", "--products", "--batches", "--actions",
            "--followups", "--taxonomy", "--rules", "--as-of", "--zone", "--currency", "--format", "--out",
            "--finding", "--action", "--until", "--calendar", "--acknowledgements", "--decisions", "--contacts",
            "--evidence", "--problem", "--policy", "--delimiter", "--locale", "--title");
    /** Options that may be given more than once, each time with one value. */
    private static final Set<String> REPEATABLE = Set.of("--rules");
    private static final String COMMANDS = "the commands are 'assess', 'evidence', 'explain' and 'policy'";
    /** The options of {@code complaints policy}: those that shape the policy, and where to write it. */
    private static final Set<String> POLICY_OPTIONS = Set.of("--policy", "--currency", "--calendar", "--zone",
            "--out");

    /** An option of one command only, and why the others do without it. */
    private record OnlyFor(Command command, String why) {
    }

    private static final Map<String, OnlyFor> ONLY_FOR = Map.ofEntries(
            Map.entry("--strict", new OnlyFor(Command.ASSESS, "the evidence pack and the walkthrough are printed"
                    + " whatever was rejected")),
            Map.entry("--finding", new OnlyFor(Command.EVIDENCE, "assess reports every finding")),
            Map.entry("--problem", new OnlyFor(Command.EVIDENCE, "assess reports every problem")),
            Map.entry("--action", new OnlyFor(Command.EVIDENCE, "assess reports every action; the file of actions is"
                    + " --actions")),
            Map.entry("--until", new OnlyFor(Command.EXPLAIN, "assess and evidence take their clock from --as-of")));

    private static final Options HELP = new Options(true, null, null, null, null, null, null, null, List.of(), null,
            null, null, null, null, false, null, null, null, false, null, null, null, null, null, null, null, null, null);

    /**
     * Reads {@code args}; {@code now} is the clock when {@code --as-of} is not given.
     *
     * @throws UsageException naming the option at fault and why
     */
    static Options parse(String[] args, Instant now) throws UsageException {
        if (args.length == 0) {
            throw UsageException.commandLine("no command given; " + COMMANDS);
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return HELP;
            }
        }
        Command command = switch (args[0]) {
            case "assess" -> Command.ASSESS;
            case "evidence" -> Command.EVIDENCE;
            case "explain" -> Command.EXPLAIN;
            case "policy" -> Command.POLICY;
            default -> throw UsageException.commandLine("unknown command '" + Text.excerpt(args[0]) + "'; " + COMMANDS);
        };
        Map<String, String> values = new HashMap<>();
        List<Path> rules = new ArrayList<>();
        boolean strict = false;
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (command == Command.POLICY && arg.startsWith("--") && !POLICY_OPTIONS.contains(name)) {
                throw UsageException.commandLine(name + " is not an option of 'complaints policy', which takes "
                        + String.join(", ", new java.util.TreeSet<>(POLICY_OPTIONS)));
            }
            OnlyFor onlyFor = ONLY_FOR.get(name);
            if (name.equals("--format") && command != Command.EVIDENCE) {
                onlyFor = null; // assess writes text, json, html, xlsx or csv; explain text or html
            } else if (name.equals("--format")) {
                onlyFor = new OnlyFor(Command.ASSESS, "the evidence pack is text");
            } else if (name.equals("--title") && command == Command.EVIDENCE) {
                onlyFor = new OnlyFor(Command.ASSESS, "the evidence pack is titled by its subject");
            }
            if (onlyFor != null && onlyFor.command() != command) {
                throw UsageException.commandLine(name + " is an option of 'complaints " + onlyFor.command().word()
                        + "', not of '" + args[0] + "': " + onlyFor.why());
            }
            if (name.equals("--strict") || name.equals("--quiet")) {
                if (value != null) {
                    throw UsageException.commandLine(name + " takes no value");
                }
                strict |= name.equals("--strict");
                quiet |= name.equals("--quiet");
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                throw UsageException.commandLine(arg.startsWith("-")
                        ? "unknown option '" + Text.excerpt(name) + "'"
                        : "unexpected argument '" + Text.excerpt(arg) + "'" + (afterRules(args, i)
                                ? "; give --rules once for each rule file" : ""));
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw UsageException.commandLine(name + " needs a value");
                }
                value = args[++i];
            }
            if (REPEATABLE.contains(name)) {
                rules.add(path(name, value));
                continue;
            }
            if (values.putIfAbsent(name, value) != null) {
                throw UsageException.commandLine(name + " is given twice");
            }
        }
        return of(command, values, List.copyOf(rules), strict, quiet, now);
    }

    /** Whether {@code args[i]} comes right after the value of a --rules. */
    private static boolean afterRules(String[] args, int i) {
        return i > 1 && args[i - 2].equals("--rules") || args[i - 1].startsWith("--rules=");
    }

    private static Options of(Command command, Map<String, String> values, List<Path> rules, boolean strict,
                              boolean quiet, Instant now) throws UsageException {
        if (!values.containsKey("--complaints") && command != Command.POLICY) {
            throw UsageException.commandLine("--complaints is required: the complaint log to assess");
        }
        if (values.containsKey("--followups") && !values.containsKey("--actions")) {
            throw UsageException.commandLine("--followups needs --actions: follow-ups join their action by action_id");
        }
        String finding = id(values, "--finding");
        String action = id(values, "--action");
        String problem = id(values, "--problem");
        int subjects = (finding == null ? 0 : 1) + (action == null ? 0 : 1) + (problem == null ? 0 : 1);
        if (command == Command.EVIDENCE && subjects != 1) {
            throw UsageException.commandLine(subjects == 0
                    ? "evidence needs --problem ID, --finding ID or --action ID: the problem, finding or corrective"
                            + " action to document"
                    : "evidence documents one problem, finding or action: give one of --problem, --finding and"
                            + " --action");
        }
        Dates dates = new Dates(zone(values.get("--zone")));
        Instant asOf = instant("--as-of", values.get("--as-of"), dates, now);
        Instant until = instant("--until", values.get("--until"), dates, asOf);
        if (until.isAfter(asOf)) {
            throw UsageException.commandLine("--until " + until + " is after the clock of the log, "
                    + (values.containsKey("--as-of") ? "--as-of " + asOf : "now (" + asOf + ")")
                    + ": a replay cannot run ahead of what is known");
        }
        Format format = format(values.get("--format"));
        if (command == Command.EXPLAIN && format != Format.TEXT && format != Format.HTML) {
            throw UsageException.commandLine("--format " + format.name().toLowerCase(Locale.ROOT) + ": explain writes"
                    + " text or html (a page a class can step through)");
        }
        if (format == Format.CSV && !values.containsKey("--out")) {
            throw UsageException.commandLine("--format csv writes a folder of files: give it with --out FOLDER");
        }
        if (format == Format.XLSX && !values.containsKey("--out")) {
            throw UsageException.commandLine("--format xlsx writes a workbook, not text: give its file with --out"
                    + " report.xlsx");
        }
        return new Options(false, command, path(values, "--complaints"), path(values, "--products"),
                path(values, "--batches"), path(values, "--actions"), path(values, "--followups"),
                path(values, "--taxonomy"), rules, asOf, dates, currency(values.get("--currency")),
                format, path(values, "--out"), strict, finding, action, until, quiet,
                calendar(values.get("--calendar")), path(values, "--acknowledgements"), path(values, "--decisions"),
                path(values, "--contacts"), path(values, "--evidence"), problem, path(values, "--policy"),
                new CsvTable.Reading(delimiter(values.get("--delimiter")), locale(values.get("--locale"))),
                title(values.get("--title")));
    }

    /** The separator of {@code --delimiter}: one character, or its name (comma, semicolon, tab). */
    private static Character delimiter(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        String name = value.equals("\\t") ? "tab" : value.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case ",", "comma" -> {
                return ',';
            }
            case ";", "semicolon" -> {
                return ';';
            }
            case "tab" -> {
                return '\t';
            }
            case "|", "pipe" -> {
                return '|';
            }
            default -> {
                if (value.equals("\t")) {
                    return '\t';
                }
                throw UsageException.commandLine("--delimiter: '" + Text.excerpt(value) + "' is not a separator;"
                        + " write ',', ';', tab or '|' (or leave it out: the header's separator is detected)");
            }
        }
    }

    /** The locale of {@code --locale}, a language tag such as it-IT, de-DE or fr-FR. */
    private static Locale locale(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(value.strip().replace('_', '-'));
        boolean known = !locale.getLanguage().isEmpty() && java.util.Arrays.asList(Locale.getAvailableLocales())
                .contains(locale);
        if (!known) {
            throw UsageException.commandLine("--locale: '" + Text.excerpt(value) + "' is not a locale this Java knows;"
                    + " write a language tag such as it-IT, de-DE, fr-FR, es-ES, pt-PT or en-GB");
        }
        return locale;
    }

    /** The organisation's name of {@code --title}, on one line. */
    private static String title(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw UsageException.commandLine("--title needs a name, e.g. --title \"Calzaturificio Rossi\"");
        }
        return value.strip();
    }

    private static String id(Map<String, String> values, String option) throws UsageException {
        String value = values.get(option);
        if (value != null && value.isBlank()) {
            throw UsageException.commandLine(option + " needs an id");
        }
        return value == null ? null : value.strip();
    }

    private static Path path(Map<String, String> values, String option) throws UsageException {
        String value = values.get(option);
        return value == null ? null : path(option, value);
    }

    private static Path path(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw UsageException.commandLine(option + " needs a file name");
        }
        try {
            return Path.of(value);
        } catch (RuntimeException e) {
            throw UsageException.commandLine(option + ": '" + Text.excerpt(value) + "' is not a file name");
        }
    }

    /** The names of the calendars that ship: the default and the clock that never stops. */
    static final String ENGLAND_AND_WALES = "england-and-wales";
    static final String ROUND_THE_CLOCK = "round-the-clock";

    /** The --calendar given, or null: then the --policy file's calendar, or england-and-wales. */
    private static String calendar(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw UsageException.commandLine("--calendar needs '" + ENGLAND_AND_WALES + "', '" + ROUND_THE_CLOCK
                    + "' or a file of holidays");
        }
        String name = value.strip();
        return name.equalsIgnoreCase(ENGLAND_AND_WALES) || name.equalsIgnoreCase(ROUND_THE_CLOCK)
                ? name.toLowerCase(Locale.ROOT) : path("--calendar", name).toString();
    }

    private static ZoneId zone(String value) throws UsageException {
        if (value == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw UsageException.commandLine("--zone: '" + Text.excerpt(value)
                    + "' is not a time zone; write e.g. UTC, Europe/London or +01:00");
        }
    }

    /** The instant of {@code option}, or {@code otherwise} (to the second) when it is not given. */
    private static Instant instant(String option, String value, Dates dates, Instant otherwise)
            throws UsageException {
        if (value == null) {
            return otherwise.truncatedTo(ChronoUnit.SECONDS);
        }
        Instant instant;
        try {
            instant = dates.instant(value);
        } catch (DateTimeException e) {
            throw UsageException.commandLine(option + ": " + e.getMessage());
        }
        // The rules work with the clock's day and hour: a clock beyond the calendar's years is not a day.
        if (instant.isBefore(EARLIEST_CLOCK) || instant.isAfter(LATEST_CLOCK)) {
            throw UsageException.commandLine(option + ": " + Text.excerpt(value) + " is outside the years 0001 to 9999");
        }
        return instant;
    }

    private static final Instant EARLIEST_CLOCK = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST_CLOCK = Instant.parse("9999-12-31T23:59:59Z");

    private static Currency currency(String value) throws UsageException {
        if (value == null) {
            return Currency.getInstance("GBP");
        }
        try {
            return Currency.getInstance(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw UsageException.commandLine("--currency: '" + Text.excerpt(value)
                    + "' is not an ISO 4217 currency code such as GBP, EUR or USD");
        }
    }

    private static Format format(String value) throws UsageException {
        if (value == null) {
            return Format.TEXT;
        }
        String name = value.strip().toLowerCase(Locale.ROOT);
        for (Format format : Format.values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return format;
            }
        }
        throw UsageException.commandLine("--format: '" + Text.excerpt(value) + "' is not text, json, html, xlsx or csv");
    }
}
