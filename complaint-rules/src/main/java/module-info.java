/**
 * The rules over the complaint model, and their facade. Exported: the facade a host calls
 * ({@code io.welt.complaints.rules}), the facts a rule may match ({@code .facts}), the policy data
 * ({@code .policy}) and the JSON writer ({@code .report}). {@code .internal} is not exported.
 * Drools' jars are automatic modules (they name themselves in their manifests).
 */
module io.welt.complaints.rules {
    requires transitive io.welt.complaints.model;
    requires transitive org.kie.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.kiesession;
    requires org.drools.mvel;
    requires org.slf4j;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.core;

    exports io.welt.complaints.rules;
    exports io.welt.complaints.rules.facts;
    exports io.welt.complaints.rules.policy;
    exports io.welt.complaints.rules.report;
}
