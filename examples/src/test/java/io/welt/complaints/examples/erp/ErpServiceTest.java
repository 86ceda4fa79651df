package io.welt.complaints.examples.erp;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.RepeatFinding;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.ComplaintRules;
import io.welt.complaints.rules.policy.BusinessCalendar;
import io.welt.complaints.rules.policy.Policy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErpServiceTest {

    /** A Monday morning. */
    private static final Instant T = Instant.parse("2026-02-02T09:00:00Z");
    /** Days here are plain days: the clocks run round the clock (office hours are the library's CalendarTest). */
    private static final ComplaintRules RULES = ComplaintRules.builder()
            .policy(Policy.defaults().toBuilder().calendar(BusinessCalendar.roundTheClock()).build()).build();

    private static final Product CHELSEA = Product.builder("CHB1-02", "Chelsea boot").name("Chelsea boot, brown, EU 42")
            .category(ProductCategory.FOOTWEAR).material(Material.FULL_GRAIN)
            .unitCost(Money.of("41.28", "GBP")).price(Money.of("129.00", "GBP")).build();
    private static final Product SAFETY = Product.builder("SAF1-01", "Safety boot S3").category(ProductCategory.FOOTWEAR)
            .safetyFootwear(true).build();
    private static final Product TOTE = Product.builder("TOT1-01", "Tote bag").category(ProductCategory.BAG).build();
    private static final Batch BATCH = new Batch("B-1", "CHB1-02", LocalDate.of(2026, 1, 5), 400, "Northampton line 1",
            List.of(new MaterialLot("HL-1", "Conceria del Ponte", "full-grain calf"), MaterialLot.of(null, "Northside Soles")));

    private final SettableClock clock = new SettableClock(T);
    private final RecordingListener listener = new RecordingListener();
    private ComplaintService service;

    @BeforeEach
    void start() {
        service = start("jdbc:h2:mem:");
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private ComplaintService start(String url) {
        ComplaintStore store = ComplaintStore.open(url);
        store.saveProducts(List.of(CHELSEA, SAFETY, TOTE));
        store.saveBatches(List.of(BATCH));
        store.commit();
        return ComplaintService.start(store, RULES, listener, clock);
    }

    @Test
    void threeStitchingComplaintsOnOneLineRaiseOneFindingAndItsProblemsQualityManagerEscalation() {
        // Within hours, so that no complaint misses its acknowledgement target in between.
        receive(stitching("C-1", T));
        receive(stitching("C-2", T.plus(Duration.ofHours(1))));
        assertThat(listener.findings).isEmpty();
        assertThat(listener.escalations).isEmpty();

        receive(stitching("C-3", T.plus(Duration.ofHours(2))));

        assertThat(listener.findings).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("PRODUCT_LINE/Chelsea boot/STITCHING/C-1");
            assertThat(finding.complaintIds()).containsExactly("C-1", "C-2", "C-3");
        });
        // The finding is a view of one problem, and the problem is what is escalated.
        assertThat(listener.escalations).singleElement().satisfies(heard -> {
            assertThat(heard.escalation().targetType()).isEqualTo(TargetType.PROBLEM);
            assertThat(heard.escalation().target()).isEqualTo("P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1");
            assertThat(heard.escalation().level()).isEqualTo(EscalationLevel.QUALITY_MANAGER);
            assertThat(heard.kind()).isEqualTo(EscalationListener.Kind.NEW);
            assertThat(heard.previous()).isNull();
        });
    }

    @Test
    void aFourthComplaintWithinTheWindowRestatesTheProblemsEscalationInsteadOfRaisingANewOne() {
        receive(stitching("C-1", T));
        receive(stitching("C-2", T.plusSeconds(3600)));
        receive(stitching("C-3", T.plusSeconds(7200)));
        listener.clear();

        receive(stitching("C-4", T.plusSeconds(10_800)));

        assertThat(listener.findings).isEmpty();
        assertThat(listener.changedFindings).singleElement()
                .satisfies(finding -> assertThat(finding.complaintIds()).containsExactly("C-1", "C-2", "C-3", "C-4"));
        assertThat(listener.escalations).singleElement().satisfies(heard -> {
            assertThat(heard.escalation().target()).isEqualTo("P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1");
            assertThat(heard.kind()).isEqualTo(EscalationListener.Kind.RESTATED);
            assertThat(heard.previous().raisedAt()).isEqualTo(T.plusSeconds(7200));
            assertThat(heard.escalation().raisedAt()).isEqualTo(T.plusSeconds(10_800));
        });
    }

    @Test
    void resolvingAnEscalatedComplaintWithdrawsItsEscalation() {
        receive(injury("C-9", T));
        assertThat(listener.escalations).singleElement().satisfies(heard -> {
            assertThat(heard.escalation().target()).isEqualTo("C-9");
            assertThat(heard.escalation().level()).isEqualTo(EscalationLevel.SENIOR_MANAGEMENT);
        });

        clock.set(T.plus(Duration.ofHours(3)));
        service.resolve("C-9", T.plus(Duration.ofHours(3)));

        assertThat(listener.withdrawn).singleElement().satisfies(escalation -> {
            assertThat(escalation.targetType()).isEqualTo(TargetType.COMPLAINT);
            assertThat(escalation.target()).isEqualTo("C-9");
            assertThat(escalation.level()).isEqualTo(EscalationLevel.SENIOR_MANAGEMENT);
        });
        assertThat(service.find("C-9")).get().extracting(Complaint::status).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(service.assessment().escalationOf(TargetType.COMPLAINT, "C-9")).isEmpty();
    }

    @Test
    void aTickLetsAMissedAcknowledgementThroughWithoutWaitingForTheNextComplaint() {
        receive(stitching("C-1", T));
        assertThat(listener.escalations).isEmpty();

        clock.set(T.plus(Duration.ofDays(2)));
        service.tick();

        assertThat(listener.escalations).singleElement().satisfies(heard -> {
            assertThat(heard.escalation().target()).isEqualTo("C-1");
            assertThat(heard.escalation().rule()).isEqualTo("Escalate: not acknowledged in time");
            assertThat(heard.kind()).isEqualTo(EscalationListener.Kind.NEW);
        });
    }

    @Test
    void theNightlyAssessmentAgreesWithTheWarmEngine() {
        receive(stitching("C-1", T));
        receive(stitching("C-2", T.plusSeconds(3600)));
        receive(injury("C-3", T.plusSeconds(7200)));
        receive(stitching("C-4", T.plusSeconds(10_800)));
        clock.set(T.plus(Duration.ofHours(5)));
        service.acknowledge("C-1", T.plus(Duration.ofHours(5)));
        int heardBefore = listener.escalations.size();

        NightlySummary summary = service.nightly(T.plus(Duration.ofDays(10)));

        assertThat(summary.differences()).isEmpty();
        assertThat(summary.agrees()).isTrue();
        assertThat(summary.complaints()).isEqualTo(4);
        assertThat(summary.findings()).isEqualTo(1);
        assertThat(summary.escalationCount()).isEqualTo(service.assessment().escalations().size());
        // Ten days on, the unresolved complaints have missed their targets: the clock's move reached the listener.
        assertThat(listener.escalations.size()).isGreaterThan(heardBefore);
        assertThat(listener.escalations.subList(heardBefore, listener.escalations.size()))
                .extracting(heard -> heard.kind())
                .contains(EscalationListener.Kind.NEW);
    }

    @Test
    void theNightlyCheckReportsWhatOnlyOneSideHolds() {
        List<Complaint> three = List.of(stitching("C-1", T), stitching("C-2", T.plusSeconds(60)), stitching("C-3", T.plusSeconds(120)));
        ComplaintLog full = ComplaintLog.builder().product(CHELSEA).complaints(three).build();
        ComplaintLog drifted = ComplaintLog.builder().product(CHELSEA).complaints(three.subList(0, 2)).build();
        Instant asOf = T.plusSeconds(600);

        List<String> differences = ComplaintService.differences(RULES.assess(full, asOf), RULES.assess(drifted, asOf));

        assertThat(differences)
                .contains("complaint only in the full assessment: C-3")
                .contains("finding only in the full assessment: PRODUCT_LINE/Chelsea boot/STITCHING/C-1 [C-1, C-2, C-3]")
                .contains("problem only in the full assessment: P/PRODUCT_LINE/Chelsea boot/STITCHING/C-1 [C-1, C-2, C-3]")
                .anyMatch(d -> d.startsWith("escalation only in the full assessment: PROBLEM P/PRODUCT_LINE/Chelsea boot"));
        assertThat(ComplaintService.differences(RULES.assess(full, asOf), RULES.assess(full, asOf))).isEmpty();
    }

    @Test
    void storedComplaintsSurviveARestartAndReadBackEqual(@TempDir Path directory) {
        service.close();
        String url = "jdbc:h2:file:" + directory.resolve("erp").toAbsolutePath();
        service = start(url);
        Instant received = T.plusNanos(123_456_789);
        Complaint complaint = Complaint.builder("C-'7\"", received, "CUST-0'Brien", "CHB1-02", "STITCHING")
                .channel(Channel.EMAIL)
                .orderId("SO-1")
                .productLine("Chelsea boot")
                .batchId("B-1")
                .supplier("Conceria del Ponte")
                .materialLot("HL-1")
                .description("She wrote: \"it's not 'fine'\"; 縫い目がほつれました — Шов разошёлся 👢\n"
                        + "'); DROP TABLE complaints; --  \t")
                .purchasedOn(LocalDate.of(2026, 1, 20))
                .pricePaid(Money.of("129.00", "GBP"))
                .remedySought(RemedySought.REPAIR)
                .status(ComplaintStatus.WAITING_ON_CUSTOMER)
                .acknowledgedAt(received.plusSeconds(60))
                .waitingPeriods(List.of(new WaitingPeriod(received.plusSeconds(120), received.plusSeconds(180)),
                        new WaitingPeriod(received.plusSeconds(240), null)))
                .evidence(List.of("photo-1.jpg", "pair returned 'left'"))
                .build();
        clock.set(received.plusSeconds(300));
        service.receive(complaint);
        service.close();

        service = start(url);
        assertThat(service.find(complaint.id())).contains(complaint);
        assertThat(service.assessment().complaints()).containsExactly(complaint);
        try (ComplaintStore store = ComplaintStore.open(url)) {
            ComplaintLog log = store.loadLog();
            assertThat(log.complaints()).extracting(ComplaintLog.Entry::value).containsExactly(complaint);
            assertThat(log.products()).extracting(ComplaintLog.Entry::value).containsExactlyInAnyOrder(CHELSEA, SAFETY, TOTE);
            assertThat(log.batches()).extracting(ComplaintLog.Entry::value).containsExactly(BATCH);
        }
    }

    @Test
    void aComplaintWithAnUnknownDefectCodeIsRefusedNamingTheFieldAndNothingIsStored() {
        Complaint unknownCode = Complaint.builder("C-5", T, "CUST-5", "CHB1-02", "HEEL_SQUEAK").build();

        assertThatThrownBy(() -> service.receive(unknownCode))
                .isInstanceOfSatisfying(ComplaintRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("defect");
                    assertThat(e.complaintId()).isEqualTo("C-5");
                })
                .hasMessageStartingWith("complaint C-5 refused: defect: unknown defect code 'HEEL_SQUEAK'");
        assertThat(service.find("C-5")).isEmpty();
        assertThat(listener.heardNothing()).isTrue();

        // Corrected, it goes in under the same id.
        service.receive(stitching("C-5", T));
        assertThat(service.find("C-5")).get().extracting(Complaint::defect).isEqualTo("STITCHING");
        assertThat(service.nightly(T.plusSeconds(60)).agrees()).isTrue();
    }

    @Test
    void aSecondComplaintWithAStoredIdIsRefusedAndTheFirstStands() {
        Complaint first = stitching("C-1", T);
        receive(first);

        assertThatThrownBy(() -> service.receive(injury("C-1", T)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id: complaint C-1 is already stored");
        assertThat(service.find("C-1")).contains(first);
        assertThat(service.assessment().complaints()).extracting(Complaint::defect).containsExactly("STITCHING");
    }

    private void receive(Complaint complaint) {
        clock.set(complaint.receivedAt());
        service.receive(complaint);
    }

    /** A stitching complaint on the Chelsea boot from a customer of its own, bought long ago (not an early failure). */
    private static Complaint stitching(String id, Instant at) {
        return Complaint.builder(id, at, "CUST-" + id, "CHB1-02", "STITCHING").channel(Channel.WEB).build();
    }

    private static Complaint injury(String id, Instant at) {
        return Complaint.builder(id, at, "CUST-" + id, "SAF1-01", "PROTECTIVE_FAILURE").injuryReported(true).build();
    }

    private record Heard(Escalation escalation, EscalationListener.Kind kind, Escalation previous) {
    }

    private static final class RecordingListener implements EscalationListener {
        final List<RepeatFinding> findings = new ArrayList<>();
        final List<RepeatFinding> changedFindings = new ArrayList<>();
        final List<RepeatFinding> withdrawnFindings = new ArrayList<>();
        final List<Heard> escalations = new ArrayList<>();
        final List<Escalation> withdrawn = new ArrayList<>();

        @Override
        public void findingRaised(RepeatFinding finding) {
            findings.add(finding);
        }

        @Override
        public void findingChanged(RepeatFinding finding, RepeatFinding before) {
            assertThat(finding.id()).isEqualTo(before.id());
            changedFindings.add(finding);
        }

        @Override
        public void findingWithdrawn(RepeatFinding finding) {
            withdrawnFindings.add(finding);
        }

        @Override
        public void escalated(Escalation escalation, Kind kind, Escalation previous) {
            escalations.add(new Heard(escalation, kind, previous));
        }

        @Override
        public void withdrawn(Escalation escalation) {
            withdrawn.add(escalation);
        }

        boolean heardNothing() {
            return findings.isEmpty() && changedFindings.isEmpty() && withdrawnFindings.isEmpty()
                    && escalations.isEmpty() && withdrawn.isEmpty();
        }

        void clear() {
            findings.clear();
            changedFindings.clear();
            withdrawnFindings.clear();
            escalations.clear();
            withdrawn.clear();
        }
    }

}
