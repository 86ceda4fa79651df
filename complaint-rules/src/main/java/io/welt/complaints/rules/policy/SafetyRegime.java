package io.welt.complaints.rules.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The product-safety law under which a business decides whether to notify the market-surveillance
 * authority of a product that may be dangerous: who is told, through what, by when, and what the
 * notice must contain. Policy data: the UK General Product Safety Regulations 2005 by default, the EU
 * General Product Safety Regulation 2023/988 ships too; plug in another by making one of these.
 *
 * <pre>{@code
 * Policy eu = Policy.defaults().toBuilder().safetyRegime(SafetyRegime.EU_GPSR_2023_988).build();
 * }</pre>
 *
 * @param name              a name for reasons, e.g. "UK General Product Safety Regulations 2005"
 * @param basis             the provision that obliges the business to notify
 * @param authority         who is notified
 * @param channel           how
 * @param seriousRiskLimit  the time limit when the risk is serious (an injury reported)
 * @param otherRiskLimit    the time limit when a risk is confirmed but not serious
 * @param noticeContents    what the notice must contain, item by item
 */
public record SafetyRegime(String name, String basis, String authority, String channel, Duration seriousRiskLimit,
                           Duration otherRiskLimit, List<String> noticeContents) {

    /**
     * UK General Product Safety Regulations 2005, reg. 9: notify forthwith; the limits are the
     * Commission's notification guidelines (2004/905/EC), 3 days for a serious risk and 10 otherwise.
     */
    public static final SafetyRegime UK_GPSR_2005 = new SafetyRegime(
            "UK General Product Safety Regulations 2005", "reg. 9(1) and (3)",
            "the local trading standards service (Office for Product Safety and Standards)",
            "the business notification form to trading standards (Product Safety Database)",
            Duration.ofDays(3), Duration.ofDays(10), List.of(
                    "information identifying the product and batch precisely",
                    "a full description of the risk the product presents",
                    "all available information for tracing the product",
                    "the action taken to prevent risks to consumers"));

    /**
     * EU General Product Safety Regulation (EU) 2023/988, Arts. 9(8) and 20: notify without undue
     * delay through the Safety Business Gateway; the same limits by default.
     */
    public static final SafetyRegime EU_GPSR_2023_988 = new SafetyRegime(
            "EU General Product Safety Regulation 2023/988", "Arts. 9(8) and 20",
            "the market-surveillance authorities of the member states where the product was made available",
            "the Safety Business Gateway", Duration.ofDays(3), Duration.ofDays(10), List.of(
                    "information identifying the product, type, batch or serial number",
                    "a description of the risk and of any accident, with the harm caused",
                    "the member states where the product was made available and the quantities",
                    "the corrective action taken or planned (withdrawal, recall, warnings)"));

    /**
     * Checks the values: lists are copied and unmodifiable.
     *
     * @param name a name for reasons, e.g. "UK General Product Safety Regulations 2005"
     * @param basis the provision that obliges the business to notify
     * @param authority who is notified
     * @param channel how
     * @param seriousRiskLimit the time limit when the risk is serious (an injury reported)
     * @param otherRiskLimit the time limit when a risk is confirmed but not serious
     * @param noticeContents what the notice must contain, item by item
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public SafetyRegime {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(channel, "channel");
        positive(seriousRiskLimit, "seriousRiskLimit");
        positive(otherRiskLimit, "otherRiskLimit");
        if (seriousRiskLimit.compareTo(otherRiskLimit) > 0) {
            throw new IllegalArgumentException("seriousRiskLimit (" + seriousRiskLimit
                    + ") must not be longer than otherRiskLimit (" + otherRiskLimit + ")");
        }
        noticeContents = List.copyOf(noticeContents);
        if (noticeContents.isEmpty()) {
            throw new IllegalArgumentException("noticeContents: name at least one item the notice must contain");
        }
    }

    private static void positive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
    }

    /**
     * The notice's contents as one phrase for a reason: "a; b; c".
     *
     * @return the contents, joined by "; "
     */
    public String describeContents() {
        return String.join("; ", noticeContents);
    }
}
