package io.welt.complaints.rules;

import io.welt.complaints.model.Acknowledgement;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.Contact;
import io.welt.complaints.model.ContactKind;
import io.welt.complaints.model.Decision;
import io.welt.complaints.model.DefectCategory;
import io.welt.complaints.model.Escalation;
import io.welt.complaints.model.EscalationLevel;
import io.welt.complaints.model.EvidenceItem;
import io.welt.complaints.model.EvidenceKind;
import io.welt.complaints.model.FindingScope;
import io.welt.complaints.model.SystemicActionType;
import io.welt.complaints.model.TargetType;
import io.welt.complaints.model.Taxonomy;
import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.report.JsonAssessmentWriter;
import io.welt.complaints.test.Facts;
import io.welt.complaints.test.GeneratedLog;
import io.welt.complaints.test.SampleLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Javadoc promises of the API's edges: a null argument to a public method of the facade throws
 * {@link NullPointerException}, but that an assessment's lookups find nothing for a null id and an
 * evidence pack of a null id is of no such problem, finding or action ({@link IllegalArgumentException});
 * a closed monitor refuses every change and every look with {@link IllegalStateException}.
 */
class NullArgumentsTest {

    private static final GeneratedLog SAMPLE = SampleLog.generate();
    private static final ComplaintRules RULES = ComplaintRules.standard();
    private static final Assessment ASSESSMENT = RULES.assess(SAMPLE.toComplaintLog(), SAMPLE.asOf());
    private static final Instant NOW = SampleLog.AS_OF;
    private static final ComplaintMonitor MONITOR = RULES.monitor(ComplaintLog.builder()
            .products(SAMPLE.products()).build(), NOW);

    /** A good value of each type a parameter may have, so that only the null one is at fault. */
    private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

    static {
        SAMPLES.put(String.class, () -> "X-1");
        SAMPLES.put(Instant.class, () -> NOW);
        SAMPLES.put(Duration.class, () -> Duration.ofSeconds(5));
        SAMPLES.put(ComplaintLog.class, () -> ComplaintLog.builder().build());
        SAMPLES.put(ComplaintRules.class, () -> RULES);
        SAMPLES.put(Assessment.class, () -> ASSESSMENT);
        SAMPLES.put(Policy.class, Policy::defaults);
        SAMPLES.put(Taxonomy.class, Taxonomy::footwearAndLeather);
        SAMPLES.put(DefectCategory[].class, () -> new DefectCategory[0]);
        SAMPLES.put(Path.class, () -> Path.of("no-such-rules.drl"));
        SAMPLES.put(ClassLoader.class, () -> NullArgumentsTest.class.getClassLoader());
        SAMPLES.put(Class.class, () -> Escalation.class);
        SAMPLES.put(FindingScope.class, () -> FindingScope.BATCH);
        SAMPLES.put(TargetType.class, () -> TargetType.COMPLAINT);
        SAMPLES.put(Collection.class, List::of);
        SAMPLES.put(List.class, List::of);
        SAMPLES.put(RecordOrigin.class, () -> new RecordOrigin("test", 1));
        SAMPLES.put(Complaint.class, () -> Facts.aComplaint("C-NULLS").build());
        SAMPLES.put(io.welt.complaints.model.Product.class, () -> SAMPLE.products().get(0));
        SAMPLES.put(io.welt.complaints.model.Batch.class, () -> SAMPLE.batches().get(0));
        SAMPLES.put(Acknowledgement.class, () -> new Acknowledgement(TargetType.COMPLAINT, "C-NULLS",
                EscalationLevel.TEAM_LEADER, NOW.minusSeconds(60), "Ann", null, null));
        SAMPLES.put(Decision.class, () -> new Decision("P/1", SystemicActionType.MONITOR, NOW, "Ann", null, null));
        SAMPLES.put(Contact.class, () -> new Contact("C-1", NOW, "Ann", Channel.PHONE, ContactKind.CALL_BACK, null,
                null));
        SAMPLES.put(EvidenceItem.class, () -> new EvidenceItem("C-1", EvidenceKind.PHOTO, "file:photo.jpg", null,
                null, null));
        SAMPLES.put(io.welt.complaints.model.CorrectiveAction.class, () -> new io.welt.complaints.model.CorrectiveAction(
                "CA-1", io.welt.complaints.model.ActionScope.BATCH, "B-1", "STITCHING", null, null, null,
                java.time.LocalDate.of(2026, 1, 5), null, null, 90, null));
        SAMPLES.put(io.welt.complaints.model.RootCause.class, () -> null);
        SAMPLES.put(ZoneId.class, () -> ZoneId.of("Europe/London"));
        SAMPLES.put(Currency.class, () -> Currency.getInstance("EUR"));
        SAMPLES.put(java.io.Writer.class, java.io.StringWriter::new);
        SAMPLES.put(java.io.OutputStream.class, java.io.ByteArrayOutputStream::new);
    }

