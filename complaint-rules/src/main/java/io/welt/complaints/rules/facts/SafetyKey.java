package io.welt.complaints.rules.facts;

import io.welt.complaints.model.FindingScope;

import java.util.Objects;

/**
 * A batch or product line that holds at least one safety complaint: where the repeat rule for a
 * second safety complaint looks. Derived once per key, however many safety complaints it holds.
 *
 * @param scope BATCH or PRODUCT_LINE
 * @param key   the batch id or the product line
 */
public record SafetyKey(FindingScope scope, String key) {

    /**
     * Checks the values.
     *
     * @param scope BATCH or PRODUCT_LINE
     * @param key the batch id or the product line
     * @throws NullPointerException when a required value is null; the message names it
     */
    public SafetyKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
    }
}
