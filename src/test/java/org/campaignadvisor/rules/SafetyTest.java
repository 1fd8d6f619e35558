package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.Test;

/**
 * The same plan gets the ordinary, exposing advice in an open context and the safer form in a
 * repressed one; safety findings are labelled as the project's guidance, never as the report's.
 */
@Tag("unit")
class SafetyTest {
    /** An anonymous one-off clip, a boycott by abstention, signatures, a named blogger, no young people. */
    private static final String PLAN = """
            name: Safety probe
            context: %s
            goal: {kind: boycott, scope: national, offlineAction: abstain, decisionMakers: [public]}
            timeline: {start: 2011-01-01, keyDate: 2011-04-03, end: 2011-04-10}
            audience:
              recruitment: none
              segments: [{name: voters, size: 100000, ageBand: 40-60}]
            channels:
              - {platform: youtube, speaker: anonymous, lifetime: one-off, content: [satire]}
              - {platform: blog, speaker: person, lifetime: ongoing, answersComments: true, content: [agenda]}
            risk: {personalData: [names, photos]}
            """;

    private static Advice evaluate(String context) throws Exception {
        Plan plan = PlanReader.parse(PLAN.formatted(context), PlanFormat.YAML, "safety probe");
        return Fixtures.real().evaluate(plan);
    }

    private static Finding finding(Advice advice, String id) {
        return advice.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + advice.findings().stream().map(Finding::id).toList()));
    }

    @Test
    void an_exposing_action_keeps_its_ordinary_form_in_an_open_context() throws Exception {
        Advice open = evaluate("high-access-example");
        Finding fading = finding(open, "channels.fading-voice");
        assertThat(fading.action()).contains("under a name people can follow");
        assertThat(fading.safety()).isEmpty();
        assertThat(fading.ourGuidance()).isEmpty();
        assertThat(finding(open, "action.abstention").action()).contains("post a photo");
        assertThat(open.findings()).extracting(Finding::id).noneMatch(id -> id.startsWith("safety."));
    }

    @Test
    void the_same_plan_gets_the_safer_form_and_the_reason_in_a_repressed_context() throws Exception {
        Advice repressed = evaluate("kazakhstan-2011");
        Finding fading = finding(repressed, "channels.fading-voice");
        assertThat(fading.action()).contains("consistent pseudonym").doesNotContain("a name people can follow");
        assertThat(fading.safety()).contains("repressed", "not the report's");
        assertThat(fading.ourGuidance()).extracting(g -> g.id()).contains("S2");
        Finding abstention = finding(repressed, "action.abstention");
        assertThat(abstention.action()).doesNotContain("photo").contains("without identifying anyone");
        assertThat(finding(repressed, "evaluation.uncountable-action").action()).doesNotContain("every participant can be counted");
    }

    @Test
    void personal_data_and_named_speakers_are_warned_of_only_where_civic_space_is_restricted() throws Exception {
        Advice repressed = evaluate("kazakhstan-2011");
        Finding data = finding(repressed, "safety.personal-data");
        assertThat(data.message()).contains("names, photos", "repressed");
        assertThat(data.reportSays()).as("safety guidance is never cited as the report's evidence").isEmpty();
        assertThat(data.ourGuidance()).extracting(g -> g.id()).contains("S3");
        assertThat(data.ourReading()).contains("not the report's");
        assertThat(finding(repressed, "safety.named-speakers").message()).contains("blog");
        assertThat(finding(repressed, "safety.organisers-channels").ourGuidance()).extracting(g -> g.id()).contains("S4");
        assertThat(evaluate("high-access-example").findings()).extracting(Finding::id)
                .doesNotContain("safety.personal-data", "safety.named-speakers", "safety.organisers-channels");
    }

    @Test
    void every_action_that_exposes_people_is_weighed_by_its_rule() {
        Pattern exposing = Pattern.compile("(?i)under a name|real name|photo|spokesperson|students|abroad|foreign|"
                + "every participant|public pledge|list of (names|participants)|handed out|hold meetings|leaflets or meetings");
        List<String> unweighed = Fixtures.real().ruleBook().catalogue().stream()
                .filter(rule -> rule.isAdvice() && exposing.matcher(rule.action()).find() && rule.exposes().isBlank())
                .map(rule -> rule.name() + ": " + rule.action())
                .toList();
        assertThat(unweighed).isEmpty();
        assertThat(Fixtures.real().ruleBook().catalogue().stream().filter(rule -> !rule.exposes().isBlank()))
                .allSatisfy(rule -> {
                    assertThat(rule.saferAction()).isNotBlank();
                    assertThat(exposing.matcher(rule.saferAction()).find() && rule.saferAction().contains("under a name"))
                            .as("the safer action of %s does not ask for a name", rule.name()).isFalse();
                });
    }
}
