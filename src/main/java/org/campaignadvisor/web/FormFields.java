package org.campaignadvisor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Messages;

/**
 * The plan form, described once: its sections and fields in plain language, each with help text
 * saying what it means and why the report cares. The template renders the form from this list, so
 * every field of the plan format appears, with a label, in one place.
 */
public final class FormFields {
    private FormFields() {
    }

    /**
     * One input. {@code name} is relative to its section's row prefix in repeatable sections; {@code key}
     * is its path in the plan format ({@code channels[].platform}), by which its label, help text and
     * option labels are found in docs/labels.yaml, and its options in the plan schema.
     */
    public record Field(String name, String key, String kind, boolean blankOption) {
        static Field text(String name) {
            return new Field(name, name, "text", false);
        }

        static Field number(String name) {
            return new Field(name, name, "number", false);
        }

        static Field date(String name) {
            return new Field(name, name, "date", false);
        }

        static Field choice(String name) {
            return new Field(name, name, "select", false);
        }

        static Field choice(String name, boolean blankOption) {
            return new Field(name, name, "select", blankOption);
        }

        static Field checks(String name) {
            return new Field(name, name, "checks", false);
        }

        static Field yes(String name) {
            return new Field(name, name, "checkbox", false);
        }

        static Field list(String name) {
            return new Field(name, name, "list", false);
        }

        Field in(String rows) {
            return rows.isEmpty() ? this : new Field(name, rows + "[]." + name, kind, blankOption);
        }

        public String label() {
            return Labels.get().field(key).label();
        }

        public String help() {
            return Labels.get().field(key).help();
        }

        /** True for the fields a plan must have. */
        public boolean required() {
            return REQUIRED.contains(key);
        }

        /** The choices with their labels in the labels' language. */
        public List<Option> options(Labels labels) {
            List<Option> options = new ArrayList<>();
            if (blankOption) {
                options.add(new Option("", Messages.of(labels.language()).t("form.notSet")));
            }
            labels.values(key).forEach((code, label) -> options.add(new Option(code, label)));
            return options;
        }
    }

    /** A choice of a select or a group of checkboxes. */
    public record Option(String value, String label) {
    }

    private static final Set<String> REQUIRED = Set.of("name", "context", "goal.kind");

    /**
     * A group of fields. A repeatable section ({@code rows} not empty) shows one row per segment,
     * channel or activity, its inputs named {@code rows[i].name}.
     */
    public record Section(String title, String intro, String rows, List<Field> fields) {
        public Section {
            fields = fields.stream().map(f -> f.in(rows)).toList();
        }

        /** An id for the section's disclosure, from its title. */
        public String id() {
            return "section-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }

        public boolean repeatable() {
            return !rows.isEmpty();
        }
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("The campaign", "Who runs it and where.", "", List.of(
                    Field.text("name"),
                    Field.text("organisation"),
                    Field.choice("context"),
                    Field.text("language"))),
            new Section("Goal", "What the campaign wants, from whom, and what supporters should do.", "", List.of(
                    Field.choice("goal.kind"),
                    Field.text("goal.description"),
                    Field.choice("goal.offlineAction"),
                    Field.number("goal.target.value"),
                    Field.text("goal.target.unit"),
                    Field.yes("goal.publicCounter"),
                    Field.text("goal.ask"),
                    Field.choice("goal.scope", true),
                    Field.checks("goal.decisionMakers"))),
            new Section("Timeline", "Dates as YYYY-MM-DD.", "", List.of(
                    Field.date("timeline.start"),
                    Field.date("timeline.keyDate"),
                    Field.date("timeline.end"),
                    Field.yes("timeline.continueAfterKeyDate"))),
            new Section("Audience", "The groups you want to reach.", "", List.of(
                    Field.choice("audience.recruitment"))),
            new Section("Audience segments", "One row per group. Leave a row empty to skip it.", "audience.segments", List.of(
                    Field.text("name"),
                    Field.number("size"),
                    Field.text("ageBand"),
                    Field.number("internetShare"),
                    Field.choice("digitalLiteracy", true),
                    Field.yes("fromUserAnalysis"))),
            new Section("Channels", "One row per page, group, site or offline channel.", "channels", List.of(
                    Field.choice("platform", true),
                    Field.choice("hosting", true),
                    Field.choice("speaker", true),
                    Field.number("postsPerWeek"),
                    Field.yes("answersComments"),
                    Field.checks("content"),
                    Field.choice("lifetime", true),
                    Field.number("followers"),
                    Field.yes("preexisting"),
                    Field.yes("own"))),
            new Section("Activities", "Things the campaign does, online or offline.", "activities", List.of(
                    Field.text("name"),
                    Field.yes("offline"),
                    Field.date("date"))),
            new Section("Training", "Who learns what before and during the campaign.", "", List.of(
                    Field.checks("training.trainees"),
                    Field.checks("training.topics"))),
            new Section("Outreach abroad", "Foreign stakeholders kept informed.", "", List.of(
                    Field.checks("outreach.audiences"),
                    Field.list("outreach.languages"))),
            new Section("Evaluation", "How you will know whether it worked.", "", List.of(
                    Field.list("evaluation.metrics"),
                    Field.yes("evaluation.baseline"),
                    Field.choice("evaluation.attribution"),
                    Field.checks("evaluation.dataSources"),
                    Field.yes("evaluation.review"))),
            new Section("Team", "People, time and money.", "", List.of(
                    Field.number("team.people"),
                    Field.number("team.hoursPerWeek"),
                    Field.number("team.budget"),
                    Field.text("team.currency"))),
            new Section("Risk", "Preparations against blocking and pressure.", "", List.of(
                    Field.yes("risk.legalReview"),
                    Field.yes("risk.backupChannels"),
                    Field.yes("risk.responsePlan"),
                    Field.checks("risk.personalData"),
                    Field.yes("risk.secureChannels"))));
}
