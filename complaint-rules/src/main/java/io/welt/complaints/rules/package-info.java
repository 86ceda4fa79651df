/**
 * The rules and their facade.
 *
 * <ul>
 *   <li>{@link io.welt.complaints.rules.ComplaintRules} — build once, share, {@code assess(log, asOf)};</li>
 *   <li>{@link io.welt.complaints.rules.ComplaintLog} — the complaints, products and batches to assess;</li>
 *   <li>{@link io.welt.complaints.rules.Assessment} — severities, findings, escalations, warnings,
 *       rejections and the audit trail;</li>
 *   <li>{@link io.welt.complaints.rules.Policy} and {@link io.welt.complaints.rules.BusinessCalendar} —
 *       every number the rules use; {@link io.welt.complaints.rules.ConsumerRights} (the law on remedies),
 *       {@link io.welt.complaints.rules.SafetyRegime} (the law on notifying a dangerous product) and
 *       {@link io.welt.complaints.rules.EscalationChain} (who a complaint climbs to, by function);</li>
 *   <li>{@link io.welt.complaints.rules.RuleNames} — the standard rules' names.</li>
 * </ul>
 *
 * <p>Facts a rule can match besides the model: {@link io.welt.complaints.rules.Policy},
 * {@link io.welt.complaints.rules.AssessmentClock} (now),
 * {@link io.welt.complaints.rules.ServiceDue} (an open complaint's service-level deadlines),
 * {@link io.welt.complaints.rules.AssessmentDay} (today, for rules that look back whole days),
 * {@link io.welt.complaints.rules.AssessmentHour} (the clock to the hour, to compare instants cheaply),
 * {@link io.welt.complaints.rules.ComplaintSeries} (one per scope key, with window methods that give
 * {@link io.welt.complaints.rules.ComplaintCluster}s), {@link io.welt.complaints.rules.SafetyComplaint}
 * (a complaint of a safety kind) and {@link io.welt.complaints.rules.FailedFix} (the same item back with
 * the same or a related fault after a repair or replacement).
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
