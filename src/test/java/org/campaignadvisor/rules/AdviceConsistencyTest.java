package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.evidence.ContextProfile;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks over thousands of valid random plans from the schema, and every scenario:
 * a plan never gets two findings that say opposite things (each rule's @opposes), no finding has an
 * empty "why" or an unfilled placeholder, sentences start with a capital letter, and a finding cites
 * a country-specific lesson only where the plan's context profile holds its facts.
 */
@Tag("unit")
class AdviceConsistencyTest {
    private static final int PLANS = 3000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");

    @Test
    void random_plans_and_scenarios_never_get_contradicting_empty_or_unfilled_findings() throws Exception {
        Advisor advisor = Fixtures.real();
        EvidenceBase evidence = advisor.evidence();
        Map<String, List<String>> opposes = new TreeMap<>();
        advisor.ruleBook().catalogue().forEach(rule -> opposes.put(rule.name(), rule.opposes()));
        assertThat(opposes.values().stream().mapToInt(List::size).sum()).as("pairs of opposite findings declared").isGreaterThan(20);

        List<Plan> plans = new ArrayList<>();
        RandomPlans random = new RandomPlans(20261130L, evidence.contexts().stream().map(ContextProfile::id).toList());
        for (int i = 0; i < PLANS; i++) {
            plans.add(PlanReader.fromTree(random.next(i), "random plan " + i));
        }
        for (Scenario scenario : ScenarioFolder.read(Fixtures.SCENARIOS)) {
            if (scenario.plan() != null) {
                plans.add(scenario.plan());
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new java.util.TreeSet<>();
        for (Plan plan : plans) {
            Advice advice = advisor.evaluate(plan);
            ContextProfile context = evidence.context(plan.context()).orElseThrow();
            Set<String> ids = advice.findings().stream().map(Finding::id).collect(Collectors.toSet());
            for (Finding finding : advice.findings()) {
                seen.add(finding.id());
                String where = plan.name() + " / " + finding.id();
                for (String opposite : opposes.getOrDefault(finding.id(), List.of())) {
                    if (ids.contains(opposite)) {
                        problems.add(where + " together with its opposite " + opposite);
                    }
                }
                if (finding.why().isBlank()) {
                    problems.add(where + " has an empty why");
                }
                for (String text : List.of(finding.title(), finding.message(), finding.why(), finding.action(),
                        finding.ourReading(), finding.safety())) {
                    if (PLACEHOLDER.matcher(text).find()) {
                        problems.add(where + " has an unfilled placeholder: " + text);
                    }
                    if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
                        problems.add(where + " has a sentence starting in lower case: " + text);
                    }
                }
                if (finding.reportSays().isEmpty() && finding.ourGuidance().isEmpty()) {
                    problems.add(where + " rests on neither the report nor our guidance");
                }
                for (Citation citation : finding.reportSays()) {
                    evidence.lesson(citation.lesson()).filter(lesson -> !context.supports(lesson))
                            .ifPresent(lesson -> problems.add(where + " cites " + lesson.id()
                                    + ", which describes facts the context " + context.id() + " does not hold"));
                }
            }
        }
        assertThat(problems).as("problems over %d plans", plans.size()).isEmpty();
        assertThat(seen).as("the random plans reach most advice rules").hasSizeGreaterThan(45);
    }
}
