/**
 * The library's own machinery, not an API: not exported by the module, and free to change in any
 * release. The facade ({@link io.welt.complaints.rules}) uses it; nothing here uses the facade.
 *
 * <ul>
 *   <li>{@link io.welt.complaints.rules.internal.StandardRules} - the standard rule files and their texts;
 *       {@link io.welt.complaints.rules.internal.RuleSource} - one rule file to compile;</li>
 *   <li>{@link io.welt.complaints.rules.internal.RuleBase} - the compiled rules, and one session's run;
 *       {@link io.welt.complaints.rules.internal.LiveSession} - a session kept open (the monitor's);
 *       {@link io.welt.complaints.rules.internal.SessionGuard} and
 *       {@link io.welt.complaints.rules.internal.JoinSizes} - the limits that stop a runaway rule;
 *       {@link io.welt.complaints.rules.internal.DroolsTracing} - the one place Drools internals are touched;</li>
 *   <li>{@link io.welt.complaints.rules.internal.LogValidator} and
 *       {@link io.welt.complaints.rules.internal.ValidatedLog} - a log checked record by record;
 *       {@link io.welt.complaints.rules.internal.SessionFacts} - a validated log turned into a session's facts
 *       and its firing limit;</li>
 *   <li>{@link io.welt.complaints.rules.internal.SeriesIndex} and
 *       {@link io.welt.complaints.rules.internal.ReceiptOrder} - complaints grouped into series and orders;
 *       {@link io.welt.complaints.rules.internal.ProblemLinks} - findings linked into problems.</li>
 * </ul>
 */
package io.welt.complaints.rules.internal;
