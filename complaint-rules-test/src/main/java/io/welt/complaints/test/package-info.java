/**
 * The test kit for rule authors, meant as a test-scoped dependency.
 *
 * <ul>
 *   <li>{@link io.welt.complaints.test.Facts} — complaints, products and batches with sensible defaults;</li>
 *   <li>{@link io.welt.complaints.test.RulesVerifier} — given facts, expect severities, findings,
 *       escalations, warnings and rejections; or check one rule on its own.</li>
 * </ul>
 */
package io.welt.complaints.test;
