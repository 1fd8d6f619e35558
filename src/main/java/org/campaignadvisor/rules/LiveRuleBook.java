package org.campaignadvisor.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A rule book that follows its directory: a change to any rule file (added, edited, deleted) is
 * compiled in the background and swapped in atomically. Evaluations already running finish on the
 * rule book they started with; none waits for a compile. If the new files do not compile, the last
 * good rule book keeps serving and the problems are kept in {@link #status()}.
 *
 * <p>Half-saved files are not served: a change is compiled only once the files have stopped changing
 * (the same content at two polls in a row), and a new rule book in which a file lost all its rules or
 * became empty is held back, with a status saying so, until a further poll finds the files unchanged.
 * The watcher survives any error, including running out of memory, and reports it in the status.
 */
public final class LiveRuleBook implements RuleBookSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LiveRuleBook.class.getName());

    private final Path directory;
    private final KnownIds known;
    private final AtomicReference<RuleBook> current;
    private final AtomicReference<RuleStatus> status;
    private final ScheduledExecutorService watcher;
    /** How long files must stay unchanged after an edit before they are compiled. */
    static final long SETTLE_MILLIS = 150;
    /** How long a new rule book must stay in service before it is compiled ahead for the next start. */
    static final long SAVE_AFTER_MILLIS = 30_000;

    private final long pollMillis;
    private final RuleCache cache;
    private final Path seeds;
    private final ScheduledExecutorService saver;
    private volatile String fingerprint;
    private String seen;
    private RuleBook held;
    private String heldFingerprint = "";

    private LiveRuleBook(Path directory, RuleBook first, long pollMillis, KnownIds known, RuleCache cache, Path seeds) {
        this.directory = directory;
        this.known = known;
        this.cache = cache;
        this.seeds = seeds;
        this.pollMillis = pollMillis;
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rule-cache-writer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        this.current = new AtomicReference<>(first);
        this.status = new AtomicReference<>(new RuleStatus(first.version(), first.catalogue().size(),
                first.loadedAt(), first.loadedAt(), true, List.of(), "", pollMillis > 0 ? "watching" : "not watching"));
        this.fingerprint = fingerprint(directory);
        this.seen = fingerprint;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rule-watcher");
            thread.setDaemon(true);
            return thread;
        });
        if (pollMillis > 0) {
            watcher.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
        saveLater(first);
    }

    /**
     * Compiles the directory once (failing if it does not compile: there is no last good rule book
     * yet), then watches it, looking for changes every {@code pollMillis} (0: never, reload by hand).
     */
    public static LiveRuleBook watch(Path directory, long pollMillis) throws RuleCompileException {
        return watch(directory, pollMillis, KnownIds.NONE);
    }

    /** As {@link #watch(Path, long)}, checking every compile against the lessons and guidance that exist. */
    public static LiveRuleBook watch(Path directory, long pollMillis, KnownIds known) throws RuleCompileException {
        return watch(directory, pollMillis, known, RuleCache.OFF, null);
    }

    /**
     * As {@link #watch(Path, long, KnownIds)}, loading the rules from the compiled-rules cache when it
     * holds them for these files and seeds, and storing every newly compiled rule book there in the
     * background (on a low-priority thread, so the service's answers come first).
     */
    public static LiveRuleBook watch(Path directory, long pollMillis, KnownIds known, RuleCache cache, Path seeds)
            throws RuleCompileException {
        return new LiveRuleBook(directory, RuleBook.open(directory, known, cache, seeds), pollMillis, known, cache, seeds);
    }

    /**
     * Compiles the rule book ahead for the next start once it has served for a while: building the
     * executable model takes seconds of CPU, which would slow a trainer's next edits if done at once.
     */
    private void saveLater(RuleBook book) {
        if (book.loadedFromCache() || !cache.enabled()) {
            return;
        }
        saver.schedule(() -> {
            if (current.get() != book) {
                return; // replaced by newer rules meanwhile; those are saved in their turn
            }
            try {
                book.saveTo(cache, seeds);
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.warning(() -> "the compiled rules could not be stored for the next start: " + e);
            }
        }, SAVE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public RuleBook current() {
        return current.get();
    }

    public RuleStatus status() {
        return status.get();
    }

    /** Recompiles now, whatever changed, and serves the result if it compiles (an operator's explicit reload). */
    public synchronized RuleStatus reload() {
        String now = fingerprint(directory);
        seen = now;
        RuleBook book = compile(now);
        if (book != null) {
            serve(book, now);
        }
        return status.get();
    }

    /** One look at the directory: debounce, compile, hold back a suspicious change, or serve. */
    synchronized void poll() {
        try {
            String now = fingerprint(directory);
            if (now.equals(fingerprint)) {
                seen = now;
                held = null;
                setPending("");
                return;
            }
            if (!now.equals(seen)) {
                seen = now;
                setPending("a change to the rule files was seen; it is compiled once the files stop changing");
                // Look again soon rather than a whole poll later: a save that has finished is compiled
                // after this short settle time (the check that the files stopped changing stays).
                if (pollMillis > SETTLE_MILLIS && !watcher.isShutdown()) {
                    watcher.schedule(this::poll, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                return;
            }
            if (held != null && now.equals(heldFingerprint)) {
                LOG.info(() -> "a held-back change is confirmed by an unchanged poll; serving it");
                serve(held, now);
                return;
            }
            RuleBook book = compile(now);
            if (book == null) {
                return;
            }
            String suspicious = lostRules(current.get(), book);
            if (suspicious.isEmpty()) {
                serve(book, now);
            } else {
                held = book;
                heldFingerprint = now;
                setPending("held back: every rule is gone from " + suspicious + "; it will be served if the files are still the same at the next check"
                        + " (a file may be half-saved)");
                LOG.warning(() -> "rule change held back: " + suspicious);
            }
        } catch (Throwable t) {
            // Never let the watcher die (an exception ends a scheduled task for good); say what happened.
            String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            status.updateAndGet(s -> s.with(s.pending(), "failed at " + Instant.now() + " (" + what + "); still watching"));
            LOG.severe(() -> "watching " + directory + " failed: " + what);
        }
    }

    /** Compiles the files; on failure records the problems (and the files as seen, so they are not retried until edited). */
    private RuleBook compile(String now) {
        held = null;
        Instant attempt = Instant.now();
        RuleBook served = current.get();
        try {
            return RuleBook.open(directory, known, cache, seeds);
        } catch (RuleCompileException e) {
            fingerprint = now;
            status.set(new RuleStatus(served.version(), served.catalogue().size(), served.loadedAt(), attempt, false,
                    e.problems(), "", watcherState()));
            LOG.warning(() -> "rules in " + directory + " do not compile; still serving version " + served.version()
                    + "\n" + e.getMessage());
        } catch (RuntimeException e) {
            fingerprint = now;
            status.set(new RuleStatus(served.version(), served.catalogue().size(), served.loadedAt(), attempt, false,
                    List.of(new RuleProblem("", 0, 0, "the rules could not be compiled: " + e, "")), "", watcherState()));
            LOG.warning(() -> "rule compilation failed unexpectedly: " + e);
        }
        return null;
    }

    private void serve(RuleBook book, String now) {
        fingerprint = now;
        held = null;
        current.set(book);
        saveLater(book);
        status.set(new RuleStatus(book.version(), book.catalogue().size(), book.loadedAt(), Instant.now(), true, List.of(),
                "", watcherState()));
        LOG.info(() -> "rules reloaded from " + directory + ": version " + book.version() + ", " + book.catalogue().size() + " rules");
    }

    private String watcherState() {
        return status.get().watcher().equals("not watching") ? "not watching" : "watching";
    }

    private void setPending(String pending) {
        status.updateAndGet(s -> s.pending().equals(pending) && s.watcherHealthy() ? s : s.with(pending, watcherState()));
    }

    /** Files that had rules before and have none now, as {@code a.drl (3 → 0), b.drl (1 → 0)}; "" when none lost its rules. */
    static String lostRules(RuleBook before, RuleBook after) {
        Map<String, Integer> was = counts(before);
        Map<String, Integer> now = counts(after);
        StringBuilder lost = new StringBuilder();
        was.forEach((file, count) -> {
            if (!now.containsKey(file)) {
                lost.append(lost.length() == 0 ? "" : ", ").append(file).append(" (").append(count).append(" → 0)");
            }
        });
        return lost.toString();
    }

    private static Map<String, Integer> counts(RuleBook book) {
        Map<String, Integer> counts = new TreeMap<>();
        book.catalogue().forEach(rule -> counts.merge(rule.file(), 1, Integer::sum));
        return counts;
    }

    /** A hash of every rule file's name and content: changes with any real edit, not with a mere touch. */
    private static String fingerprint(Path directory) {
        try {
            return RuleFiles.read(directory).version();
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        saver.shutdownNow();
    }
}
