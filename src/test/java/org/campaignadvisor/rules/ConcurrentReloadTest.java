package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ConcurrentReloadTest {

    @Test
    void eight_threads_evaluating_during_fifty_swaps_see_no_error_and_one_version_per_result(@TempDir Path dir)
            throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Path advice = rules.resolve("advice.drl");
        String original = Files.readString(advice);
        String variant = original.replace("rarely care about {goal}.", "drift away.");
        Plan plan = PlanReader.read(Fixtures.fixturePlan("random.yaml"));

        Map<String, String> messageByVersion = new ConcurrentHashMap<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Advice> results = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger evaluations = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 0)) {
            Advisor advisor = new Advisor(live, EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds")), Limits.DEFAULT);
            messageByVersion.put(live.status().version(), "Followers added at random rarely care about electoral.");
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            results.add(advisor.evaluate(plan));
                            evaluations.incrementAndGet();
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }));
            }
            for (int swap = 0; swap < 50; swap++) {
                boolean useVariant = swap % 2 == 0;
                Files.writeString(advice, useVariant ? variant : original);
                RuleStatus status = live.reload();
                assertThat(status.lastAttemptOk()).isTrue();
                messageByVersion.put(status.version(), useVariant
                        ? "Followers added at random drift away."
                        : "Followers added at random rarely care about electoral.");
            }
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(errors).isEmpty();
        assertThat(evaluations.get()).isGreaterThan(50);
        assertThat(messageByVersion).hasSize(2);
        assertThat(results.stream().map(Advice::ruleBookVersion).distinct())
                .as("evaluations ran while the rules were swapped: results of both versions").hasSize(2);
        for (Advice result : results) {
            assertThat(result.findings()).hasSize(1);
            assertThat(result.findings().get(0).message())
                    .as("result of version %s", result.ruleBookVersion())
                    .isEqualTo(messageByVersion.get(result.ruleBookVersion()));
        }
    }
}
