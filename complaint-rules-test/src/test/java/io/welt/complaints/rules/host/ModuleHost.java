package io.welt.complaints.rules.host;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;

import java.time.Instant;

/**
 * A host on the class path whose library is on the module path ({@code --add-modules
 * io.welt.complaints.rules}): four stitching complaints on one line, assessed by the standard rules.
 * Run by {@link ModulePathTest}.
 */
public final class ModuleHost {

    private ModuleHost() {
    }

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        ComplaintLog.Builder log = ComplaintLog.builder();
        for (int i = 1; i <= 4; i++) {
            log.complaint(Complaint.builder("C-" + i, now.minusSeconds(86_400L * i), "CUST-" + i, "CHB-42", "STITCHING")
                    .productLine("Chelsea boot").build());
        }
        Assessment assessment = ComplaintRules.standard().assess(log.build(), now);
        System.out.println("module " + ComplaintRules.class.getModule().getName() + ": "
                + assessment.problems().size() + " problem, " + assessment.findings().size() + " finding");
    }
}
