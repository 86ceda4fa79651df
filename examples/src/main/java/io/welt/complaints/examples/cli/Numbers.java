package io.welt.complaints.examples.cli;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a file writes its numbers: plain ({@code 1129.00}, as a program writes them and as the files
 * were always read), or as a spreadsheet of a locale saves them: a decimal comma, a thousands
 * separator ({@code 1.129,00} in Italy, {@code 1 129,00} in France, {@code 1'129.00} in Switzerland) and
 * a currency symbol or code before or after ({@code € 129,00}, {@code 129,00 €}, {@code EUR 129,00}).
 * A thousands separator is taken only between groups of three digits, so {@code 12.90} is never read
 * as twelve hundred and ninety in a file of decimal commas: it is refused.
 *
 * <pre>{@code
 * Numbers.of(Locale.ITALY).amount("1.129,00 €", EUR)   // 1129.00
 * }</pre>
 */
final class Numbers {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("[+-]?\\d+");

    /** Plain numbers: a dot for decimals, no thousands separator, no currency sign. */
    static final Numbers PLAIN = new Numbers(null, '.', "");

    private final String name;
    private final char decimal;
    /** The thousands separators taken (a space stands for every kind of space). */
    private final String grouping;
    private final Pattern decimalPattern;
    private final Pattern integerPattern;

    private Numbers(String name, char decimal, String grouping) {
        this.name = name;
        this.decimal = decimal;
        this.grouping = grouping;
        if (name == null) {
            decimalPattern = PLAIN_DECIMAL;
            integerPattern = PLAIN_INTEGER;
        } else {
            String group = "[" + Pattern.quote(grouping).replace(" ", "\\s\\u00A0\\u202F") + "]";
            String whole = "(\\d{1,3}(" + group + "\\d{3})+|\\d+)";
            decimalPattern = Pattern.compile("[+-]?" + whole + "(" + Pattern.quote(String.valueOf(decimal)) + "\\d+)?");
            integerPattern = Pattern.compile("[+-]?" + whole);
        }
    }

    /** Numbers as a spreadsheet in {@code locale} saves them. */
    static Numbers of(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getMonetaryDecimalSeparator();
        char group = symbols.getGroupingSeparator();
        // Locales that group with a (no-break, narrow) space are written with any space by hand; one that
        // groups with an apostrophe is written with either apostrophe.
        String grouping = Character.isSpaceChar(group) ? " " : group == '\u2019' || group == '\'' ? "'\u2019"
                : String.valueOf(group);
        return new Numbers(locale.toLanguageTag(), decimal, grouping);
    }

    /**
     * Numbers with a decimal comma and a dot (or a space) between thousands, as Excel saves them in most of
     * continental Europe: assumed for a semicolon-separated file when no locale is given.
     */
    static Numbers decimalComma() {
        return new Numbers("decimal commas", ',', ". ");
    }

    /** Whether this reads plain numbers only. */
    boolean plain() {
        return name == null;
    }

    /** {@code 1.129,00} in this form: for messages. */
    String example() {
        if (plain()) {
            return "89.50";
        }
        char group = grouping.charAt(0) == ' ' ? ' ' : grouping.charAt(0);
        return "1" + group + "129" + decimal + "00 or 89" + decimal + "50";
    }

    /**
     * The amount {@code value} states in {@code currency}, its symbol or code allowed before or after in a
     * form other than the plain one.
     *
     * @throws IllegalArgumentException saying what form is expected
     */
    BigDecimal amount(String value, Currency currency) {
        String number = plain() ? value : withoutCurrency(value.strip(), currency);
        if (!decimalPattern.matcher(number).matches()) {
            throw new IllegalArgumentException(plain()
                    ? "'" + Text.excerpt(value) + "' is not a plain decimal number such as 89.50"
                            + " (no currency sign, no thousands separator, a dot for decimals; a file saved with"
                            + " decimal commas is read with --locale, e.g. --locale it-IT)"
                    : "'" + Text.excerpt(value) + "' is not an amount as " + name + " writes it, such as "
                            + example() + " (read with --locale; another locale may fit the file)");
        }
        return new BigDecimal(normalised(number));
    }

    /**
     * The whole number {@code value} states, thousands separators allowed in a form other than the plain one.
     *
     * @throws IllegalArgumentException saying what form is expected
     */
    BigDecimal whole(String value) {
        String number = value.strip();
        if (!integerPattern.matcher(number).matches()) {
            throw new IllegalArgumentException("'" + Text.excerpt(value) + "' is not a whole number");
        }
        return new BigDecimal(normalised(number));
    }

    private String normalised(String number) {
        if (plain()) {
            return number;
        }
        StringBuilder out = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == decimal) {
                out.append('.');
            } else if (c == '+' || c == '-' || c >= '0' && c <= '9') {
                out.append(c);
            }
            // anything else is a thousands separator the pattern placed between groups of three
        }
        return out.toString();
    }

    /** {@code value} without the currency's symbol or code at its start or end, and the spaces beside it. */
    private static String withoutCurrency(String value, Currency currency) {
        String stripped = value;
        for (String sign : new String[] {currency.getCurrencyCode(), currency.getSymbol(Locale.ROOT),
                currency.getSymbol(Locale.UK), currency.getSymbol(Locale.ITALY), currency.getSymbol(Locale.US)}) {
            if (sign.isEmpty() || sign.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (stripped.startsWith(sign)) {
                stripped = stripSpaces(stripped.substring(sign.length()));
                break;
            }
            if (stripped.endsWith(sign)) {
                stripped = stripSpaces(stripped.substring(0, stripped.length() - sign.length()));
                break;
            }
        }
        return stripped;
    }

    private static String stripSpaces(String value) {
        int from = 0;
        int to = value.length();
        while (from < to && Character.isSpaceChar(value.charAt(from))) {
            from++;
        }
        while (to > from && Character.isSpaceChar(value.charAt(to - 1))) {
            to--;
        }
        return value.substring(from, to);
    }
}
