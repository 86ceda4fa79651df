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

    /**
     * A record with its origin.
     *
     * @param value the record: a complaint, a product, a batch, an action
     * @param origin where it came from (file and line, or its position when added without one), named when it
     *   is rejected
     * @param <T> the record's type
     */
    public record Entry<T>(T value, RecordOrigin origin) {
        /**
         * Checks the values.
         *
         * @param value the record
         * @param origin its origin
         * @throws NullPointerException when an argument is null
         */
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

    /**
     * Starts an empty log.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A log of just these complaints.
     *
     * @param complaints the complaints
     * @return the log
     * @throws NullPointerException when an argument (or an element of it) is null
     */
    public static ComplaintLog of(Collection<Complaint> complaints) {
        return builder().complaints(complaints).build();
    }

    /**
     * The complaints to assess, in the order added.
     *
     * @return the complaints with their origins, unmodifiable
     */
    public List<Entry<Complaint>> complaints() {
        return complaints;
    }

    /**
     * The products: they give each SKU its product line, category, material, cost and last.
     *
     * @return the products with their origins, unmodifiable
     */
    public List<Entry<Product>> products() {
        return products;
    }

    /**
     * The production batches: their material lots and suppliers, quantities, sales and stock.
     *
     * @return the batches with their origins, unmodifiable
     */
    public List<Entry<Batch>> batches() {
        return batches;
    }

    /**
     * Corrective actions to verify, with their follow-ups.
     *
     * @return the actions with their origins, unmodifiable
     */
    public List<Entry<CorrectiveAction>> actions() {
        return actions;
    }

    /**
     * Root causes the quality team has stated.
     *
     * @return the root causes, unmodifiable
     */
    public List<RootCause> rootCauses() {
        return rootCauses;
    }

    /**
     * Records a reader rejected before the log was built (unparseable values, missing fields).
     *
     * @return the rejections, unmodifiable
     */
    public List<Rejection> rejected() {
        return rejected;
    }

    /**
     * People taking hold of escalations, and closing them.
     *
     * @return the acknowledgements with their origins, unmodifiable
     */
    public List<Entry<Acknowledgement>> acknowledgements() {
        return acknowledgements;
    }

    /**
     * People's decisions on problems and findings.
     *
     * @return the decisions with their origins, unmodifiable
     */
    public List<Entry<Decision>> decisions() {
        return decisions;
    }

    /**
     * The contact log: call-backs, e-mails, letters and visits to the customers of complaints.
     *
     * @return the contacts with their origins, unmodifiable
     */
    public List<Entry<Contact>> contacts() {
        return contacts;
    }

    /**
     * References to evidence: photos, lab reports, supplier responses, witness statements.
     *
     * @return the evidence with its origins, unmodifiable
     */
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

        /**
         * Adds a complaint, numbered by its position.
         *
         * @param complaint the complaint
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder complaint(Complaint complaint) {
            return complaint(complaint, new RecordOrigin("complaints", complaints.size() + 1L));
        }

        /**
         * Adds a complaint with where it came from.
         *
         * @param complaint the complaint
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder complaint(Complaint complaint, RecordOrigin origin) {
            complaints.add(new Entry<>(complaint, origin));
            return this;
        }

        /**
         * Adds complaints, each numbered by its position.
         *
         * @param all the complaints
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder complaints(Collection<Complaint> all) {
            all.forEach(this::complaint);
            return this;
        }

        /**
         * Adds a product, numbered by its position.
         *
         * @param product the product
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder product(Product product) {
            return product(product, new RecordOrigin("products", products.size() + 1L));
        }

        /**
         * Adds a product with where it came from.
         *
         * @param product the product
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder product(Product product, RecordOrigin origin) {
            products.add(new Entry<>(product, origin));
            return this;
        }

        /**
         * Adds products, each numbered by its position.
         *
         * @param all the products
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder products(Collection<Product> all) {
            all.forEach(this::product);
            return this;
        }

        /**
         * Adds a batch, numbered by its position.
         *
         * @param batch the batch
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder batch(Batch batch) {
            return batch(batch, new RecordOrigin("batches", batches.size() + 1L));
        }

        /**
         * Adds a batch with where it came from.
         *
         * @param batch the batch
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder batch(Batch batch, RecordOrigin origin) {
            batches.add(new Entry<>(batch, origin));
            return this;
        }

        /**
         * Adds batches, each numbered by its position.
         *
         * @param all the batches
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder batches(Collection<Batch> all) {
            all.forEach(this::batch);
            return this;
        }

        /**
         * Adds a corrective action to verify, numbered by its position.
         *
         * @param action the action, with its follow-ups
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder action(CorrectiveAction action) {
            return action(action, new RecordOrigin("actions", actions.size() + 1L));
        }

        /**
         * Adds a corrective action with where it came from.
         *
         * @param action the action
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder action(CorrectiveAction action, RecordOrigin origin) {
            actions.add(new Entry<>(action, origin));
            return this;
        }

        /**
         * Adds corrective actions, each numbered by its position.
         *
         * @param all the actions
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder actions(Collection<CorrectiveAction> all) {
            all.forEach(this::action);
            return this;
        }

        /**
         * Adds a root cause the quality team has stated.
         *
         * @param rootCause the root cause
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder rootCause(RootCause rootCause) {
            rootCauses.add(Objects.requireNonNull(rootCause, "rootCause"));
            return this;
        }

        /**
         * Records a record that a reader could not turn into a fact; it is reported with the assessment.
         *
         * @param rejection the rejection
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder rejected(Rejection rejection) {
            rejected.add(Objects.requireNonNull(rejection, "rejection"));
            return this;
        }

        /**
         * A person taking hold of an escalation (and perhaps closing it).
         *
         * @param acknowledgement the acknowledgement
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder acknowledgement(Acknowledgement acknowledgement) {
            return acknowledgement(acknowledgement, new RecordOrigin("acknowledgements", acknowledgements.size() + 1L));
        }

        /**
         * Adds a person taking hold of an escalation, with where the record came from.
         *
         * @param acknowledgement the acknowledgement
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder acknowledgement(Acknowledgement acknowledgement, RecordOrigin origin) {
            acknowledgements.add(new Entry<>(acknowledgement, origin));
            return this;
        }

        /**
         * A person's decision on a problem or finding.
         *
         * @param decision the decision
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder decision(Decision decision) {
            return decision(decision, new RecordOrigin("decisions", decisions.size() + 1L));
        }

        /**
         * Adds a decision with where the record came from.
         *
         * @param decision the decision
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder decision(Decision decision, RecordOrigin origin) {
            decisions.add(new Entry<>(decision, origin));
            return this;
        }

        /**
         * A contact with a complaint's customer.
         *
         * @param contact the contact
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder contact(Contact contact) {
            return contact(contact, new RecordOrigin("contacts", contacts.size() + 1L));
        }

        /**
         * Adds a contact with where the record came from.
         *
         * @param contact the contact
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder contact(Contact contact, RecordOrigin origin) {
            contacts.add(new Entry<>(contact, origin));
            return this;
        }

        /**
         * A reference to a piece of evidence.
         *
         * @param item the evidence
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder evidence(EvidenceItem item) {
            return evidence(item, new RecordOrigin("evidence", evidence.size() + 1L));
        }

        /**
         * Adds a reference to evidence with where the record came from.
         *
         * @param item the evidence
         * @param origin its file and line
         * @return this builder
         * @throws NullPointerException when an argument (or an element of it) is null
         */
        public Builder evidence(EvidenceItem item, RecordOrigin origin) {
            evidence.add(new Entry<>(item, origin));
            return this;
        }

        /**
         * The log, as collected; nothing is checked until it is assessed.
         *
         * @return the log
         */
        public ComplaintLog build() {
            return new ComplaintLog(this);
        }
    }
}
