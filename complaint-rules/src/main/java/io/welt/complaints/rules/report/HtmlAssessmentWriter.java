package io.welt.complaints.rules.report;

import io.welt.complaints.rules.Assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Objects;

/**
 * The assessment as one self-contained HTML page for a manager: the summary, the problems with their
 * views, likely source and options for management, the safety steps, escalations and who holds them,
 * deadlines (marked when overdue), charts, verdicts and the records rejected. No script, no external
 * resource; every customer's word escaped; prints on A4 and reads on a phone. The same assessment and
 * settings give the same bytes. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * String page = HtmlAssessmentWriter.standard()
 *         .withCurrency(Currency.getInstance("EUR"))
 *         .withPresentation(new Presentation(ZoneId.of("Europe/Rome"), "Calzaturificio Rossi", taxonomy))
 *         .toHtml(assessment);
 * }</pre>
 */
public final class HtmlAssessmentWriter {

    private static final HtmlAssessmentWriter STANDARD = new HtmlAssessmentWriter(Currency.getInstance("GBP"),
            Presentation.DEFAULT);

    private final Currency currency;
    private final Presentation presentation;

    private HtmlAssessmentWriter(Currency currency, Presentation presentation) {
        this.currency = currency;
        this.presentation = presentation;
    }

    /**
     * Money in GBP, times in UTC, no title, the standard taxonomy's names.
     *
     * @return the standard writer, shared and immutable
     */
    public static HtmlAssessmentWriter standard() {
        return STANDARD;
    }

    /**
     * A writer that states money in {@code currency} (the currency the log's prices were read in).
     *
     * @param currency the currency, e.g. EUR
     * @throws NullPointerException if {@code currency} is null
     * @return a new writer; this one is unchanged
     */
    public HtmlAssessmentWriter withCurrency(Currency currency) {
        return new HtmlAssessmentWriter(Objects.requireNonNull(currency, "currency"), presentation);
    }

    /**
     * A writer that shows times in the presentation's zone, under its title, with its taxonomy's names.
     *
     * @param presentation the zone, title and taxonomy
     * @throws NullPointerException if {@code presentation} is null
     * @return a new writer; this one is unchanged
     */
    public HtmlAssessmentWriter withPresentation(Presentation presentation) {
        return new HtmlAssessmentWriter(currency, Objects.requireNonNull(presentation, "presentation"));
    }

    /**
     * The page.
     *
     * @param assessment the assessment
     * @throws NullPointerException if {@code assessment} is null
     * @return one self-contained HTML page
     */
    public String toHtml(Assessment assessment) {
        return HtmlReport.render(Objects.requireNonNull(assessment, "assessment"), currency, presentation);
    }

    /**
     * Writes the page to {@code out} as it is made, a section at a time (the same bytes as
     * {@link #toHtml}, never held whole), and flushes it; does not close it.
     *
     * @param assessment the assessment
     * @param out where the page goes
     * @throws NullPointerException if an argument is null
     * @throws IOException          when {@code out} cannot be written
     */
    public void write(Assessment assessment, Writer out) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(out, "out");
        HtmlReport.write(assessment, currency, presentation, out);
        out.flush();
    }

    /**
     * Writes the page to {@code out} in UTF-8, and flushes it; does not close it.
     *
     * @param assessment the assessment
     * @param out where the page goes
     * @throws NullPointerException if an argument is null
     * @throws IOException          when {@code out} cannot be written
     */
    public void write(Assessment assessment, OutputStream out) throws IOException {
        write(assessment, new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    }
}
