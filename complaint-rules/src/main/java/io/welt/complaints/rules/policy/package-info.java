/**
 * Policy data: every number, period, table and route the standard rules use, as values a company
 * replaces with its own. {@link io.welt.complaints.rules.policy.Policy} holds them all and is the one
 * policy fact a rule matches; its parts:
 * <ul>
 *   <li>{@link io.welt.complaints.rules.policy.BusinessCalendar} - the hours service-level clocks run in;</li>
 *   <li>{@link io.welt.complaints.rules.policy.ConsumerRights} - the shape of the law on remedies;</li>
 *   <li>{@link io.welt.complaints.rules.policy.SafetyRegime} - the law on notifying a dangerous product;</li>
 *   <li>{@link io.welt.complaints.rules.policy.EscalationChain} - who a complaint climbs to, by function;</li>
 *   <li>{@link io.welt.complaints.rules.policy.RemedyCosts} - what each remedy costs the business;</li>
 *   <li>{@link io.welt.complaints.rules.policy.SystemicCosts} - what each option put to management costs
 *       and prevents, and the assumptions of a forecast;</li>
 *   <li>{@link io.welt.complaints.rules.policy.SamplingPlan} - ISO 2859-1 sample sizes for a revised lot.</li>
 * </ul>
 * All immutable and thread-safe. {@link io.welt.complaints.rules.policy.PolicyFile} writes a policy as
 * commented YAML and reads one back; {@link io.welt.complaints.rules.policy.PolicyFileException} names the
 * file, line, key and reason of a file that cannot be used.
 */
package io.welt.complaints.rules.policy;
