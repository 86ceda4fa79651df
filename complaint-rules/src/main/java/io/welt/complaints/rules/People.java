package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.EvidenceItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What people did, as the host recorded it: acknowledgements and closings of escalations, decisions
 * on problems, contacts with customers, evidence filed. Checked against the log and the clock (a
 * record dated after the clock, or a contact about an unknown complaint, is rejected); each list in a
 * stable order (by time, then subject).
 */
record People(List<Acknowledgement> acknowledgements, List<Decision> decisions, List<Contact> contacts,
              List<EvidenceItem> evidence, List<Rejection> rejected) {

    static final People NONE = new People(List.of(), List.of(), List.of(), List.of(), List.of());

    People {
        acknowledgements = List.copyOf(acknowledgements);
        decisions = List.copyOf(decisions);
        contacts = List.copyOf(contacts);
        evidence = List.copyOf(evidence);
        rejected = List.copyOf(rejected);
    }

    /** These records and one more acknowledgement, in time order. */
    People with(Acknowledgement acknowledgement) {
        List<Acknowledgement> all = new ArrayList<>(acknowledgements);
        all.add(acknowledgement);
        all.sort(BY_TIME);
        return new People(all, decisions, contacts, evidence, rejected);
    }

    private static final Comparator<Acknowledgement> BY_TIME = Comparator.comparing(Acknowledgement::acknowledgedAt)
            .thenComparing(Acknowledgement::target).thenComparing(Acknowledgement::level).thenComparing(Acknowledgement::by);

    /** Whether a person closed this escalation by {@code asOf}: it is then no longer in force. */
    boolean closes(io.welt.complaints.model.Escalation escalation, Instant asOf) {
        return closing(escalation, asOf) != null;
    }

    /**
     * The acknowledgement that closed this escalation by {@code asOf}, or null: one of its target, at
     * its level or above, closed at or after it was raised (a cause that arises after the closing is
     * escalated anew).
     */
    io.welt.complaints.model.Acknowledgement closing(io.welt.complaints.model.Escalation escalation, Instant asOf) {
        io.welt.complaints.model.Acknowledgement found = null;
        for (io.welt.complaints.model.Acknowledgement a : acknowledgements) {
            if (sameTarget(a, escalation) && a.isClosedBy(asOf) && !a.closedAt().isBefore(escalation.raisedAt())) {
                found = a;
            }
        }
        return found;
    }

    /** The latest open acknowledgement of this escalation's target at its level or above, or null. */
    io.welt.complaints.model.Acknowledgement holding(io.welt.complaints.model.Escalation escalation, Instant asOf) {
        io.welt.complaints.model.Acknowledgement found = null;
        for (io.welt.complaints.model.Acknowledgement a : acknowledgements) {
            if (sameTarget(a, escalation) && !a.isClosedBy(asOf)) {
                found = a;
            }
        }
        return found;
    }

    private static boolean sameTarget(io.welt.complaints.model.Acknowledgement a,
                                      io.welt.complaints.model.Escalation escalation) {
        return a.targetType() == escalation.targetType() && a.target().equals(escalation.target())
                && a.level().compareTo(escalation.level()) >= 0;
    }

    /** The people records of a log that can stand, and why the others cannot. */
    static People validate(ComplaintLog log, Set<String> complaintIds, Instant asOf) {
        List<Rejection> rejected = new ArrayList<>();
        List<Acknowledgement> acknowledgements = new ArrayList<>();
        for (ComplaintLog.Entry<Acknowledgement> entry : log.acknowledgements()) {
            Acknowledgement a = entry.value();
            if (a.acknowledgedAt().isAfter(asOf)) {
                rejected.add(Rejection.of(entry.origin(), a.target(), "acknowledged_at",
                        "acknowledged at " + a.acknowledgedAt() + ", after the assessment's clock " + asOf));
            } else if (a.closedAt() != null && a.closedAt().isAfter(asOf)) {
                rejected.add(Rejection.of(entry.origin(), a.target(), "closed_at",
                        "closed at " + a.closedAt() + ", after the assessment's clock " + asOf));
            } else {
                acknowledgements.add(a);
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (ComplaintLog.Entry<Decision> entry : log.decisions()) {
            Decision d = entry.value();
            if (d.decidedAt().isAfter(asOf)) {
                rejected.add(Rejection.of(entry.origin(), d.subject(), "decided_at",
                        "decided at " + d.decidedAt() + ", after the assessment's clock " + asOf));
            } else {
                decisions.add(d);
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (ComplaintLog.Entry<Contact> entry : log.contacts()) {
            Contact c = entry.value();
            if (!complaintIds.contains(c.complaintId())) {
                rejected.add(Rejection.of(entry.origin(), c.complaintId(), "complaint_id",
                        "no complaint " + c.complaintId() + " was assessed"));
            } else if (c.at().isAfter(asOf)) {
                rejected.add(Rejection.of(entry.origin(), c.complaintId(), "at",
                        "contact at " + c.at() + ", after the assessment's clock " + asOf));
            } else {
                contacts.add(c);
            }
        }
        List<EvidenceItem> evidence = new ArrayList<>();
        for (ComplaintLog.Entry<EvidenceItem> entry : log.evidence()) {
            EvidenceItem e = entry.value();
            if (e.at() != null && e.at().isAfter(asOf)) {
                rejected.add(Rejection.of(entry.origin(), e.subject(), "at",
                        "filed at " + e.at() + ", after the assessment's clock " + asOf));
            } else {
                evidence.add(e);
            }
        }
        acknowledgements.sort(BY_TIME);
        decisions.sort(Comparator.comparing(Decision::decidedAt).thenComparing(Decision::subject)
                .thenComparing(Decision::option).thenComparing(Decision::by));
        contacts.sort(Comparator.comparing(Contact::at).thenComparing(Contact::complaintId).thenComparing(Contact::by));
        evidence.sort(Comparator.comparing((EvidenceItem e) -> e.at() == null ? Instant.MIN : e.at())
                .thenComparing(EvidenceItem::subject).thenComparing(EvidenceItem::uri));
        return new People(acknowledgements, decisions, contacts, evidence, rejected);
    }
}
