package org.campaignadvisor.plan;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PlanReaderTest {

    private static final String MINIMAL = """
            name: Test
            context: kazakhstan-2011
            goal:
              kind: petition
            """;

    private static List<String> problems(String yaml) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanReader.parse(yaml, PlanFormat.YAML, "plan.yaml"));
        assertThat(e).as("the plan should have been rejected").isNotNull();
        return e.problems().stream().map(PlanProblem::toString).toList();
    }

    @Test
    void a_minimal_plan_gets_the_documented_defaults() throws Exception {
        Plan plan = PlanReader.parse(MINIMAL, PlanFormat.YAML, "plan.yaml");
        assertThat(plan.goal().offlineAction()).isEqualTo("none");
        assertThat(plan.audience().recruitment()).isEqualTo("none");
        assertThat(plan.channels()).isEmpty();
        assertThat(plan.evaluation().attribution()).isEqualTo("none");
        assertThat(plan.goal().target().isSet()).isFalse();
    }

    @Test
    void yaml_and_json_with_the_same_content_give_the_same_plan() throws Exception {
        String json = """
                {"name": "Test", "context": "kazakhstan-2011", "goal": {"kind": "petition"},
                 "timeline": {"start": "2011-02-04", "keyDate": "2011-04-03", "end": "2011-04-04"},
                 "channels": [{"platform": "facebook", "content": ["agenda"], "followers": 400}]}
                """;
        String yaml = MINIMAL + """
                timeline: {start: 2011-02-04, keyDate: 2011-04-03, end: 2011-04-04}
                channels:
                  - {platform: facebook, content: [agenda], followers: 400}
                """;
        Plan fromJson = PlanReader.parse(json, PlanFormat.JSON, "plan.json");
        Plan fromYaml = PlanReader.parse(yaml, PlanFormat.YAML, "plan.yaml");
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(fromJson.timeline().daysToKeyDate()).isEqualTo(58);
        assertThat(fromJson.timeline().keyDate()).isEqualTo(LocalDate.of(2011, 4, 3));
    }

    @Test
    void a_negative_segment_size_is_reported_with_its_path_and_value() {
        assertThat(problems(MINIMAL + """
                audience:
                  segments:
                    - {name: a, size: 10}
                    - {name: b, size: -5}
                """)).containsExactly("audience.segments[1].size: must be ≥ 0, got -5");
    }

    @Test
    void an_unknown_field_is_reported_with_a_suggestion() {
        assertThat(problems(MINIMAL + """
                channels:
                  - platfrom: facebook
                """)).containsExactly(
                "channels[0].platform: is required",
                "channels[0].platfrom: unknown field (did you mean \"platform\"?)");
    }

    @Test
    void a_wrong_type_names_what_was_expected() {
        assertThat(problems(MINIMAL + """
                team: {people: lots}
                """)).containsExactly("team.people: must be a whole number, got \"lots\"");
    }

    @Test
    void a_share_outside_zero_and_one_is_rejected() {
        assertThat(problems(MINIMAL + """
                audience:
                  segments:
                    - {name: a, internetShare: 1.5}
                """)).containsExactly("audience.segments[0].internetShare: must be ≤ 1, got 1.5");
    }

    @Test
    void an_end_before_the_start_is_rejected() {
        assertThat(problems(MINIMAL + """
                timeline: {start: 2011-04-03, end: 2011-03-01}
                """)).containsExactly("timeline.end: must not be before timeline.start (2011-04-03), got 2011-03-01");
    }

    @Test
    void a_key_date_outside_the_campaign_is_rejected() {
        assertThat(problems(MINIMAL + """
                timeline: {start: 2011-02-04, keyDate: 2011-05-01, end: 2011-04-04}
                """)).containsExactly("timeline.keyDate: must not be after timeline.end (2011-04-04), got 2011-05-01");
    }

    @Test
    void an_impossible_calendar_date_is_rejected() {
        assertThat(problems(MINIMAL + """
                timeline: {start: 2011-02-30}
                """)).containsExactly("timeline.start: is not a real calendar date, got \"2011-02-30\"");
    }

    @Test
    void an_unknown_choice_lists_the_allowed_ones() {
        assertThat(problems(MINIMAL + """
                audience: {recruitment: sometimes}
                """)).containsExactly("audience.recruitment: must be one of targeted, random, none; got \"sometimes\"");
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once() {
        assertThat(problems("""
                name: ""
                goal: {kind: party}
                audience:
                  segments:
                    - {name: a, size: -1, internetShare: -0.1, ageBand: old}
                """)).containsExactly(
                "audience.segments[0].ageBand: must be an age band such as 18-29 or 60+, got \"old\"",
                "audience.segments[0].internetShare: must be ≥ 0, got -0.1",
                "audience.segments[0].size: must be ≥ 0, got -1",
                "context: is required",
                "goal.kind: must be one of awareness, fundraising, advocacy, petition, electoral, turnout, boycott, "
                        + "spoil-ballot, protest, membership; got \"party\"",
                "name: must not be empty");
    }

    @Test
    void malformed_yaml_is_reported_with_line_and_column() {
        assertThat(problems("name: a\ngoal: [unclosed\n")).singleElement().asString()
                .startsWith("line 2, column 16: not valid YAML (while parsing a flow sequence; expected ',' or ']'");
    }

    @Test
    void malformed_json_is_reported_with_line_and_column() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanReader.parse("{\"name\": \"a\",\n \"goal\": }", PlanFormat.JSON, "plan.json"));
        assertThat(e.problems()).singleElement().asString().startsWith("line 2, column 10: not valid JSON");
    }

    @Test
    void an_empty_document_is_rejected() {
        assertThat(problems("  \n")).containsExactly("is empty: a plan needs at least name, context and goal.kind");
    }

    @Test
    void a_list_at_the_top_is_rejected() {
        assertThat(problems("- a\n- b\n")).containsExactly(
                "must be a group of fields (name, context, goal, …), got a list");
    }

    @Test
    void a_duplicate_key_is_rejected() {
        assertThat(problems(MINIMAL + "name: Again\n")).singleElement().asString().contains("Duplicate field 'name'");
    }

    @Test
    void a_number_too_large_to_be_finite_is_rejected() {
        assertThat(problems(MINIMAL + "team: {budget: 1e400}\n")).containsExactly("team.budget: must be a finite number, got Infinity");
    }

    @Test
    void a_not_a_number_value_is_rejected_as_malformed() {
        assertThat(problems(MINIMAL + "team: {budget: .nan}\n")).singleElement().asString()
                .contains("not valid YAML (Malformed numeric value '.nan')");
    }

    @Test
    void invalid_utf8_is_rejected_before_parsing() {
        byte[] bytes = "name: \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanReader.decode(bytes, "plan.yaml"));
        assertThat(e.problems()).containsExactly(new PlanProblem("", "is not valid UTF-8 text"));
    }

    @Test
    void a_written_plan_reads_back_to_the_same_plan() throws Exception {
        Plan plan = PlanReader.parse(MINIMAL + """
                timeline: {start: 2011-02-04, keyDate: 2011-04-03, end: 2011-04-04}
                audience:
                  recruitment: targeted
                  segments: [{name: students, size: 1000, internetShare: 0.5, ageBand: 18-29}]
                channels: [{platform: blog, lifetime: ongoing, answersComments: true}]
                risk: {legalReview: true}
                """, PlanFormat.YAML, "plan.yaml");
        for (PlanFormat format : PlanFormat.values()) {
            String written = PlanReader.write(plan, format);
            assertThat(PlanReader.parse(written, format, "written")).as(format.name()).isEqualTo(plan);
        }
    }
}
