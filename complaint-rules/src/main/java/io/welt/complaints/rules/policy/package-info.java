/**
 * The policy as a file: {@link io.welt.complaints.rules.policy.PolicyFile} writes a
 * {@link io.welt.complaints.rules.Policy} as commented YAML and reads one back;
 * {@link io.welt.complaints.rules.policy.PolicyFileException} names the file, line, key and reason of a
 * file that cannot be used.
 */
package io.welt.complaints.rules.policy;
