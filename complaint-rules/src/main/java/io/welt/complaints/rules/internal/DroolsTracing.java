package io.welt.complaints.rules.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Keeps a host's TRACE logging from breaking the engine. In Drools 10.2.0,
 * {@code org.drools.core.reteoo.SegmentMemory} decides once, when its class is loaded, whether its logger is
 * at TRACE ({@code IS_LOG_TRACE_ENABLED}); if so, linking a segment logs the segment's rule names, built
 * eagerly by {@code getRuleNames()}, whose path memories' {@code toString()} goes through
 * {@code RuleNameExtractor.findAndAddTN}; that casts every sink of a subnetwork to {@code LeftTupleSink},
 * and the right input of a {@code not} over several patterns ({@code NotRight}) is none: the session
 * throws {@code ClassCastException: NotRight cannot be cast to LeftTupleSink} in the middle of its work.
 * With that logger at TRACE every assessment failed.
 *
 * <p>The workaround turns that one class's trace switch off (its other logging is untouched), right after
 * the class is loaded and before any session of the library runs, so the engine never takes the broken
 * path. The switch is a static final field: it is written through {@code sun.misc.Unsafe}, which Java 17
 * to 23 provide. Where that is not possible, the library logs one warning saying which logger must stay
 * below TRACE.
 */
final class DroolsTracing {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsTracing.class);
    static final String SEGMENT_MEMORY = "org.drools.core.reteoo.SegmentMemory";
    private static volatile boolean done;

    private DroolsTracing() {
    }

    /** Turns SegmentMemory's trace switch off if the host's logging turned it on. Idempotent. */
    static synchronized void keepSegmentTracingOff() {
        if (done) {
            return;
        }
        done = true;
        try {
            Class<?> segmentMemory = Class.forName(SEGMENT_MEMORY, true, RuleBase.class.getClassLoader());
            Field flag = segmentMemory.getDeclaredField("IS_LOG_TRACE_ENABLED");
            if (!Modifier.isStatic(flag.getModifiers()) || flag.getType() != boolean.class) {
                return;
            }
            flag.setAccessible(true);
            if (!flag.getBoolean(null)) {
                return;
            }
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            Method base = unsafeClass.getMethod("staticFieldBase", Field.class);
            Method offset = unsafeClass.getMethod("staticFieldOffset", Field.class);
            Method put = unsafeClass.getMethod("putBooleanVolatile", Object.class, long.class, boolean.class);
            put.invoke(unsafe, base.invoke(unsafe, flag), offset.invoke(unsafe, flag), false);
            LOG.debug("{} logs at TRACE: its segment tracing is turned off, as it fails in Drools 10.2.0 with a"
                    + " ClassCastException inside the session", SEGMENT_MEMORY);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("{} logs at TRACE, which makes Drools fail inside a session (ClassCastException: NotRight"
                    + " cannot be cast to LeftTupleSink), and its tracing cannot be turned off here ({}): set that"
                    + " logger to DEBUG or above", SEGMENT_MEMORY, e.toString());
        }
    }
}
