import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.compare.NamedPlan;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;

/**
 * Benchmark 4 helper: writes N generated scenario files (variations of the real scenarios) into a
 * folder, and times reading plus comparing them in-process on a compiled rule base.
 * Usage: CompareTiming RULES_DIR SEEDS_DIR SCENARIOS_DIR OUT_DIR N
 */
public final class CompareTiming {
    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        Path scenarios = Path.of(args[2]);
        Path out = Path.of(args[3]);
        int n = Integer.parseInt(args[4]);
        Files.createDirectories(out);
        List<Path> sources = ScenarioFolder.files(scenarios);
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            String text = Files.readString(sources.get(i % sources.size()));
            text = text.replaceFirst("(?m)^name: (.*)$", "name: \"generated " + i + "\"")
                    .replaceAll("followers: 400", "followers: " + (100 + random.nextInt(900)));
            Files.writeString(out.resolve(String.format("plan-%04d.yaml", i)), text);
        }
        Advisor advisor = new Advisor(RuleBook.compile(rules), EvidenceBase.load(seeds));
        for (int warm = 0; warm < 3; warm++) {
            run(advisor, out);
        }
        long start = System.nanoTime();
        int columns = run(advisor, out);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("COMPARE in-process: read and compared %d files in %d ms (warm JVM, %d cores)%n",
                columns, ms, Runtime.getRuntime().availableProcessors());
    }

    private static int run(Advisor advisor, Path folder) throws Exception {
        List<NamedPlan> plans = new ArrayList<>();
        for (Path file : ScenarioFolder.files(folder)) {
            Scenario s = ScenarioFolder.readOne(file);
            plans.add(s.readable() ? NamedPlan.of(file.getFileName().toString(), s.plan()) : NamedPlan.unreadable(file.toString(), s.problems()));
        }
        return Comparison.of(advisor, plans).columns().size();
    }
}
