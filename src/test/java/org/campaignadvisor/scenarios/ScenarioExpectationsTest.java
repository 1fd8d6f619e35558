package org.campaignadvisor.scenarios;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario in scenarios/ produces the findings it declares, and none it rules out. */
@Tag("unit")
class ScenarioExpectationsTest {

    @TestFactory
    Stream<DynamicTest> every_scenario_meets_its_expected_findings() throws Exception {
        List<Scenario> scenarios = ScenarioFolder.read(Fixtures.SCENARIOS);
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(14);
        RuleBaseCheck check = new RuleBaseCheck(Fixtures.real());
        RuleBaseCheck.Report report = check.run(scenarios);
        return report.scenarios().stream().map(result -> DynamicTest.dynamicTest(
                "scenario " + result.file().getFileName() + " meets its expectations",
                () -> assertThat(result.passed()).as(result.line()).isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> every_report_campaign_has_an_improved_version_with_fewer_warnings() {
        return Stream.of("alga-boycott", "elbasy-petition", "russian-platform-petition", "shrek-parody",
                "candidate-friending", "spoil-the-ballot").map(name -> DynamicTest.dynamicTest(
                name + " improved has fewer warnings and more strengths", () -> {
                    var before = Fixtures.real().evaluate(ScenarioFolder.readOne(path(name + "-2011.yaml")).plan());
                    var after = Fixtures.real().evaluate(ScenarioFolder.readOne(path(name + "-improved.yaml")).plan());
                    assertThat(after.count(org.campaignadvisor.advice.Severity.WARNING))
                            .isLessThan(before.count(org.campaignadvisor.advice.Severity.WARNING) / 2 + 1);
                    assertThat(after.count(org.campaignadvisor.advice.Severity.STRENGTH))
                            .isGreaterThan(before.count(org.campaignadvisor.advice.Severity.STRENGTH));
                }));
    }

    private static Path path(String file) {
        return Fixtures.SCENARIOS.resolve(file);
    }
}
