package org.campaignadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rules cache: a stored rule base answers exactly as a fresh compile does, and anything
 * that could make a stored one wrong (an edited rule, an edited seed, another program, a damaged
 * file) makes the rules compile from their files instead. The real rules are stored once for the class.
 */
@Tag("unit")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleCacheTest {
    private static final String PROGRAM = "test-program-1";

    @TempDir
    static Path cacheDir;

    private RuleCache cache;
    private EvidenceBase evidence;
    private KnownIds known;

    @BeforeAll
    void storeTheRealRulesOnce() throws Exception {
        evidence = EvidenceBase.load(Fixtures.SEEDS);
        known = KnownIds.of(evidence);
        cache = new RuleCache(cacheDir, List.of(), PROGRAM);
        RuleBook compiled = RuleBook.open(Fixtures.RULES, known, cache, Fixtures.SEEDS);
        assertThat(compiled.loadedFromCache()).isFalse();
        compiled.saveTo(cache, Fixtures.SEEDS);
    }

    @Test
    void a_cache_hit_gives_the_same_findings_as_a_fresh_compile_for_every_scenario() throws Exception {
        RuleBook cached = RuleBook.open(Fixtures.RULES, known, cache, Fixtures.SEEDS);
        assertThat(cached.loadedFromCache()).isTrue();
        Advisor fromCache = new Advisor(cached, evidence);
        Advisor fresh = Fixtures.real();
        assertThat(cached.version()).isEqualTo(fresh.ruleBook().version());
        assertThat(cached.catalogue()).isEqualTo(fresh.ruleBook().catalogue());
        List<Scenario> scenarios = ScenarioFolder.read(Fixtures.SCENARIOS);
        assertThat(scenarios).hasSizeGreaterThan(20);
        int findings = 0;
        for (Scenario scenario : scenarios) {
            if (!scenario.readable()) {
                continue;
            }
            String expected = AdviceJson.write(fresh.evaluate(scenario.plan()));
            assertThat(AdviceJson.write(fromCache.evaluate(scenario.plan())))
                    .as(scenario.file().toString()).isEqualTo(expected);
            findings += fresh.evaluate(scenario.plan()).findings().size();
        }
        assertThat(findings).as("the scenarios produce findings to compare").isGreaterThan(100);
    }

    @Test
    void an_edited_rule_file_forces_a_rebuild(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copy(Fixtures.RULES, dir.resolve("rules"));
        assertThat(RuleBook.open(rules, known, cache, Fixtures.SEEDS).loadedFromCache())
                .as("an unchanged copy is the same rule set").isTrue();
        Files.writeString(rules.resolve("advice/timing.dslr"), "\n// a trainer's note\n", StandardOpenOption.APPEND);
        RuleBook book = RuleBook.open(rules, known, cache, Fixtures.SEEDS);
        assertThat(book.loadedFromCache()).isFalse();
        assertThat(book.catalogue()).hasSameSizeAs(Fixtures.real().ruleBook().catalogue());
    }

    @Test
    void an_edited_seed_forces_a_rebuild(@TempDir Path dir) throws Exception {
        Path seeds = Fixtures.copy(Fixtures.SEEDS, dir.resolve("seeds"));
        Path lessons = seeds.resolve("lessons.yaml");
        Files.writeString(lessons, Files.readString(lessons) + "\n# edited\n");
        assertThat(RuleBook.open(Fixtures.RULES, known, cache, seeds).loadedFromCache()).isFalse();
    }

    @Test
    void a_program_upgrade_forces_a_rebuild() throws Exception {
        RuleCache upgraded = new RuleCache(cacheDir, List.of(), "test-program-2");
        assertThat(upgraded.key(Fixtures.RULES, Fixtures.SEEDS)).isNotEqualTo(cache.key(Fixtures.RULES, Fixtures.SEEDS));
        assertThat(RuleBook.open(Fixtures.RULES, known, upgraded, Fixtures.SEEDS).loadedFromCache()).isFalse();
    }

    @Test
    void a_corrupt_cache_file_forces_a_rebuild_and_is_removed(@TempDir Path dir) throws Exception {
        String key = cache.key(Fixtures.RULES, Fixtures.SEEDS);
        byte[] good = Files.readAllBytes(cacheDir.resolve(key + ".rules"));
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 3);
        for (byte[] damaged : List.of(flipped, truncated, "not a cache file".getBytes(StandardCharsets.UTF_8))) {
            Path other = Files.createTempDirectory(dir, "cache");
            Files.write(other.resolve(key + ".rules"), damaged);
            RuleCache damagedCache = new RuleCache(other, List.of(), PROGRAM);
            RuleBook book = RuleBook.open(Fixtures.RULES, known, damagedCache, Fixtures.SEEDS);
            assertThat(book.loadedFromCache()).isFalse();
            assertThat(book.catalogue()).hasSameSizeAs(Fixtures.real().ruleBook().catalogue());
            assertThat(other.resolve(key + ".rules")).doesNotExist();
        }
    }

    @Test
    void shipped_compiled_rules_are_read_but_never_written(@TempDir Path dir) throws Exception {
        String key = cache.key(Fixtures.RULES, Fixtures.SEEDS);
        Path shipped = Files.createDirectories(dir.resolve("shipped"));
        Files.copy(cacheDir.resolve(key + ".rules"), shipped.resolve(key + ".rules"));
        RuleCache withShipped = new RuleCache(dir.resolve("user"), List.of(shipped), PROGRAM);
        assertThat(RuleBook.open(Fixtures.RULES, known, withShipped, Fixtures.SEEDS).loadedFromCache()).isTrue();
        assertThat(dir.resolve("user")).doesNotExist();
    }

    @Test
    void two_processes_starting_at_once_with_an_empty_cache_both_work(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("cache");
        List<Process> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(cli(empty, dir.resolve("out-" + i + ".txt"), "evaluate", "scenarios/alga-boycott-2011.yaml", "--format", "json"));
        }
        for (Process process : both) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }
        String first = Files.readString(dir.resolve("out-0.txt"));
        assertThat(first).contains("\"channels.fragmented\"");
        assertThat(Files.readString(dir.resolve("out-1.txt"))).isEqualTo(first);
        // Each saw an empty cache, compiled, and left one background compile to store the rules for next time.
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && (!hasEntry(empty) || hasMarker(empty))) {
            Thread.sleep(200);
        }
        assertThat(hasEntry(empty)).as("the background compile stored the rules").isTrue();
        Process again = cli(empty, dir.resolve("again.txt"), "prepare");
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("again.txt"))).matches("(?s)Already stored: \\d+ rules from .*");
    }

    private static Process cli(Path cache, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dcampaign.advisor.cache=" + cache.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.campaignadvisor.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static boolean hasEntry(Path dir) throws IOException {
        return list(dir).stream().anyMatch(p -> p.toString().endsWith(".rules"));
    }

    private static boolean hasMarker(Path dir) throws IOException {
        return list(dir).stream().anyMatch(p -> p.toString().endsWith(".preparing"));
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
