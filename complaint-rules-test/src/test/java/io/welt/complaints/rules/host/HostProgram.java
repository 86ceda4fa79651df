package io.welt.complaints.rules.host;

import io.welt.complaints.model.Complaint;
import io.welt.complaints.rules.Assessment;
import io.welt.complaints.rules.ComplaintMonitor;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.LogGenerator;
import io.welt.complaints.test.SampleLog;

import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * A host as an integrator writes one: loads the standard rules, assesses the bundled sample and a
 * generated log, and keeps a monitor that takes complaints one by one as the clock moves. Run in a
 * JVM of its own by {@link QuietHostTest}, with whatever logging the host configured.
 */
public final class HostProgram {

    private HostProgram() {
    }

    public static void main(String[] args) {
        LoggerFactory.getLogger(HostProgram.class).info("host starting");
        ComplaintRules rules = ComplaintRules.standard();
        GeneratedLog sample = SampleLog.generate();
        Assessment assessment = rules.assess(sample.toComplaintLog(), sample.asOf());
        GeneratedLog generated = LogGenerator.withSeed(17).complaints(400).generate();
        Assessment other = rules.assess(generated.toComplaintLog(), generated.asOf());

        List<Complaint> all = generated.complaints();
        int split = all.size() * 3 / 4;
        int changes = 0;
        try (ComplaintMonitor monitor = rules.monitor(generated.withComplaints(all.subList(0, split)).toComplaintLog(),
                generated.asOf())) {
            for (int i = split; i < all.size(); i++) { // the clock moves an hour with each, across days
                changes += monitor.submit(all.get(i), generated.asOf().plus(Duration.ofHours(i - split))).added().size();
            }
        }
        // One line a parent can check: the host did its work (the logging it saw is the point).
        System.out.println("host done: " + assessment.findings().size() + " sample findings, "
                + other.findings().size() + " generated findings, " + changes + " monitor conclusions");
    }
}
