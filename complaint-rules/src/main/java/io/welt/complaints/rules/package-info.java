/**
 * The facade: every type a host calls. Rule facts are in {@link io.welt.complaints.rules.facts},
 * policy data in {@link io.welt.complaints.rules.policy}; {@code internal} is the library's own and
 * not exported.
 *
 * <ul>
 *   <li>{@link io.welt.complaints.rules.ComplaintRules} - the standard rules and your own, compiled once,
 *       shared: {@code assess(log, asOf)} and {@code monitor(history, asOf)};</li>
 *   <li>{@link io.welt.complaints.rules.ComplaintLog} - the complaints, products, batches, corrective
 *       actions and people's records to assess, with {@link io.welt.complaints.rules.RecordOrigin} (where a
 *       record came from);</li>
 *   <li>{@link io.welt.complaints.rules.Assessment} - problems, findings, severities, escalations,
 *       options, warnings, verdicts, {@link io.welt.complaints.rules.Rejection}s and the audit trail;</li>
 *   <li>{@link io.welt.complaints.rules.ComplaintMonitor} - the rules kept warm for a host that submits
 *       complaints one by one, with what each submission changed;</li>
 *   <li>{@link io.welt.complaints.rules.Walkthrough} and {@link io.welt.complaints.rules.RuleFiring} - an
 *       assessment told step by step, for teaching; {@link io.welt.complaints.rules.EvidencePack} - what an
 *       assessor files for one problem;</li>
 *   <li>{@link io.welt.complaints.rules.RuleNames} - the standard rules' names;</li>
 *   <li>failures: {@link io.welt.complaints.rules.RuleCompilationException},
 *       {@link io.welt.complaints.rules.RuleFailedException},
 *       {@link io.welt.complaints.rules.RunawayRulesException},
 *       {@link io.welt.complaints.rules.AssessmentOutOfMemoryError}.</li>
 * </ul>
 *
 * <p>Exceptions: a null argument to a public method throws {@link java.lang.NullPointerException} naming
 * it, but for the lookups of {@link io.welt.complaints.rules.Assessment}, which find nothing for a null
 * id; a closed {@link io.welt.complaints.rules.ComplaintMonitor} throws
 * {@link java.lang.IllegalStateException}; the rules' own failures are
 * {@link io.welt.complaints.rules.RuleFailedException}, {@link io.welt.complaints.rules.RunawayRulesException}
 * and {@link io.welt.complaints.rules.AssessmentOutOfMemoryError}, and a rule file that does not compile
 * {@link io.welt.complaints.rules.RuleCompilationException}. Each method states the others it throws.
 */
package io.welt.complaints.rules;
