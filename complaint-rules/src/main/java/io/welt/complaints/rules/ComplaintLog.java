package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.CorrectiveAction;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.RootCause;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The facts to assess: complaints with the products and batches they refer to, each with where it
 * came from, plus records a reader already rejected. Immutable once built.
 *
 * <pre>{@code
 * ComplaintLog log = ComplaintLog.builder()
 *         .products(products)
 *         .batches(batches)
 *         .complaints(complaints)
 *         .build();
 * }</pre>
 *
 * <p>Records added without an origin are numbered by their position: the third complaint added is
 * {@code complaints:3} in a rejection.
 *
 * <p>Every method of the log and its builder throws {@link NullPointerException} for a null argument
 * (a null element of a collection too), naming it; nothing else is checked until the log is assessed,
 * where a bad record is rejected, not thrown.
 */
public final class ComplaintLog {

    /** A record with its origin. */
    public record Entry<T>(T value, RecordOrigin origin) {
        public Entry {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(origin, "origin");
        }
    }

    private final List<Entry<Complaint>> complaints;
    private final List<Entry<Product>> products;
    private final List<Entry<Batch>> batches;
    private final List<Entry<CorrectiveAction>> actions;
    private final List<RootCause> rootCauses;
    private final List<Rejection> rejected;
    private final List<Entry<Acknowledgement>> acknowledgements;
    private final List<Entry<Decision>> decisions;
    private final List<Entry<Contact>> contacts;
    private final List<Entry<EvidenceItem>> evidence;

    private ComplaintLog(Builder b) {
        this.complaints = List.copyOf(b.complaints);
        this.products = List.copyOf(b.products);
        this.batches = List.copyOf(b.batches);
        this.actions = List.copyOf(b.actions);
        this.rootCauses = List.copyOf(b.rootCauses);
        this.rejected = List.copyOf(b.rejected);
        this.acknowledgements = List.copyOf(b.acknowledgements);
        this.decisions = List.copyOf(b.decisions);
        this.contacts = List.copyOf(b.contacts);
        this.evidence = List.copyOf(b.evidence);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A log of just these complaints. */
    public static ComplaintLog of(Collection<Complaint> complaints) {
        return builder().complaints(complaints).build();
    }

    public List<Entry<Complaint>> complaints() {
        return complaints;
    }

    public List<Entry<Product>> products() {
        return products;
    }

    public List<Entry<Batch>> batches() {
        return batches;
    }

    /** Corrective actions to verify, with their follow-ups. */
    public List<Entry<CorrectiveAction>> actions() {
        return actions;
    }

    /** Root causes the quality team has stated. */
    public List<RootCause> rootCauses() {
        return rootCauses;
    }

    /** Records a reader rejected before the log was built (unparseable values, missing fields). */
    public List<Rejection> rejected() {
        return rejected;
    }

    /** People taking hold of escalations, and closing them. */
    public List<Entry<Acknowledgement>> acknowledgements() {
        return acknowledgements;
    }

    /** People's decisions on problems and findings. */
    public List<Entry<Decision>> decisions() {
        return decisions;
    }

    /** The contact log: call-backs, e-mails, letters and visits to the customers of complaints. */
    public List<Entry<Contact>> contacts() {
        return contacts;
    }

    /** References to evidence: photos, lab reports, supplier responses, witness statements. */
    public List<Entry<EvidenceItem>> evidence() {
        return evidence;
    }

    /** Collects a log; each method returns this builder. */
    public static final class Builder {
        private final List<Entry<Complaint>> complaints = new ArrayList<>();
        private final List<Entry<Product>> products = new ArrayList<>();
        private final List<Entry<Batch>> batches = new ArrayList<>();
        private final List<Entry<CorrectiveAction>> actions = new ArrayList<>();
        private final List<RootCause> rootCauses = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<Entry<Acknowledgement>> acknowledgements = new ArrayList<>();
        private final List<Entry<Decision>> decisions = new ArrayList<>();
        private final List<Entry<Contact>> contacts = new ArrayList<>();
        private final List<Entry<EvidenceItem>> evidence = new ArrayList<>();

        private Builder() {
        }

        public Builder complaint(Complaint complaint) {
            return complaint(complaint, new RecordOrigin("complaints", complaints.size() + 1L));
        }

        public Builder complaint(Complaint complaint, RecordOrigin origin) {
            complaints.add(new Entry<>(complaint, origin));
            return this;
        }

        public Builder complaints(Collection<Complaint> all) {
            all.forEach(this::complaint);
            return this;
        }

        public Builder product(Product product) {
            return product(product, new RecordOrigin("products", products.size() + 1L));
        }

        public Builder product(Product product, RecordOrigin origin) {
            products.add(new Entry<>(product, origin));
            return this;
        }

        public Builder products(Collection<Product> all) {
            all.forEach(this::product);
            return this;
        }

        public Builder batch(Batch batch) {
            return batch(batch, new RecordOrigin("batches", batches.size() + 1L));
        }

        public Builder batch(Batch batch, RecordOrigin origin) {
            batches.add(new Entry<>(batch, origin));
            return this;
        }

        public Builder batches(Collection<Batch> all) {
            all.forEach(this::batch);
            return this;
        }

        public Builder action(CorrectiveAction action) {
            return action(action, new RecordOrigin("actions", actions.size() + 1L));
        }

        public Builder action(CorrectiveAction action, RecordOrigin origin) {
            actions.add(new Entry<>(action, origin));
            return this;
        }

        public Builder actions(Collection<CorrectiveAction> all) {
            all.forEach(this::action);
            return this;
        }

        public Builder rootCause(RootCause rootCause) {
            rootCauses.add(Objects.requireNonNull(rootCause, "rootCause"));
            return this;
        }

        /** Records a record that a reader could not turn into a fact; it is reported with the assessment. */
        public Builder rejected(Rejection rejection) {
            rejected.add(Objects.requireNonNull(rejection, "rejection"));
            return this;
        }

        /** A person taking hold of an escalation (and perhaps closing it). */
        public Builder acknowledgement(Acknowledgement acknowledgement) {
            return acknowledgement(acknowledgement, new RecordOrigin("acknowledgements", acknowledgements.size() + 1L));
        }

        public Builder acknowledgement(Acknowledgement acknowledgement, RecordOrigin origin) {
            acknowledgements.add(new Entry<>(acknowledgement, origin));
            return this;
        }

        /** A person's decision on a problem or finding. */
        public Builder decision(Decision decision) {
            return decision(decision, new RecordOrigin("decisions", decisions.size() + 1L));
        }

        public Builder decision(Decision decision, RecordOrigin origin) {
            decisions.add(new Entry<>(decision, origin));
            return this;
        }

        /** A contact with a complaint's customer. */
        public Builder contact(Contact contact) {
            return contact(contact, new RecordOrigin("contacts", contacts.size() + 1L));
        }

        public Builder contact(Contact contact, RecordOrigin origin) {
            contacts.add(new Entry<>(contact, origin));
            return this;
        }

        /** A reference to a piece of evidence. */
        public Builder evidence(EvidenceItem item) {
            return evidence(item, new RecordOrigin("evidence", evidence.size() + 1L));
        }

        public Builder evidence(EvidenceItem item, RecordOrigin origin) {
            evidence.add(new Entry<>(item, origin));
            return this;
        }

        public ComplaintLog build() {
            return new ComplaintLog(this);
        }
    }
}
