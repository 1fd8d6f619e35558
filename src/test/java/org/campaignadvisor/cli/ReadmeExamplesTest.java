package org.campaignadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's example outputs come from real runs: every block that starts with
 * "$ ./campaign-advisor …" is run, and each of its lines (but the "..." that mark a cut) must appear
 * in the real output, in the same order. A change to the rules or the output fails here until the
 * README is updated from a real run.
 */
@Tag("unit")
class ReadmeExamplesTest {

    @Test
    void every_example_output_in_the_readme_is_what_the_program_prints() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int examples = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).startsWith("$ ./campaign-advisor ") || i == 0 || !readme.get(i - 1).startsWith("```")) {
                continue;
            }
            examples++;
            String[] args = readme.get(i).substring("$ ./campaign-advisor ".length()).strip().split("\\s+");
            List<String> actual = CliRun.of(args).out().lines().map(String::stripTrailing).toList();
            int at = 0;
            for (int j = i + 1; j < readme.size() && !readme.get(j).startsWith("```"); j++) {
                String expected = readme.get(j).stripTrailing();
                if (expected.strip().equals("...") || expected.isBlank()) {
                    continue;
                }
                int found = -1;
                for (int k = at; k < actual.size(); k++) {
                    if (actual.get(k).equals(expected)) {
                        found = k;
                        break;
                    }
                }
                if (found < 0) {
                    problems.add("README.md:" + (j + 1) + " (" + readme.get(i) + "): not in the real output, or out of order: " + expected);
                } else {
                    at = found + 1;
                }
            }
        }
        assertThat(examples).as("examples found in the README").isGreaterThanOrEqualTo(2);
        assertThat(problems).isEmpty();
    }
}