    @AfterAll
    static void closeTheMonitor() {
        MONITOR.close();
    }

    @Test
    void aNullArgumentToTheFacadeThrowsNullPointerException() throws Exception {
        Map<Class<?>, Supplier<Object>> targets = new HashMap<>();
        targets.put(ComplaintRules.class, () -> RULES);
        targets.put(ComplaintRules.Builder.class, ComplaintRules::builder);
        targets.put(ComplaintMonitor.class, () -> MONITOR);
        targets.put(Assessment.class, () -> ASSESSMENT);
        targets.put(ComplaintLog.class, () -> ComplaintLog.builder().build());
        targets.put(ComplaintLog.Builder.class, ComplaintLog::builder);
        targets.put(EvidencePack.class, () -> null);
        targets.put(Walkthrough.class, () -> null);
        targets.put(JsonAssessmentWriter.class, JsonAssessmentWriter::standard);

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<Class<?>, Supplier<Object>> target : targets.entrySet()) {
            for (Method method : target.getKey().getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
                        || method.getName().equals("equals")) {
                    continue;
                }
                Class<?>[] types = method.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[types.length];
                    for (int j = 0; j < types.length; j++) {
                        args[j] = j == i ? null : sample(types[j], method);
                    }
                    Object self = Modifier.isStatic(method.getModifiers()) ? null : target.getValue().get();
                    calls++;
                    String call = target.getKey().getSimpleName() + "." + method.getName() + " with a null "
                            + method.getParameters()[i].getName() + " (" + types[i].getSimpleName() + ")";
                    Class<? extends Throwable> expected = expected(method, types[i]);
                    try {
                        Object found = method.invoke(self, args);
                        if (expected != null) {
                            wrong.add(call + " returned " + found);
                        } else if (!nothing(found)) {
                            wrong.add(call + " found " + found);
                        }
                    } catch (InvocationTargetException e) {
                        if (expected == null || !expected.isInstance(e.getCause())) {
                            wrong.add(call + " threw " + e.getCause());
                        }
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(60);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aClosedMonitorRefusesEveryChangeAndEveryLook() {
        ComplaintMonitor monitor = RULES.monitor(ComplaintLog.builder().products(SAMPLE.products()).build(), NOW);
        Complaint complaint = Facts.aComplaint("C-CLOSED").build();
        monitor.close();
        monitor.close(); // idempotent

        assertThatThrownBy(() -> monitor.submit(complaint, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> monitor.update(complaint, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> monitor.advanceTo(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> monitor.acknowledge((Acknowledgement) SAMPLES.get(Acknowledgement.class).get(), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(monitor::assessment).isInstanceOf(IllegalStateException.class);
        assertThat(monitor.asOf()).as("what it knew stays readable").isEqualTo(NOW);
    }

    /**
     * What a null of {@code type} makes {@code method} throw, as its Javadoc says; null when the method
     * finds nothing instead (the assessment's lookups).
     */
    private static Class<? extends Throwable> expected(Method method, Class<?> type) {
        if (method.getDeclaringClass() == Assessment.class && !type.equals(Class.class)
                && !type.equals(io.welt.complaints.model.Problem.class) && !method.getName().equals("safetyActions")) {
            return method.getName().equals("severityOf") ? IllegalArgumentException.class : null;
        }
        if (method.getDeclaringClass() == EvidencePack.class && type.equals(String.class)) {
            return IllegalArgumentException.class;
        }
        return NullPointerException.class;
    }

    /** An empty Optional or collection, or FRONTLINE: what a lookup finds of an id it does not hold. */
    private static boolean nothing(Object found) {
        return found instanceof java.util.Optional<?> o && o.isEmpty()
                || found instanceof Collection<?> c && c.isEmpty()
                || found == EscalationLevel.FRONTLINE;
    }

    private static Object sample(Class<?> type, Method method) {
        if (method.getName().equals("replaceRules") && type.equals(String.class)) {
            return "triage.drl";
        }
        if (type.isPrimitive()) {
            return type == boolean.class ? false : type == long.class ? 1L : type == int.class ? 1 : null;
        }
        Supplier<Object> sample = SAMPLES.get(type);
        if (sample == null) {
            throw new AssertionError("no sample " + type.getName() + " for " + method);
        }
        return sample.get();
    }
}
