package org.campaignadvisor.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
 */
public final class LiveRuleBook implements RuleBookSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LiveRuleBook.class.getName());

    private final Path directory;
    private final AtomicReference<RuleBook> current;
    private final AtomicReference<RuleStatus> status;
    private final ScheduledExecutorService watcher;
    private volatile String fingerprint;

    private LiveRuleBook(Path directory, RuleBook first, long pollMillis) {
        this.directory = directory;
        this.current = new AtomicReference<>(first);
        this.status = new AtomicReference<>(new RuleStatus(first.version(), first.catalogue().size(),
                first.loadedAt(), first.loadedAt(), true, List.of()));
        this.fingerprint = fingerprint(directory);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rule-watcher");
            thread.setDaemon(true);
            return thread;
        });
        if (pollMillis > 0) {
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Compiles the directory once (failing if it does not compile: there is no last good rule book
     * yet), then watches it, looking for changes every {@code pollMillis} (0: never, reload by hand).
     */
    public static LiveRuleBook watch(Path directory, long pollMillis) throws RuleCompileException {
        return new LiveRuleBook(directory, RuleBook.compile(directory), pollMillis);
    }

    @Override
    public RuleBook current() {
        return current.get();
    }

    public RuleStatus status() {
        return status.get();
    }

    public Path directory() {
        return directory;
    }

    /** Recompiles now, whatever changed; returns the status after the attempt. */
    public synchronized RuleStatus reload() {
        fingerprint = fingerprint(directory);
        Instant attempt = Instant.now();
        try {
            RuleBook book = RuleBook.compile(directory);
            current.set(book);
            status.set(new RuleStatus(book.version(), book.catalogue().size(), book.loadedAt(), attempt, true, List.of()));
            LOG.info(() -> "rules reloaded from " + directory + ": version " + book.version() + ", "
                    + book.catalogue().size() + " rules");
        } catch (RuleCompileException e) {
            RuleBook served = current.get();
            status.set(new RuleStatus(served.version(), served.catalogue().size(), served.loadedAt(), attempt, false,
                    e.problems()));
            LOG.warning(() -> "rules in " + directory + " do not compile; still serving version " + served.version()
                    + "\n" + e.getMessage());
        } catch (RuntimeException e) {
            RuleBook served = current.get();
            status.set(new RuleStatus(served.version(), served.catalogue().size(), served.loadedAt(), attempt, false,
                    List.of(new RuleProblem("", 0, 0, "the rules could not be compiled: " + e, ""))));
            LOG.warning(() -> "rule compilation failed unexpectedly: " + e);
        }
        return status.get();
    }

    private void reloadIfChanged() {
        try {
            if (!fingerprint(directory).equals(fingerprint)) {
                reload();
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "watching " + directory + " failed: " + e);
        }
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
    }
}
