package io.welt.complaints.model;

/**
 * Where a problem most likely comes from: the most specific scope that explains all its complaints.
 *
 * @param scope  the scope (a material lot over its batches and lines; a batch over its line only when the
 *               batch holds every complaint of the line's finding)
 * @param key    the lot, batch, supplier, product line or customer
 * @param reason why this scope and not another, in words
 */
public record LikelySource(FindingScope scope, String key, String reason) {

    /**
     * Checks the values.
     *
     * @param scope the scope (a material lot over its batches and lines; a batch over its line only when the
     *   batch holds every complaint of the line's finding)
     * @param key the lot, batch, supplier, product line or customer
     * @param reason why this scope and not another, in words
     * @throws NullPointerException when a required value is null; the message names it
     * @throws IllegalArgumentException when a value is blank, out of range or contradicts another; the
     *   message starts with the field's name
     */
    public LikelySource {
        Checks.present(scope, "scope");
        key = Checks.text(key, "key");
        reason = Checks.text(reason, "reason");
    }
}
