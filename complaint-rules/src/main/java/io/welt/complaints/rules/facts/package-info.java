/**
 * Every fact a rule may match besides the model ({@code io.welt.complaints.model}) and the
 * {@link io.welt.complaints.rules.policy.Policy}: this package is that list. A rule author reads here
 * what each fact means and when it exists; a host never makes one.
 *
 * <p>Inserted by the library before the rules fire, or when the clock or the log changes:
 * <ul>
 *   <li>{@link io.welt.complaints.rules.facts.AssessmentClock} - now;
 *       {@link io.welt.complaints.rules.facts.AssessmentDay} - today, for rules that look back whole days;
 *       {@link io.welt.complaints.rules.facts.AssessmentHour} - now to the hour, to compare instants cheaply;
 *       {@link io.welt.complaints.rules.facts.QuietCutoff} - the instant before which a finding or problem
 *       whose last complaint came has gone quiet;</li>
 *   <li>{@link io.welt.complaints.rules.facts.ComplaintSeries} - one per scope key and defect, with window
 *       methods that give {@link io.welt.complaints.rules.facts.ComplaintCluster}s;
 *       {@link io.welt.complaints.rules.facts.OrderComplaints} - one customer's complaints about one order;</li>
 *   <li>{@link io.welt.complaints.rules.facts.FindingGroup} - the findings that are views of one problem,
 *       linked once the repeat rules have fired;</li>
 *   <li>{@link io.welt.complaints.rules.facts.Catalogue} - master-data lookups (product, batch, complaint,
 *       price, unit cost, remedy cost, a complaint's series as
 *       {@link io.welt.complaints.rules.facts.CriticalInSeries});
 *       {@link io.welt.complaints.rules.facts.ActionChecks} - what the rules ask of a corrective action
 *       (scope, revised units, recurrence, root-cause evidence, call-backs);
 *       {@link io.welt.complaints.rules.facts.OptionCosting} - the figures of management's options for a
 *       problem, against doing nothing.</li>
 * </ul>
 *
 * <p>Derived by the standard rules, for other rules to read:
 * <ul>
 *   <li>{@link io.welt.complaints.rules.facts.OpenComplaint} - an unresolved complaint with its severity;</li>
 *   <li>{@link io.welt.complaints.rules.facts.ServiceDue} - an open complaint's service-level deadlines;
 *       {@link io.welt.complaints.rules.facts.ClimbDue} - when it climbs one more level;</li>
 *   <li>{@link io.welt.complaints.rules.facts.OrderRepeat} - a second complaint about one order;
 *       {@link io.welt.complaints.rules.facts.FailedFix} - the same item back after a repair or replacement;</li>
 *   <li>{@link io.welt.complaints.rules.facts.SafetyComplaint} - a complaint of a safety kind;
 *       {@link io.welt.complaints.rules.facts.SafetyKey} - a batch or line holding one.</li>
 * </ul>
 */
package io.welt.complaints.rules.facts;
