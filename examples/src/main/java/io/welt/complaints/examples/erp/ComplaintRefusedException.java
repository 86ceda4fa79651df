package io.welt.complaints.examples.erp;

import io.welt.complaints.rules.Rejection;

/**
 * The rules cannot assess a complaint, so the {@link ComplaintService} did not store it: an unknown
 * defect code, a batch of another SKU, a time after the service's clock. The message names the field
 * (as the CSV files name it, e.g. {@code defect}) and says what is wrong, for the clerk to correct.
 */
public final class ComplaintRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    ComplaintRefusedException(Rejection rejection) {
        super("complaint " + rejection.id() + " refused: " + rejection.field() + ": " + rejection.message());
        this.rejection = rejection;
    }

    /** The complaint's id. */
    public String complaintId() {
        return rejection.id();
    }

    /** The field at fault, e.g. "defect". */
    public String field() {
        return rejection.field();
    }

    /** The rules' rejection. */
    public Rejection rejection() {
        return rejection;
    }
}
