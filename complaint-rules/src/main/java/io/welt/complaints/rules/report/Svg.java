package io.welt.complaints.rules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A small builder of inline SVG for the HTML report's charts: shapes and text in user units of a
 * fixed view box, which the page scales to its width. Numbers are written with at most two decimals
 * and text is escaped with {@link Html}, so the same chart always gives the same bytes and input can
 * never become markup. Styling is left to the page's classes.
 *
 * <pre>{@code
 * String svg = new Svg(480, 120, "chart-1", "Complaints by defect", "6 STITCHING, 2 SIZING")
 *         .rect(0, 10, 300, 14, "bar", "STITCHING: 6").text(304, 21, "6", "count", Svg.Anchor.START)
 *         .toString();
 * }</pre>
 */
public final class Svg {

    /** Where a text stands relative to its x. */
    public enum Anchor {
        /** The text begins at x (the default of SVG). */
        START,
        /** The text is centred on x. */
        MIDDLE,
        /** The text ends at x. */
        END
    }

    private final StringBuilder out = new StringBuilder();

    /**
     * An SVG of {@code width} x {@code height} user units, labelled for screen readers by
     * {@code title} and {@code description}; {@code id} must be unique in the page.
     *
     * @param width the view box's width, in user units
     * @param height its height
     * @param id the chart's id, unique in the page; its title and description take it with "-title" and
     *   "-desc"
     * @param title a short name of the chart, e.g. "Complaints by defect"
     * @param description what it shows, in words, e.g. "6 STITCHING, 2 SIZING"
     */
    public Svg(double width, double height, String id, String title, String description) {
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(Html.text(id)).append("-title ")
                .append(Html.text(id)).append("-desc\"><title id=\"").append(Html.text(id)).append("-title\">")
                .append(Html.text(title)).append("</title><desc id=\"").append(Html.text(id)).append("-desc\">")
                .append(Html.text(description)).append("</desc>\n");
    }

    /**
     * A rectangle; {@code tooltip} (or null) is shown on hover.
     *
     * @param x its left edge
     * @param y its top edge
     * @param width its width; a negative width is drawn as 0
     * @param height its height; a negative height is drawn as 0
     * @param cssClass the page's class for it, escaped
     * @param tooltip the text shown on hover, or null
     * @return this builder
     */
    public Svg rect(double x, double y, double width, double height, String cssClass, String tooltip) {
        out.append("<rect class=\"").append(Html.text(cssClass)).append("\" x=\"").append(num(x))
                .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, width)))
                .append("\" height=\"").append(num(Math.max(0, height))).append('"');
        return close(tooltip, "rect");
    }

    /**
     * A straight line.
     *
     * @param x1 where it starts, across
     * @param y1 where it starts, down
     * @param x2 where it ends, across
     * @param y2 where it ends, down
     * @param cssClass the page's class for it, escaped
     * @return this builder
     */
    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line class=\"").append(Html.text(cssClass)).append("\" x1=\"").append(num(x1))
                .append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"")
                .append(num(y2)).append("\"/>\n");
        return this;
    }

    /**
     * A line through {@code points}, each {x, y}.
     *
     * @param points the points, each an array {x, y}, in order
     * @param cssClass the page's class for it, escaped
     * @return this builder
     */
    public Svg polyline(List<double[]> points, String cssClass) {
        out.append("<polyline class=\"").append(Html.text(cssClass)).append("\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? "" : " ").append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
        }
        out.append("\"/>\n");
        return this;
    }

    /**
     * A dot; {@code tooltip} (or null) is shown on hover.
     *
     * @param cx its centre, across
     * @param cy its centre, down
     * @param r its radius
     * @param cssClass the page's class for it, escaped
     * @param tooltip the text shown on hover, or null
     * @return this builder
     */
    public Svg circle(double cx, double cy, double r, String cssClass, String tooltip) {
        out.append("<circle class=\"").append(Html.text(cssClass)).append("\" cx=\"").append(num(cx))
                .append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r)).append('"');
        return close(tooltip, "circle");
    }

    /**
     * A line of text whose baseline starts, centres or ends at ({@code x}, {@code y}).
     *
     * @param x where the anchor stands, across
     * @param y the baseline, down
     * @param text the text, escaped
     * @param cssClass the page's class for it, escaped
     * @param anchor how the text stands to x
     * @return this builder
     */
    public Svg text(double x, double y, String text, String cssClass, Anchor anchor) {
        out.append("<text class=\"").append(Html.text(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append('"');
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        out.append('>').append(Html.text(text)).append("</text>\n");
        return this;
    }

    private Svg close(String tooltip, String element) {
        if (tooltip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Html.text(tooltip)).append("</title></").append(element).append(">\n");
        }
        return this;
    }

    /**
     * The finished element.
     *
     * @return the SVG element, closed
     */
    @Override
    public String toString() {
        return out + "</svg>";
    }

    /**
     * {@code value} with at most two decimals and no trailing zeros: 12, 12.5, 0.33.
     *
     * @param value a number
     * @return it as written in the SVG
     */
    public static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
