package org.campaignadvisor;

import java.nio.file.Path;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.RuleBook;

/**
 * Rule bases shared by every test in the JVM: compiling rules costs about a second, so each set is
 * compiled once. {@link #real()} is the product's own rules/ and seeds/; {@link #fixture()} is the
 * small engine fixture under src/test/resources/fixtures.
 */
public final class Fixtures {
    public static final Path RULES = Path.of("rules");
    public static final Path SEEDS = Path.of("seeds");
    public static final Path SCENARIOS = Path.of("scenarios");
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static Advisor real;
    private static Advisor fixture;

    private Fixtures() {
    }

    /** The advisor over the real rule base (rules/, seeds/). */
    public static synchronized Advisor real() {
        if (real == null) {
            real = load(RULES, SEEDS);
        }
        return real;
    }

    /** The advisor over the engine's test fixture rules. */
    public static synchronized Advisor fixture() {
        if (fixture == null) {
            fixture = load(FIXTURES.resolve("rules"), FIXTURES.resolve("seeds"));
        }
        return fixture;
    }

    public static Path fixturePlan(String name) {
        return FIXTURES.resolve("plans").resolve(name);
    }

    /** A writable copy of the fixture rules in {@code dir/rules}, for tests that edit rule files. */
    public static Path copyOfFixtureRules(Path dir) throws java.io.IOException {
        Path rules = dir.resolve("rules");
        java.nio.file.Files.createDirectories(rules);
        for (String file : java.util.List.of("classify.drl", "advice.drl")) {
            java.nio.file.Files.copy(FIXTURES.resolve("rules").resolve(file), rules.resolve(file));
        }
        return rules;
    }

    /** A copy of a folder (rules/, seeds/) for a test that edits it; README files are left out. */
    public static Path copy(Path from, Path to) throws Exception {
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (java.nio.file.Files.isDirectory(source)) {
                    java.nio.file.Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("README.md")) {
                    java.nio.file.Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static Advisor load(Path rules, Path seeds) {
        try {
            EvidenceBase evidence = EvidenceBase.load(seeds);
            return new Advisor(RuleBook.compile(rules, org.campaignadvisor.rules.KnownIds.of(evidence)), evidence);
        } catch (Exception e) {
            throw new IllegalStateException("test rule base " + rules + " does not load: " + e.getMessage(), e);
        }
    }
}
