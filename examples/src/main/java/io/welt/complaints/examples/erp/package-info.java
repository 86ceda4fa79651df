/**
 * The rules embedded in an ERP-like service: complaints in an in-process SQL database (H2, over plain
 * JDBC), the rules kept warm and called for every change, escalations delivered to a listener the host
 * implements, and a nightly full assessment that checks the warm engine. Start at
 * {@link io.welt.complaints.examples.erp.ComplaintService}; {@link io.welt.complaints.examples.erp.ErpDemo}
 * runs it on the bundled sample.
 */
package io.welt.complaints.examples.erp;
