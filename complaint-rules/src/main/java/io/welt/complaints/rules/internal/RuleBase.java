package io.welt.complaints.rules.internal;

import io.welt.complaints.model.Conclusion;
import io.welt.complaints.rules.RuleCompilationException;
import io.welt.complaints.rules.RunawayRulesException;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    private final KieBase kieBase;

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Compiles the rule files into one rule base.
     *
     * @throws RuleCompilationException listing every error's file, line, column and message
     */
    public static RuleBase compile(List<RuleSource> sources) {
        long start = System.nanoTime();
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
        return new RuleBase(kieBase);
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
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return builder;
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
        return new LiveSession(kieBase.newKieSession());
    }

    /** Sessions of this rule base not yet disposed of: zero whenever no assessment is running. */
    public int openSessions() {
        return kieBase.getKieSessions().size();
    }

    /** What one session derived and which rules fired how often. */
    public record Result(List<Conclusion> conclusions, Map<String, Long> firedRules) {
    }

    /**
     * Inserts the facts, fires the rules up to {@code maxFirings} times and collects every
     * {@link Conclusion}; the session is disposed of whatever happens.
     *
     * @throws RunawayRulesException when the rules fire {@code maxFirings} times
     */
    public Result run(Collection<?> facts, long maxFirings) {
        KieSession session = kieBase.newKieSession();
        try {
            Map<String, Long> fired = new HashMap<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            int limit = (int) Math.min(Integer.MAX_VALUE, maxFirings);
            int firings = session.fireAllRules(limit);
            if (firings >= limit) {
                String busiest = fired.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse("?");
                throw new RunawayRulesException(busiest, firings, limit);
            }
            List<Conclusion> conclusions = new ArrayList<>();
            for (Object object : session.getObjects(o -> o instanceof Conclusion)) {
                conclusions.add((Conclusion) object);
            }
            return new Result(conclusions, fired);
        } finally {
            session.dispose();
        }
    }
}
