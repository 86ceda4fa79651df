/**
 * The facts of customer-service problems in footwear and leather goods, in plain Java.
 *
 * <p>What the host system supplies:
 * <ul>
 *   <li>{@link io.welt.complaints.model.Complaint} — one complaint, with its lifecycle;</li>
 *   <li>{@link io.welt.complaints.model.Product} and {@link io.welt.complaints.model.Batch} (with its
 *       {@link io.welt.complaints.model.MaterialLot}s and suppliers);</li>
 *   <li>{@link io.welt.complaints.model.Taxonomy} of {@link io.welt.complaints.model.DefectCategory}s —
 *       data, so rule authors add their own;</li>
 *   <li>{@link io.welt.complaints.model.RootCause}, {@link io.welt.complaints.model.CorrectiveAction} and
 *       its {@link io.welt.complaints.model.FollowUp}s.</li>
 * </ul>
 *
 * <p>What the rules derive, each a {@link io.welt.complaints.model.Conclusion} naming its rule and reason:
 * {@link io.welt.complaints.model.SeverityAssessment}, {@link io.welt.complaints.model.RepeatFinding},
 * {@link io.welt.complaints.model.Escalation}, {@link io.welt.complaints.model.DeadlineWarning},
 * {@link io.welt.complaints.model.SafetyAction} (the safety pathway of one complaint); and the
 * {@link io.welt.complaints.model.AuditEntry} trail that explains them.
 *
 * <p>Every type is immutable and checks its values when built; a failure names the field: a required
 * value that is null throws {@link java.lang.NullPointerException}, required text that is blank and a
 * value out of its range (a negative count, an end before its start) throw
 * {@link java.lang.IllegalArgumentException}.
 */
package io.welt.complaints.model;
