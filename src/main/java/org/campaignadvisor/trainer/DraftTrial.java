package org.campaignadvisor.trainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.KnownIds;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleCompileException;
import org.campaignadvisor.rules.RuleProblem;
import org.campaignadvisor.scenarios.Scenario;

/**
 * Tries a draft of one rule file before it is saved: the rules folder is copied aside with the draft
 * in place of the file, compiled, and every example plan is evaluated with the rules being served and
 * with the draft. The answer lists, per plan, the findings that would appear and disappear and the
 * plan's expectations the draft would break; or, when the draft does not compile, its problems.
 */
public final class DraftTrial {
    /** What the draft changes for one example plan. */
    public record PlanEffect(String plan, String file, List<String> appear, List<String> disappear, List<String> breaks) {
        public boolean changes() {
            return !appear.isEmpty() || !disappear.isEmpty();
        }
    }

    /** The outcome: problems (the draft does not compile), or its effect on every plan. */
    public record Result(List<RuleProblem> problems, List<PlanEffect> effects) {
        public boolean compiles() {
            return problems.isEmpty();
        }

        public int broken() {
            return (int) effects.stream().filter(e -> !e.breaks().isEmpty()).count();
        }
    }

    private DraftTrial() {
    }

    public static Result run(Path rules, String file, String draft, Advisor current, EvidenceBase evidence, List<Scenario> scenarios)
            throws IOException {
        Path copy = Files.createTempDirectory("rule-draft");
        try {
            copyRules(rules, copy);
            Files.writeString(copy.resolve(file), draft);
            RuleBook book;
            try {
                book = RuleBook.compile(copy, KnownIds.of(evidence));
            } catch (RuleCompileException e) {
                return new Result(e.problems(), List.of());
            }
            Advisor trial = new Advisor(book, evidence);
            List<PlanEffect> effects = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                if (scenario.plan() == null) {
                    continue;
                }
                try {
                    Set<String> before = ids(current, scenario);
                    Set<String> after = ids(trial, scenario);
                    List<String> appear = after.stream().filter(id -> !before.contains(id)).toList();
                    List<String> disappear = before.stream().filter(id -> !after.contains(id)).toList();
                    List<String> breaks = new ArrayList<>();
                    var expect = scenario.plan().expect();
                    expect.fires().stream().filter(id -> before.contains(id) && !after.contains(id))
                            .forEach(id -> breaks.add("expects " + id + ", which would no longer fire"));
                    expect.doesNotFire().stream().filter(id -> !before.contains(id) && after.contains(id))
                            .forEach(id -> breaks.add("rules out " + id + ", which would now fire"));
                    effects.add(new PlanEffect(scenario.plan().name(), scenario.file().getFileName().toString(), appear, disappear, breaks));
                } catch (InvalidPlanException e) {
                    // a scenario with an unknown context: it is reported by check, not here
                }
            }
            return new Result(List.of(), effects);
        } finally {
            deleteAll(copy);
        }
    }

    private static Set<String> ids(Advisor advisor, Scenario scenario) throws InvalidPlanException {
        Set<String> ids = new TreeSet<>();
        advisor.evaluate(scenario.plan()).findings().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private static void copyRules(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                String relative = from.relativize(source).toString();
                if (relative.startsWith(".history")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
