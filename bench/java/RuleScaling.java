import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.RuleBook;

/**
 * Benchmark 2 (rule-count scaling) and 3a (idle recompile time).
 * Usage: RuleScaling RULES_DIR SEEDS_DIR PLAN_FILE WORK_DIR
 * Builds a second rules directory with nine extra copies (about 500 rules) of every advice rule, each guarded by a
 * condition no plan meets (same shape, never fires), then times warmed-up evaluations of both.
 */
public final class RuleScaling {
    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        Plan plan = PlanReader.read(Path.of(args[2]));
        Path work = Path.of(args[3]);
        Path silent = work.resolve("rules-with-silent-copies");
        copy(rules, silent);
        deleteLanguages(silent.resolve("lang")); // the copies have no translations: declare no language but English
        int extra = addSilentCopies(rules.resolve("advice"), silent.resolve("advice"), 9);

        EvidenceBase evidence = EvidenceBase.load(seeds);
        RuleBook base = RuleBook.compile(rules);
        RuleBook big = RuleBook.compile(silent);
        Advisor a = new Advisor(base, evidence);
        Advisor b = new Advisor(big, evidence);
        int fired = a.evaluate(plan).findings().size();
        if (b.evaluate(plan).findings().size() != fired) {
            throw new IllegalStateException("the silent copies fired: the benchmark would be wrong");
        }
        for (int i = 0; i < 20_000; i++) {
            a.evaluate(plan);
            b.evaluate(plan);
        }
        long[] ta = new long[10];
        long[] tb = new long[10];
        for (int round = 0; round < 10; round++) {
            ta[round] = time(a, plan, 1_000);
            tb[round] = time(b, plan, 1_000);
        }
        double ma = median(ta) / 1_000.0 / 1_000.0;
        double mb = median(tb) / 1_000.0 / 1_000.0;
        System.out.printf("rules: %d in the real rule base, %d with silent copies (+%d never-firing advice rules)%n",
                base.catalogue().size(), big.catalogue().size(), extra);
        System.out.printf("evaluation, real rules:        %.1f us (median of 10 rounds x 1,000 after 20,000 warm-up)%n", ma);
        System.out.printf("evaluation, + silent copies:   %.1f us%n", mb);
        System.out.printf("RATIO rule-scaling %.2f (target <= 1.3)%n", mb / ma);

        long[] compile = new long[5];
        for (int i = 0; i < compile.length; i++) {
            long start = System.nanoTime();
            RuleBook.compile(rules);
            compile[i] = System.nanoTime() - start;
        }
        System.out.printf("RELOAD idle recompile of the whole rule base: %.0f ms median of 5%n",
                median(compile) / 1_000_000.0);
    }

    private static long time(Advisor advisor, Plan plan, int n) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            advisor.evaluate(plan);
        }
        return (System.nanoTime() - start);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2.0;
    }

    private static void deleteLanguages(Path lang) throws Exception {
        if (Files.isDirectory(lang)) {
            try (Stream<Path> files = Files.list(lang)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(lang);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Writes copies k = 1..n of every advice file, each rule renamed and guarded by "the goal is silent-k". */
    private static int addSilentCopies(Path advice, Path target, int n) throws Exception {
        int rules = 0;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(advice)) {
            list.filter(p -> p.toString().endsWith(".dslr")).sorted().forEach(files::add);
        }
        for (int k = 1; k <= n; k++) {
            for (Path file : files) {
                StringBuilder out = new StringBuilder();
                for (String line : Files.readAllLines(file)) {
                    String stripped = line.strip();
                    if (stripped.startsWith("rule \"")) {
                        out.append(line.replaceFirst("rule \"([^\"]+)\"", "rule \"$1.silent" + k + "\"")).append('\n');
                        rules++;
                    } else if (stripped.equals("when")) {
                        out.append(line).append('\n').append("    the goal is silent-").append((char) ('a' + k)).append('\n');
                    } else {
                        out.append(line).append('\n');
                    }
                }
                Files.writeString(target.resolve("silent" + k + "-" + file.getFileName()), out);
            }
        }
        return rules;
    }
}
