package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Conclusion;
import io.welt.complaints.rules.RuleCompilationException;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.rule.EntryPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled rules: built once from DRL texts the caller names (never from kmodule.xml or the
 * class path scan, which break when a host repackages the library), immutable and shared by every
 * assessment. Each {@link #run} uses a session of its own and disposes of it.
 */
public final class RuleBase {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Object BUILD_LOCK = new Object();

    static {
        // Before any rule base or session exists: a host's TRACE logging must not reach Drools' broken trace path.
        DroolsTracing.keepSegmentTracingOff();
    }

    private final KieBase kieBase;
    private final boolean precompiled;
    private final Map<Class<?>, Boolean> matchable = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    /** The rule base's joins of unconstrained patterns, read from its network once, when first needed. */
    private volatile JoinSizes joinSizes;

    private RuleBase(KieBase kieBase, boolean precompiled) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
    }

    /** Whether this rule base was loaded from the packages compiled at build time rather than from DRL. */
    public boolean precompiled() {
        return precompiled;
    }

    /**
     * Compiles the rule files into one rule base. When they are exactly the files compiled at build
     * time (the standard rules, see {@link #main}), the packages compiled then are loaded instead:
     * the same compiler's output, without its start-up cost.
     *
     * @throws RuleCompilationException listing every error's file, line, column and message
     */
    public static RuleBase compile(List<RuleSource> sources) {
        long start = System.nanoTime();
        KieBase prebuilt = loadPrecompiled(sources);
        if (prebuilt != null) {
            LOG.debug("loaded {} rule files compiled at build time in {} ms", sources.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return new RuleBase(prebuilt, true);
        }
        KieServices services = KieServices.Factory.get();
        // A release id of its own, removed from the shared repository once the base is made, so that
        // concurrent builds cannot see each other's files and nothing is kept after.
        ReleaseId releaseId = services.newReleaseId("io.welt.complaints.generated", "rules",
                "1.0.0-" + UUID.randomUUID());
        KieBase kieBase;
        synchronized (BUILD_LOCK) {
            try {
                build(services, releaseId, sources);
                KieContainer container = services.newKieContainer(releaseId);
                kieBase = container.getKieBase();
            } finally {
                services.getRepository().removeKieModule(releaseId);
            }
        }
        LOG.debug("compiled {} rule files in {} ms", sources.size(), (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, false);
    }

    /**
     * Compiles the files into a module of the shared repository under {@code releaseId}; the caller
     * removes it. Callers hold {@link #BUILD_LOCK}.
     *
     * @throws RuleCompilationException listing every error's file, line, column and message
     */
    private static KieBuilder build(KieServices services, ReleaseId releaseId, List<RuleSource> sources) {
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleSource source : sources) {
            files.write(pathOf(source), source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<RuleCompilationException.Error> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "?" : message.getPath();
            String file = path.substring(path.lastIndexOf('/') + 1);
            int[] where = where(message);
            errors.add(new RuleCompilationException.Error(file, where[0], where[1],
                    message.getText().strip()));
        }
        // After a syntax error the compiler adds "Parser returned a null Package": a consequence, not an error
        // a rule author can act on, and reported without a line. It is left out when it is not alone.
        if (errors.size() > 1) {
            errors.removeIf(error -> error.message().startsWith(NULL_PACKAGE));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return builder;
    }

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    // ---- rules compiled at build time ----
    //
    // Compiling the DRL costs about 1.5 s in a fresh JVM (parser, MVEL analysis, ECJ for the
    // consequences, and the JIT compiling all of them), nearly all of it start-up cost; loading the
    // packages compiled at build time costs about 0.4 s. The build runs main() after compiling this
    // module's classes and writes the standard rules' packages next to this class. They are used only
    // for the very files they were compiled from (names, order and texts, by digest) and under the
    // Drools version that wrote them; anything else, or a file that does not load, means the DRL is
    // compiled as before.

    /** The standard rules' packages, written by {@link #main} at build time. */
    private static final String PRECOMPILED = "standard-rules.bin";
    private static final String PRECOMPILED_FORMAT = "io.welt.complaints/precompiled-rules/1";

    /**
     * Build time: compiles the standard rule files and writes their packages to {@code args[0]}
     * (the module's build runs this after compiling its classes).
     *
     * @throws RuleCompilationException when the standard rules do not compile, failing the build
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleBase <output file>");
        }
        // Rules built one after the other, not in parallel: a parallel build writes the same packages
        // in an order that changes from build to build, and the jar would not be reproducible.
        System.setProperty("drools.parallelRulesBuildThreshold", String.valueOf(Integer.MAX_VALUE));
        List<RuleSource> sources = StandardRules.sources();
        Collection<KiePackage> packages;
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("io.welt.complaints.generated", "rules",
                "1.0.0-" + UUID.randomUUID());
        synchronized (BUILD_LOCK) {
            try {
                InternalKieModule module = (InternalKieModule) build(services, releaseId, sources).getKieModule();
                packages = new ArrayList<>();
                for (String kieBase : module.getKieModuleModel().getKieBaseModels().keySet()) {
                    packages.addAll(module.getKnowledgePackagesForKieBase(kieBase));
                }
            } finally {
                services.getRepository().removeKieModule(releaseId);
            }
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out));
             DataOutputStream header = new DataOutputStream(file)) {
            header.writeUTF(PRECOMPILED_FORMAT);
            header.writeUTF(Drools.getFullVersion());
            header.writeUTF(fingerprint(sources));
            header.flush();
            ObjectOutputStream objects = new DroolsObjectOutputStream(file);
            objects.writeObject(new ArrayList<>(packages));
            objects.flush();
        }
    }

    /** The packages compiled at build time from exactly these files, in a base of their own; else null. */
    @SuppressWarnings("unchecked")
    private static KieBase loadPrecompiled(List<RuleSource> sources) {
        InputStream resource = RuleBase.class.getResourceAsStream(PRECOMPILED);
        if (resource == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource))) {
            if (!in.readUTF().equals(PRECOMPILED_FORMAT)) {
                return null;
            }
            String version = in.readUTF();
            if (!version.equals(Drools.getFullVersion())) {
                LOG.info("the rules compiled at build time are for Drools {}, this is {}: compiling the DRL",
                        version, Drools.getFullVersion());
                return null;
            }
            if (!in.readUTF().equals(fingerprint(sources))) {
                return null;
            }
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.Factory.get().newKieBaseConfiguration(null, RuleBase.class.getClassLoader()));
            Collection<KiePackage> packages;
            try (ObjectInputStream objects = new DroolsObjectInputStream(in, base.getRootClassLoader())) {
                packages = (Collection<KiePackage>) objects.readObject();
            }
            base.addPackages(packages);
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warn("the rules compiled at build time do not load ({}); compiling them from DRL", e.toString());
            return null;
        }
    }

    /** A digest of the files' names, order and texts. */
    private static String fingerprint(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                for (String part : new String[] {source.name(), source.text()}) {
                    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                    digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                            (byte) (bytes.length >>> 8), (byte) bytes.length});
                    digest.update(bytes);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** "Line 6:25" or "[Line: 6, Column: 25]" in the parser's own text, when the message has no column. */
    private static final Pattern LINE_COLUMN = Pattern.compile("Line:? ?(\\d+)(?::|, Column: )(\\d+)");

    /** The line and column of a compile message; from its text when Drools leaves the column out. */
    private static int[] where(Message message) {
        int line = Math.max(0, message.getLine());
        int column = Math.max(0, message.getColumn());
        if (column == 0) {
            Matcher matcher = LINE_COLUMN.matcher(message.getText());
            if (matcher.find()) {
                line = line == 0 ? Integer.parseInt(matcher.group(1)) : line;
                column = Integer.parseInt(matcher.group(2));
            }
        }
        return new int[] {line, column};
    }

    /** Where a file goes in the generated module: in the folder of its package, as Drools expects. */
    private static String pathOf(RuleSource source) {
        Matcher matcher = PACKAGE.matcher(source.text());
        String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
        return RESOURCE_ROOT + folder + source.name();
    }

    /** A session kept open for incremental work; the caller must {@link LiveSession#close()} it. */
    public LiveSession openLive() {
        KieSession session = newSession();
        List<EntryPoint> entryPoints = List.copyOf(session.getEntryPoints());
        return new LiveSession(session, joinSizes(), () -> release(session, entryPoints));
    }

    /** The joins of unconstrained patterns of this rule base. */
    JoinSizes joinSizes() {
        JoinSizes sizes = joinSizes;
        if (sizes == null) {
            sizes = JoinSizes.of(kieBase);
            joinSizes = sizes;
        }
        return sizes;
    }

    /** Sessions of this rule base made and not yet disposed of: zero whenever no assessment is running. */
    public int openSessions() {
        return open.get();
    }

    /**
     * A session the rule base keeps no reference to (Drools' default keeps every session until it is
     * disposed of). Disposing needs memory: after an OutOfMemoryError it may fail half-way, and a
     * session the rule base still held kept the whole heap for good. Unreferenced, it is collected.
     */
    private KieSession newSession() {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        KieSession session = kieBase.newKieSession(configuration, null);
        open.incrementAndGet();
        return session;
    }

    /**
     * Whether any rule can match a fact of this class. A fact no pattern names cannot change what the
     * rules conclude, so {@link #run} leaves it out of the session: a rule base without corrective-action
     * rules, say, skips a million complaints it would only have stored. Any doubt keeps the fact in.
     */
    public boolean canMatch(Class<?> type) {
        return matchable.computeIfAbsent(type, this::anyPatternAccepts);
    }

    private boolean anyPatternAccepts(Class<?> type) {
        if (!(kieBase instanceof InternalRuleBase internal)) {
            return true;
        }
        for (ObjectTypeNode node : internal.getRete().getObjectTypeNodes()) {
            ObjectType objectType = node.getObjectType();
            if (!(objectType instanceof ClassObjectType classType) || classType.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** What one session derived and which rules fired how often. */
    public record Result(List<Conclusion> conclusions, Map<String, Long> firedRules) {
    }

    /**
     * Conclusions by their type: Drools then walks only the stores of the classes that are
     * conclusions, not every fact (a lambda filter made it test all of a million complaints' facts).
     */
    static final ClassObjectFilter CONCLUSIONS = new ClassObjectFilter(Conclusion.class);

    /**
     * The bounds of one session's work.
     *
     * @param maxFirings        rule firings
     * @param maxPendingMatches matches held waiting to fire at once (the session's working memory)
     * @param maxNanos          wall time, or 0 for none
     */
    public record Limits(long maxFirings, long maxPendingMatches, long maxNanos) {
    }

    /**
     * Inserts the facts, fires the rules up to {@code maxFirings} times and collects every
     * {@link Conclusion}; the session is disposed of whatever happens.
     *
     * @throws RunawayRulesException when the rules fire {@code maxFirings} times
     */
    public Result run(Collection<?> facts, long maxFirings) {
        return run(facts, new Limits(maxFirings, maxFirings, 0));
    }

    /**
     * Inserts the facts, fires the rules within {@code limits} and collects every {@link Conclusion};
     * the session is disposed of whatever happens.
     *
     * @throws RunawayRulesException when the rules reach a limit, naming it and the busiest rule
     * @throws io.welt.complaints.rules.RuleFailedException when a rule throws, naming it and the type thrown
     */
    public Result run(Collection<?> facts, Limits limits) {
        return run(facts, limits, firstPass -> List.of());
    }

    /**
     * What the library adds once the rules have fired on the log, from what they concluded: the
     * findings linked into problems. The rules then fire again on those facts in the same session.
     */
    @FunctionalInterface
    public interface SecondPass {
        /** The facts to add, made from the first pass's conclusions. */
        Collection<?> factsAfter(List<Conclusion> firstPass);
    }

    /**
     * Inserts the facts, fires the rules, adds what {@code secondPass} makes of the conclusions and
     * fires again, within {@code limits} in all, and collects every {@link Conclusion}; the session is
     * disposed of whatever happens.
     *
     * @throws RunawayRulesException when the rules reach a limit, naming it and the busiest rule
     * @throws io.welt.complaints.rules.RuleFailedException when a rule throws, naming it and the type thrown
     */
    public Result run(Collection<?> facts, Limits limits, SecondPass secondPass) {
        KieSession session = newSession();
        List<EntryPoint> entryPoints = List.copyOf(session.getEntryPoints());
        try {
            return run(session, facts, limits, secondPass);
        } catch (RuntimeException e) {
            throw SessionGuard.translate(e);
        } finally {
            release(session, entryPoints);
        }
    }

    private Result run(KieSession session, Collection<?> facts, Limits limits, SecondPass secondPass) {
        long maxFirings = limits.maxFirings();
        SessionGuard guard = new SessionGuard(limits.maxPendingMatches(), limits.maxNanos());
        session.addEventListener(guard);
        session.addEventListener(guard.factChanges);
        {
            Map<String, Long> fired = new HashMap<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
                }
            });
            joinSizes().check(insertMatchable(session, facts), limits.maxPendingMatches());
            int limit = (int) Math.min(Integer.MAX_VALUE, maxFirings);
            int firings = session.fireAllRules(limit);
            if (firings >= limit) {
                throw guard.firingLimit(firings, limit);
            }
            Collection<?> more = secondPass.factsAfter(conclusions(session));
            if (!more.isEmpty()) {
                insertMatchable(session, more);
                firings += session.fireAllRules(limit - firings);
                if (firings >= limit) {
                    throw guard.firingLimit(firings, limit);
                }
            }
            return new Result(conclusions(session), fired);
        }
    }

    /**
     * Inserts the facts a rule can match, and counts them by class; facts come grouped by type, so one
     * lookup per run of a type.
     */
    private Map<Class<?>, Long> insertMatchable(KieSession session, Collection<?> facts) {
        Map<Class<?>, Long> counts = new HashMap<>();
        Class<?> lastType = null;
        boolean matches = false;
        for (Object fact : facts) {
            if (fact.getClass() != lastType) {
                lastType = fact.getClass();
                matches = canMatch(lastType);
            }
            if (matches) {
                session.insert(fact);
                counts.merge(lastType, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static List<Conclusion> conclusions(KieSession session) {
        List<Conclusion> conclusions = new ArrayList<>();
        for (Object object : session.getObjects(CONCLUSIONS)) {
            conclusions.add((Conclusion) object);
        }
        return conclusions;
    }

    /**
     * Disposes of a session and makes sure nothing outside it still holds it. Drools keeps each entry
     * point's truth maintenance in a static map until dispose() removes it; after an OutOfMemoryError
     * dispose() could not run far enough to remove it (nor could anything else that allocates), and the
     * entry kept the whole session: the heap stayed full for good. So the entries go first, in steps
     * that allocate nothing, then the session is disposed of; the entry points were named when the
     * session was made, while there was memory to name them.
     */
    private void release(KieSession session, List<EntryPoint> entryPoints) {
        open.decrementAndGet();
        if (TruthMaintenanceSystemFactory.present()) {
            TruthMaintenanceSystemFactory factory = TruthMaintenanceSystemFactory.get();
            for (int i = 0; i < entryPoints.size(); i++) {
                if (entryPoints.get(i) instanceof InternalWorkingMemoryEntryPoint entryPoint) {
                    factory.clearTruthMaintenanceSystem(entryPoint);
                }
            }
        }
        session.dispose();
    }
}
