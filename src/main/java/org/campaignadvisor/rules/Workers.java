package org.campaignadvisor.rules;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Runs evaluations on worker threads with a hard deadline. A rule that never yields (an endless loop
 * inside a consequence) is halted, interrupted and, where the JVM still allows it (Java 17–19),
 * stopped; if its thread still does not come back it is abandoned and counted as stuck, its slot is
 * given to the next evaluation, and once {@code maxStuck} threads are stuck new evaluations are
 * refused until they return.
 */
final class Workers {
    private static final Logger LOG = Logger.getLogger(Workers.class.getName());
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Limits limits;
    private final Semaphore slots;
    private final AtomicInteger stuck = new AtomicInteger();
    private final ExecutorService threads;

    Workers(Limits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.workers());
        // One thread per slot plus one per tolerated stuck evaluation: a stuck thread never starves the others.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                limits.workers() + limits.maxStuck(), limits.workers() + limits.maxStuck(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "evaluation-" + NAMES.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.threads = pool;
    }

    /** The number of abandoned evaluations whose threads have not come back. */
    int stuck() {
        return stuck.get();
    }

    /** A task and the hook that asks it to stop (halting its session). */
    interface Task<T> extends Callable<T> {
        void halt();

        /** What the task was doing when it was abandoned, for the error message. */
        String doing();
    }

    <T> T run(Task<T> task) {
        if (stuck.get() >= limits.maxStuck()) {
            throw EvaluationException.busy(stuck.get() + " earlier evaluations did not finish and still hold their threads;"
                    + " new evaluations are refused until they do (a rule probably never ends: check the rules)");
        }
        boolean acquired;
        try {
            acquired = slots.tryAcquire(limits.maxMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EvaluationException.busy("the evaluation was interrupted while waiting for a worker");
        }
        if (!acquired) {
            throw EvaluationException.busy("all " + limits.workers() + " workers are busy; try again in a moment");
        }
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicInteger state = new AtomicInteger(); // 0 running, 1 finished, 2 abandoned
        Future<T> future = threads.submit(() -> {
            worker.set(Thread.currentThread());
            try {
                return task.call();
            } finally {
                if (!state.compareAndSet(0, 1)) {
                    stuck.decrementAndGet(); // an abandoned evaluation came back after all
                    LOG.warning("an abandoned evaluation finished late; stuck evaluations now " + stuck.get());
                }
                worker.set(null);
            }
        });
        try {
            return future.get(limits.maxMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String doing = task.doing();
            task.halt();
            future.cancel(true);
            if (!returns(worker, 250)) {
                stop(worker.get());
            }
            if (!returns(worker, 500) && state.compareAndSet(0, 2)) {
                int now = stuck.incrementAndGet();
                LOG.severe("an evaluation did not stop (" + doing + "); abandoned, stuck evaluations now " + now);
            }
            throw new EvaluationException("the evaluation took longer than " + limits.maxMillis() + " ms and was stopped"
                    + (doing.isEmpty() ? "" : "; " + doing));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error && !(cause instanceof ThreadDeath)) {
                throw error;
            }
            throw new EvaluationException("the evaluation failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new EvaluationException("the evaluation was cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.halt();
            future.cancel(true);
            throw new EvaluationException("the evaluation was interrupted");
        } finally {
            slots.release();
        }
    }

    /** Waits up to {@code millis} for the worker thread to leave the task. */
    private static boolean returns(AtomicReference<Thread> worker, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (worker.get() == null) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Stops a thread that ignores interrupts, where the JVM still supports it (Java 17–19). */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20 and later: a thread can no longer be stopped; it is counted as stuck instead.
        }
    }
}
