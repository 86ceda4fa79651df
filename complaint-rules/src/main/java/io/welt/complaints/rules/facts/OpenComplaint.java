package io.welt.complaints.rules.facts;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Severity;

import java.util.Objects;

/**
 * An unresolved complaint with the severity in force (its highest claim): the fact the escalation
 * and warning rules start from. Derived once per open complaint, so those rules neither look at
 * resolved complaints nor join every severity claim again.
 *
 * @param complaint the open complaint
 * @param severity  its severity
 */
public record OpenComplaint(Complaint complaint, Severity severity) {

    /**
     * Checks the values.
     *
     * @param complaint the open complaint
     * @param severity its severity
     * @throws NullPointerException when a required value is null; the message names it
     */
    public OpenComplaint {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * The complaint's id.
     *
     * @return the id
     */
    public String id() {
        return complaint.id();
    }

    /**
     * The complaint's defect code: which chain it climbs follows its category.
     *
     * @return the defect code
     */
    public String defect() {
        return complaint.defect();
    }
}
