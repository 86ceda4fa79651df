package io.welt.complaints.test;

import io.welt.complaints.model.ActionSuperseded;
import io.welt.complaints.model.ActionVerification;
import io.welt.complaints.model.Conclusion;
import io.welt.complaints.model.CustomerRecovery;
import io.welt.complaints.model.DeadlineWarning;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.Problem;
import io.welt.complaints.model.Recurrence;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.ResolutionOption;
import io.welt.complaints.model.RootCauseReopened;
import io.welt.complaints.model.SafetyAction;
import io.welt.complaints.model.SeverityAssessment;
import io.welt.complaints.model.SystemicOption;
import io.welt.complaints.rules.Assessment;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The complaints a conclusion was derived from, read from the conclusion and the assessment it is
 * part of. The one place the kit tells conclusion types apart; see {@link FiredRuleAssertion}.
 */
final class Derivations {

    private Derivations() {
    }

    /** The ids of the complaints this conclusion rests on, sorted; empty when it names none. */
    static Set<String> complaintIds(Conclusion conclusion, Assessment assessment) {
        return new TreeSet<>(of(conclusion, assessment));
    }

    /** A conclusion as a failure message shows it: its type, subject and what it rests on. */
    static String describe(Conclusion conclusion, Assessment assessment) {
        return conclusion.getClass().getSimpleName() + " from " + complaintIds(conclusion, assessment)
                + " (\"" + conclusion.reason() + "\")";
    }

    private static Collection<String> of(Conclusion conclusion, Assessment assessment) {
        if (conclusion instanceof SeverityAssessment severity) {
            return List.of(severity.complaintId());
        } else if (conclusion instanceof RepeatFinding finding) {
            return finding.complaintIds();
        } else if (conclusion instanceof Problem problem) {
            return problem.complaintIds();
        } else if (conclusion instanceof Escalation escalation) {
            return switch (escalation.targetType()) {
                case COMPLAINT -> List.of(escalation.target());
                case FINDING -> ofSubject(escalation.target(), assessment);
                case PROBLEM -> ofSubject(escalation.target(), assessment);
                case ACTION -> ofAction(escalation.target(), assessment);
            };
        } else if (conclusion instanceof DeadlineWarning warning) {
            return List.of(warning.complaintId());
        } else if (conclusion instanceof ResolutionOption option) {
            return List.of(option.complaintId());
        } else if (conclusion instanceof SafetyAction action) {
            return List.of(action.complaintId());
        } else if (conclusion instanceof Recurrence recurrence) {
            return List.of(recurrence.complaintId());
        } else if (conclusion instanceof SystemicOption option) {
            return ofSubject(option.subject(), assessment);
        } else if (conclusion instanceof ActionVerification verification) {
            return verification.recurrences();
        } else if (conclusion instanceof RootCauseReopened reopened) {
            return ofAction(reopened.actionId(), assessment);
        } else if (conclusion instanceof ActionSuperseded superseded) {
            return ofAction(superseded.actionId(), assessment);
        } else if (conclusion instanceof CustomerRecovery recovery) {
            return ofAction(recovery.actionId(), assessment);
        }
        return ofRecord(conclusion);
    }

    /** A finding's or a problem's complaints. */
    private static Collection<String> ofSubject(String id, Assessment assessment) {
        return assessment.finding(id).map(RepeatFinding::complaintIds)
                .or(() -> assessment.problem(id).map(Problem::complaintIds))
                .orElse(List.of());
    }

    /** The complaints that recurred after a corrective action. */
    private static Collection<String> ofAction(String actionId, Assessment assessment) {
        return assessment.recurrences().stream().filter(r -> r.actionId().equals(actionId))
                .map(Recurrence::complaintId).toList();
    }

    /** A rule author's own conclusion: its complaintId or complaintIds component, if a record. */
    private static Collection<String> ofRecord(Conclusion conclusion) {
        Set<String> ids = new TreeSet<>();
        RecordComponent[] components = conclusion.getClass().getRecordComponents();
        if (components == null) {
            return ids;
        }
        for (RecordComponent component : components) {
            Object value = read(component, conclusion);
            if (component.getName().equals("complaintId") && value instanceof String id) {
                ids.add(id);
            } else if (component.getName().equals("complaintIds") && value instanceof Collection<?> many) {
                many.forEach(id -> ids.add(String.valueOf(id)));
            }
        }
        return ids;
    }

    private static Object read(RecordComponent component, Conclusion conclusion) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(conclusion);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
