/**
 * The command-line tool: {@code ./complaints assess}, CSV files in, a text, JSON or HTML report out;
 * {@code ./complaints evidence}, the evidence pack of one finding or corrective action; and
 * {@code ./complaints explain}, the log replayed in time order and narrated for a trainer (the
 * library's {@code Walkthrough}).
 *
 * <ul>
 *   <li>{@link io.welt.complaints.examples.cli.Main} — the entry point; {@code Main.run(args, out, err)}
 *       returns the exit status, so tests run it in-process;</li>
 *   <li>{@code Options} — the checked command line; {@code Usage} — its help text;</li>
 *   <li>{@code CsvTable}, {@code CsvRow}, {@code RecordReader}, {@code Dates} — reading CSV as
 *       spreadsheets save it, one rejection per bad record with its line and column;</li>
 *   <li>{@code ComplaintsCsv}, {@code ProductsCsv}, {@code BatchesCsv}, {@code ActionsCsv},
 *       {@code FollowupsCsv}, {@code TaxonomyCsv} — one reader per file of {@code docs/file-formats.md};</li>
 *   <li>{@code TextReport} — the text report (the JSON and the HTML page are the library's
 *       {@code JsonAssessmentWriter} and {@code HtmlAssessmentWriter}); {@code WalkthroughPage} — the
 *       classroom page, drawn with the library's {@code Svg} and escaped with its {@code Html};
 *       {@code Sheets} — the xlsx and csv tables; the evidence pack's text is the library's
 *       {@code EvidencePack}.</li>
 * </ul>
 */
package io.welt.complaints.examples.cli;
