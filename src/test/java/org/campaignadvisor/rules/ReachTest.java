package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.Test;

/** The reach estimate comes from the context profile, so the same plan gets other numbers elsewhere. */
@Tag("unit")
class ReachTest {
    private static final String PETITION = """
            name: Same petition, two countries
            context: %s
            goal: {kind: petition, offlineAction: sign, target: {value: 8000, unit: signatures}}
            audience:
              recruitment: targeted
              segments: [{name: city residents, size: 300000, fromUserAnalysis: true}]
            channels: [{platform: facebook}]
            """;

    private static Advice evaluate(String context) throws Exception {
        Plan plan = PlanReader.parse(PETITION.formatted(context), PlanFormat.YAML, "plan");
        return Fixtures.real().evaluate(plan);
    }

    @Test
    void a_target_out_of_reach_in_kazakhstan_2011_names_the_target_the_share_and_the_reach() throws Exception {
        Finding finding = evaluate("kazakhstan-2011").findings().stream()
                .filter(f -> f.id().equals("goal.target-out-of-reach")).findFirst().orElseThrow();
        // 300,000 × 4.3/16.6 online × 37 % on social networks ≈ 28,753
        assertThat(finding.message()).startsWith(
                "Your target of 8,000 signatures is 28 % of the at most 28,753 people the plan can reach.");
        assertThat(finding.why()).isEqualTo("The target is 8,000 signatures; 300,000 people in the audience segments, about 77,711"
                + " of them online (26 %); about 28,753 of those use social networks (37 % in a survey of internet users cited for this context);"
                + " an upper bound: critics cited in the report say such official internet figures might count the same users several times");
        assertThat(finding.reportSays().get(0).figures()).extracting(f -> f.text())
                .contains("elbasy.net received only 604 signatures between 3 March and 12 May 2011 (according to the website)");
    }

    @Test
    void the_same_target_is_within_reach_in_the_high_access_example() throws Exception {
        Advice advice = evaluate("high-access-example");
        assertThat(advice.findings()).extracting(Finding::id).doesNotContain("goal.target-out-of-reach");
    }
}
