/**
 * Reports of an {@link io.welt.complaints.rules.Assessment} for programs:
 * {@link io.welt.complaints.rules.report.JsonAssessmentWriter} writes the documented JSON (its keys in
 * {@code docs/json.md}, its schema in {@code docs/assessment.schema.json}), the same document
 * {@code ./complaints assess --format json} prints.
 */
package io.welt.complaints.rules.report;
