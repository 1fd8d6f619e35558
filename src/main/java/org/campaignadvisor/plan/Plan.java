package org.campaignadvisor.plan;

import java.util.List;

/**
 * A campaign plan as a campaigner describes it. Immutable; absent parts are replaced by their
 * documented defaults, so rules never meet a null part. See docs/plan-format.md.
 */
public record Plan(
        String name,
        String organisation,
        String context,
        String language,
        Goal goal,
        Timeline timeline,
        Audience audience,
        List<Channel> channels,
        List<Activity> activities,
        Training training,
        Outreach outreach,
        Evaluation evaluation,
        Team team,
        Risk risk,
        Expectation expect) {

    public Plan {
        organisation = Defaults.text(organisation, "");
        language = Defaults.text(language, "");
        goal = Defaults.object(goal, new Goal(null, null, null, null, false, null, null, null));
        timeline = Defaults.object(timeline, new Timeline(null, null, null, false));
        audience = Defaults.object(audience, new Audience(null, null));
        channels = Defaults.list(channels);
        activities = Defaults.list(activities);
        training = Defaults.object(training, new Training(null, null));
        outreach = Defaults.object(outreach, new Outreach(null, null));
        evaluation = Defaults.object(evaluation, new Evaluation(null, false, null, null, false));
        team = Defaults.object(team, new Team(0, 0, 0, null));
        risk = Defaults.object(risk, new Risk(false, false, false, null, false));
        expect = Defaults.object(expect, new Expectation(null, null));
    }
}
