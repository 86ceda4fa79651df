/**
 * The test kit for rule authors, meant as a test-scoped dependency: facts with sensible defaults, a
 * verifier of what the rules derive, and generated logs for property tests and benchmarks.
 *
 * <pre>{@code
 * RulesVerifier verifier = RulesVerifier.forStandardRules();
 * Product chelsea = aProduct("CH-42", "Chelsea boot").build();
 * Complaint c1 = aComplaint().on(chelsea).receivedDaysAgo(20).build();
 * Complaint c2 = aComplaint().on(chelsea).receivedDaysAgo(10).build();
 * Complaint c3 = aComplaint().on(chelsea).receivedDaysAgo(2).build();
 *
 * verifier.given(chelsea, c1, c2, c3)
 *         .expectFinding(FindingScope.PRODUCT_LINE, "Chelsea boot", "STITCHING", c1, c2, c3)
 *         .expectSeverity(c3, Severity.MEDIUM).byRule(RuleNames.TRIAGE_CATEGORY_DEFAULT);
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2, c3).fires().derivedFrom(c1, c2, c3);
 * verifier.verifyThat(RuleNames.REPEAT_PRODUCT_LINE).given(chelsea, c1, c2).doesNotFire();
 * }</pre>
 *
 * <p>Facts:
 * <ul>
 *   <li>{@link io.welt.complaints.test.Facts} — one factory per kind of fact ({@code aComplaint},
 *       {@code aProduct}, {@code aBatch}), each returning a builder:
 *       {@link io.welt.complaints.test.Facts.ComplaintBuilder},
 *       {@link io.welt.complaints.test.Facts.ProductBuilder},
 *       {@link io.welt.complaints.test.Facts.BatchBuilder}.</li>
 * </ul>
 * <p>Verifying, in stages ({@link io.welt.complaints.test.RulesVerifier} is where both paths start):
 * <ul>
 *   <li>the whole assessment: {@link io.welt.complaints.test.AssessmentGiven} (the clock) →
 *       {@link io.welt.complaints.test.AssessmentAssertion} (expectations) and, after a severity or
 *       an escalation, {@link io.welt.complaints.test.ConclusionAssertion} (the rule that derived it);</li>
 *   <li>one rule: {@link io.welt.complaints.test.RuleVerification} (the facts) →
 *       {@link io.welt.complaints.test.RuleGiven} (the clock) →
 *       {@link io.welt.complaints.test.RuleAssertion} (whether it fired) →
 *       {@link io.welt.complaints.test.FiredRuleAssertion} (from which complaints, and why).</li>
 * </ul>
 * <p>Generated logs:
 * <ul>
 *   <li>{@link io.welt.complaints.test.LogGenerator} — seeded, realistic logs of any size, as a
 *       {@link io.welt.complaints.test.GeneratedLog};</li>
 *   <li>{@link io.welt.complaints.test.DenseLogs} — seeded logs dense enough for property tests (findings in every scope, ties, window edges);</li>
 *   <li>{@link io.welt.complaints.test.SampleLog} — the bundled sample's year at the shoe, boot and bag maker;</li>
 *   <li>{@link io.welt.complaints.test.CsvLogWriter} — a log as the command line's CSV files.</li>
 * </ul>
 */
package io.welt.complaints.test;
