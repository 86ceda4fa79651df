package io.welt.complaints.examples.cli;

/** The text of {@code complaints --help}. */
final class Usage {

    static final String TEXT = """
            Usage: complaints assess --complaints FILE [--products FILE] [--batches FILE]
                                     [--actions FILE [--followups FILE]] [--taxonomy FILE]
                                     [--acknowledgements FILE] [--decisions FILE] [--contacts FILE]
                                     [--evidence FILE]
                                     [--rules FILE]... [--as-of TIME] [--zone ZONE] [--currency CODE]
                                     [--format text|json|html|xlsx|csv] [--out FILE] [--title NAME]
                                     [--delimiter SEP] [--locale TAG] [--strict] [--quiet]
                   complaints evidence (--problem ID | --finding ID | --action ID) --complaints FILE
                                     [the input options of assess] [--out FILE] [--quiet]
                   complaints explain --complaints FILE [the input options of assess]
                                     [--until TIME] [--format text|html] [--title NAME] [--out FILE] [--quiet]
                   complaints policy [--policy FILE] [--currency CODE] [--calendar CAL] [--zone ZONE]
                                     [--out FILE]

            assess: assesses a complaint log with the standard rules: the problems first (the findings
            that are views of one problem, its likely source, its options for management ranked against
            doing nothing, MONITOR, and the decision taken), each complaint's severity and the remedies
            to offer, escalations and who holds them, deadline warnings, the verdict on each corrective
            action, and the records that could not be assessed.

            evidence: assesses the same way and prints the evidence pack of one problem, one finding or
            one corrective action, for an auditor: the problem and its likely source, the complaints
            (with the customers' own words), the findings and why, the options with their figures and
            arithmetic, the decision and who took it, the root cause, the actions with their follow-ups
            and verdicts, the contacts with the customers, the evidence filed, the escalations and who
            holds them, and the audit trail of people and rules. The text report and the JSON give the
            ids (a problem's id looks like 'P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1'; quote it).

            explain: for a trainer: replays the log in time order on a simulated clock, from its first
            complaint until --until, and narrates each moment: a complaint arriving, acknowledged,
            waiting, resolved; each rule that fired with the facts it matched and its reason; each
            escalation and the lower one it supersedes; what was withdrawn when its cause went; each
            target reaching its warning point and each deadline missed, as the clock passes them.
            Records rejected are not replayed. With --format html: one self-contained page for a
            projector, working offline: a timeline of the complaints, deadlines, escalations and
            verdicts, each escalation ladder drawn, every step with its rule and reason, and Next and
            Previous buttons (or the arrow keys) to step through it one conclusion at a time.
            Ready lessons are in examples/lessons (see their LESSON.md).

            policy: prints the policy the other commands use (every threshold, window, target, cost table,
            the calendar, the consumer-rights shape, the safety regime and the escalation routes) as a
            commented YAML file to start from; with --policy, --currency and --calendar, the policy they
            would give. The keys are in docs/policy.md.

              --complaints FILE  the complaint log (CSV), required
              --products FILE    the products (CSV): sku, product_line, ...
              --batches FILE     the production batches (CSV): batch_id, sku, produced_on, ...
              --actions FILE     the corrective actions (CSV): id, scope, key, defect, effective_from, ...
              --followups FILE   their follow-ups (CSV): action_id, kind, due, done_on, passed, ...; needs --actions
              --taxonomy FILE    defect categories to add or override (CSV): code, name, stage, ...
              --acknowledgements FILE  people taking hold of escalations (CSV): target_type, target,
                                 level, acknowledged_at, by, note, closed_at
              --decisions FILE   people's decisions on problems or findings (CSV): subject, option,
                                 decided_at, by, rationale, action_id
              --contacts FILE    the contact log with customers (CSV): complaint_id, at, by, channel,
                                 kind (CALL_BACK, EMAIL, LETTER, VISIT), outcome, note
              --evidence FILE    references to evidence (CSV): subject, kind (PHOTO, LAB_REPORT,
                                 SUPPLIER_RESPONSE, WITNESS_STATEMENT, OTHER), uri, by, at, note
              --rules FILE       a rule file (.drl) to add to the standard rules; repeat the option for
                                 several files (--rules a.drl --rules b.drl). Rule files are code that runs
                                 with your rights: use only files from a source you trust. A file that does
                                 not compile stops the command (status 2) with every error as
                                 file:line:column: message
              --as-of TIME       the clock of the time-based rules (default: now): 2026-03-01T09:00:00Z,
                                 2026-03-01T09:00 (in --zone) or 2026-03-01 (its start in --zone)
              --zone ZONE        the zone of times written without an offset (default UTC), e.g. Europe/London;
                                 the text and html reports and the spreadsheets show their times in it too,
                                 with the offset (the json keeps UTC instants)
              --delimiter SEP    the separator of the input files: ',', ';', tab or '|' (default: the one
                                 the header row uses, detected; a csv report is written with it too)
              --locale TAG       how the input files write numbers and dates, as a spreadsheet saved them
                                 in that locale: e.g. it-IT reads 1.129,00, € 129,00 and 12/01/2026 09:14
                                 (day first); en-US reads 01/12/2026 (month first). Without it, plain
                                 numbers (decimal commas in a semicolon-separated file), and a date such as
                                 13/01/2026 that can be read one way only sets its file's order; a date that
                                 could be either (03/04/2026) rejects its record. Standard error says what
                                 was assumed.
              --currency CODE    the currency of the price and cost columns, and of every cost the
                                 report estimates (default GBP)
              --policy FILE      the policy (YAML) in place of the default; 'complaints policy' prints one to
                                 start from. A key left out keeps its default; an unknown key or a bad value
                                 stops the command (status 2) naming the file, line, key and why. --calendar,
                                 given too, replaces the file's calendar; the file's remedyCosts.currency
                                 must be --currency (default GBP)
              --calendar CAL     when service-level clocks run: england-and-wales (default: office hours
                                 09:00-17:30 Monday to Friday in London, without the bank holidays of
                                 England and Wales, 2023-2028), round-the-clock, or a CSV file of holidays
                                 (first column a date, a header row) for office hours in --zone
              --format FORMAT    text (default), for a person at a terminal; html, one self-contained
                                 page for a manager (charts, findings with their options, escalations,
                                 verdicts; prints on A4, reads on a phone; use with --out report.html);
                                 json, for programs; xlsx, a workbook (--out report.xlsx); or csv, a folder
                                 of files (--out FOLDER): problems, findings, escalations, options and
                                 complaints with their severity, a text that would start a formula (= + - @)
                                 written with a leading apostrophe. explain: text (default) or html
              --title NAME       the organisation's name, heading the report or the walkthrough
              --out FILE         write the report to FILE instead of standard output
              --quiet            no progress lines; without it a file of more than 50,000 rows shows on
                                 standard error how the run is getting on (rows read, checking,
                                 assessing, writing)
              --strict           exit with status 3 when any record was rejected (assess only)
              --problem ID       evidence: the problem to document
              --finding ID       evidence: the finding to document
              --action ID        evidence: the corrective action to document
              --until TIME       explain: where the replay stops (default: --as-of, or now); not after
                                 --as-of
              -h, --help         print this help

            The JSON (--format json) is described in docs/json.md, with its schema in
            docs/assessment.schema.json; the command line in docs/command-line.md.

            Exit status: 0 assessed (rejected records are in the report), or the pack or the walkthrough
            printed; 2 a usage error, a missing or unreadable file, a missing required column, a file
            that is not CSV, a rule file that does not compile, or a --problem, --finding or
            --action the assessment does not have; 3 with --strict when a record was rejected; 4 out of memory (the
            message says the heap it had, how far it got and how to give it more; nothing is written);
            1 the rules themselves failed (a rule threw, or went past a limit: named by rule).

            Files: CSV with a header row, UTF-8 (a BOM is fine; other bytes are read as windows-1252),
            separated by commas, semicolons or tabs, columns in any order and any case; docs/file-formats.md
            lists every column. Dates are ISO-8601: 2026-02-03, 2026-02-03T14:05 (in --zone) or
            2026-02-03T14:05:00+01:00, or as a spreadsheet shows them (12/01/2026 09:14, see --locale).
            Money is a plain number such as 89.50, or as --locale writes it. A bad record is rejected with
            its file, line and column; the rest is assessed.
              complaints.csv also reads waiting_since (the complaint has waited on the customer since
                then) and closed_at; both must not be after --as-of. delivered_on (the consumer-rights
                periods run from it, else from purchased_on), promised_remedy (a remedy promised and not
                delivered: REFUND, REPLACE, REPAIR, ...) and promised_on.
              batches.csv also reads units_sold and units_in_stock (whole numbers, not negative): the
                options count complaints per unit sold and what a stock hold can still stop.
              batches.csv: supplier and material_lot may hold several values separated by ';': one
                supplier for all lots, or one per lot in the same order. A supplier alone is a lot whose
                number is not known; a lot without a supplier rejects the batch (no supplier is invented).
              --taxonomy: a row for an existing code keeps that category's values in its empty columns;
                a new code needs stage and default_severity. A bad row stops the command (status 2).
                stage is CLICKING, SKIVING, CLOSING, LASTING, MAKING, FINISHING, PACKING or SERVICE, or a
                name the trade uses for one (cutting, stitching, sole attaching, bottoming, boxing, ...;
                any case), or a stage of your own, declared on the first row that names it with
                stage_kind, the standard stage it works like (assembly with stage_kind making).
              actions.csv also reads owner_level (FRONTLINE, TEAM_LEADER, CUSTOMER_SERVICE_MANAGER,
                QUALITY_MANAGER or SENIOR_MANAGEMENT; default FRONTLINE: an overdue follow-up goes to the level above),
                containment (';'-separated) and root_cause_id. The same row may state that root cause:
                root_cause (its description), root_cause_category (MATERIAL, WORKMANSHIP, DESIGN, SUPPLIER,
                PROCESS, HANDLING_IN_TRANSIT, CUSTOMER_MISUSE or UNKNOWN), root_cause_confirmed (true/false),
                escape_point and root_cause_evidence (';'-separated). A root cause stated on several rows:
                the first stands.
              followups.csv joins its action by action_id and also reads description. passed needs done_on.
                An action and its follow-ups stand or fall together: a rejected action rejects its
                follow-ups, and a rejected follow-up rejects its action, so no verdict rests on half the
                evidence.
              complaints.csv: size is a shoe size (42, 8.5) in size_system (EU, UK or US; default EU),
                compared on the EU scale; fit_direction (SMALL, LARGE) says which way it is off;
                component_lot names a component lot (a thread or adhesive lot) the complaint is traced to.
                products.csv: last is the last the product is made on (SKUs of several lines may share it).
              followups.csv: sample_size and defects_found record a counted sample; a SAMPLE_REVISED_BATCH
                with them is judged against its ISO 2859-1 plan (policy AQL, lot size of the first batch made
                after the action). batches.csv may list batches no complaint names: every batch made after an
                action in its scope counts as revised production.
              acknowledgements.csv: target_type is COMPLAINT, FINDING, PROBLEM or ACTION; level is the
                level the person answers at (TEAM_LEADER, QUALITY_MANAGER, SENIOR_MANAGEMENT). An
                acknowledged escalation stops climbing and shows who holds it; closed_at (not before
                acknowledged_at) takes it out of force. Neither may be after --as-of.
              decisions.csv: subject is a problem or finding id; option is one of the options for
                management (MONITOR, STOCK_HOLD, INSPECTION_INCREASE, ...). contacts.csv: complaint_id
                must name a complaint assessed. Records dated after --as-of are rejected.
            """;

    private Usage() {
    }
}
