package org.campaignadvisor.scenarios;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.evidence.Lesson;
import org.junit.jupiter.api.Test;

/**
 * What the seeds show as the report's words is the report's: every passage in quotation marks in a
 * lesson's "report" text is found in the report itself, and every 2011 scenario marks each number or
 * date the report does not give as an assumption.
 */
@Tag("unit")
class EvidenceFaithfulnessTest {
    /** The report, as laid beside the repository in ../shared/seeds (CI and developers' machines). */
    private static final Path REPORT = Path.of(System.getProperty("report", "../shared/seeds/000_4c54852dd31906de.txt"));
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]*)\"");

    private static String normalised(String text) {
        return text.replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"').replace("\u2013", "-")
                .replace("\u2014", "-").replaceAll("\\s+", " ").toLowerCase();
    }

    @Test
    void every_quoted_passage_in_the_lessons_is_in_the_report() throws Exception {
        assertThat(REPORT).as("the report is expected at %s (or pass -Dreport=PATH)", REPORT.toAbsolutePath()).exists();
        String report = normalised(Files.readString(REPORT));
        List<String> missing = new ArrayList<>();
        int quotes = 0;
        for (Lesson lesson : Fixtures.real().evidence().lessons()) {
            Matcher m = QUOTE.matcher(lesson.report());
            while (m.find()) {
                if (m.group(1).length() < 12) {
                    continue; // a single word such as "vowed": too short to check on its own
                }
                quotes++;
                // an ellipsis or a bracket marks a cut; each part must be in the report
                for (String part : m.group(1).split("\\.\\.\\.|…")) {
                    String piece = normalised(part.strip()).replace("'", "\"");
                    String alt = normalised(part.strip());
                    if (!piece.isBlank() && !report.replace("'", "\"").contains(piece) && !report.contains(alt)) {
                        missing.add(lesson.id() + ": " + part.strip());
                    }
                }
            }
        }
        assertThat(quotes).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void every_number_the_report_does_not_give_is_marked_as_an_assumption_in_the_2011_scenarios() throws Exception {
        Pattern valued = Pattern.compile("^\\s*(-\\s*)?(\\{.*(followers|postsPerWeek|size|value): *\\d.*|"
                + "(size|start|keyDate|end|value|internetShare|followers|postsPerWeek|language|publicCounter):\\s*\\S.*)$");
        List<String> unmarked = new ArrayList<>();
        try (var files = Files.list(Fixtures.SCENARIOS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-2011.yaml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (valued.matcher(line).matches() && !line.contains("# assumption") && !line.contains("# report")) {
                        unmarked.add(file.getFileName() + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(unmarked).isEmpty();
    }
}
