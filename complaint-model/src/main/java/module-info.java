/**
 * The domain model of complaints about footwear and leather goods: complaints, products, batches,
 * corrective actions, root causes, the defect taxonomy, and every conclusion the rules derive.
 * Plain Java, no dependencies.
 */
module io.welt.complaints.model {
    exports io.welt.complaints.model;
}
