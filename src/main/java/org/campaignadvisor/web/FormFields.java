package org.campaignadvisor.web;

import java.util.List;

/**
 * The plan form, described once: its sections and fields in plain language, each with help text
 * saying what it means and why the report cares. The template renders the form from this list, so
 * every field of the plan format appears, with a label, in one place.
 */
public final class FormFields {
    private FormFields() {
    }

    /** One input. {@code name} is relative to its section's row prefix in repeatable sections. */
    public record Field(String name, String label, String kind, List<String> options, String help) {
        static Field text(String name, String label, String help) {
            return new Field(name, label, "text", List.of(), help);
        }

        static Field number(String name, String label, String help) {
            return new Field(name, label, "number", List.of(), help);
        }

        static Field date(String name, String label, String help) {
            return new Field(name, label, "date", List.of(), help);
        }

        static Field choice(String name, String label, String help, String... options) {
            return new Field(name, label, "select", List.of(options), help);
        }

        static Field checks(String name, String label, String help, String... options) {
            return new Field(name, label, "checks", List.of(options), help);
        }

        static Field yes(String name, String label, String help) {
            return new Field(name, label, "checkbox", List.of(), help);
        }

        static Field list(String name, String label, String help) {
            return new Field(name, label, "list", List.of(), help);
        }
    }

    /**
     * A group of fields. A repeatable section ({@code rows} not empty) shows one row per segment,
     * channel or activity, its inputs named {@code rows[i].name}.
     */
    public record Section(String title, String intro, String rows, List<Field> fields) {
        public boolean repeatable() {
            return !rows.isEmpty();
        }
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("The campaign", "Who runs it and where.", "", List.of(
                    Field.text("name", "Campaign name", "A short name you will recognise in comparisons."),
                    Field.text("organisation", "Organisation", "Who runs the campaign. Anonymous campaigns are harder to trust and follow."),
                    Field.choice("context", "Country context", "The country figures used to estimate how many people you can reach online.",
                            "kazakhstan-2011", "high-access-example"),
                    Field.text("language", "Main language", "For example ru, kk or en."))),
            new Section("Goal", "What the campaign wants, from whom, and what supporters should do.", "", List.of(
                    Field.choice("goal.kind", "Kind of campaign", "The report says social media repeatedly made a difference for awareness and charity campaigns.",
                            "awareness", "fundraising", "advocacy", "petition", "electoral", "turnout", "boycott",
                            "spoil-ballot", "protest", "membership"),
                    Field.text("goal.description", "Goal in one sentence", "What will be different if the campaign succeeds?"),
                    Field.choice("goal.offlineAction", "Action away from the screen", "The report: online campaigns should be tools for action, preferably offline. Staying away (abstain) cannot be counted.",
                            "none", "vote", "abstain", "spoil-ballot", "sign", "attend", "donate", "volunteer", "contact-official", "other"),
                    Field.number("goal.target.value", "Numeric target", "How many signatures, donors or attendees? It is compared with the audience you can reach."),
                    Field.text("goal.target.unit", "Unit of the target", "For example signatures, donors, people at the meeting."),
                    Field.yes("goal.publicCounter", "A running count is shown publicly", "The report: the petitions' small counts (604 signatures) were unconvincing for the public and discrediting for the idea."),
                    Field.text("goal.ask", "The exact ask", "The sentence supporters read: what exactly should they do?"),
                    Field.choice("goal.scope", "How far the stake reaches", "Local, regional or national. Empty: election-related campaigns count as national.",
                            "", "local", "regional", "national"),
                    Field.checks("goal.decisionMakers", "Whom the campaign must move", "The report found that campaigns people could act on without dealing with the authorities made a difference.",
                            "public", "officials", "parliament", "election-commission", "companies", "foreign-governments"))),
            new Section("Timeline", "Dates as YYYY-MM-DD.", "", List.of(
                    Field.date("timeline.start", "Start", "The first day of the campaign."),
                    Field.date("timeline.keyDate", "Key date", "Election day, a hearing, a deadline. Two months' notice in 2011 left no time to build an audience."),
                    Field.date("timeline.end", "End", "The last planned day; not before the start."),
                    Field.yes("timeline.continueAfterKeyDate", "Channels keep running after the key date", "The 2011 candidates abandoned their pages right after the vote."))),
            new Section("Audience", "The groups you want to reach.", "", List.of(
                    Field.choice("audience.recruitment", "How followers are recruited", "The 2011 candidates' Facebook use came down to 'friending' random users; the report asks for recruitment based on an analysis of users.",
                            "none", "targeted", "random"))),
            new Section("Audience segments", "One row per group. Leave a row empty to skip it.", "audience.segments", List.of(
                    Field.text("name", "Segment", "For example rural pensioners, students in Almaty."),
                    Field.number("size", "Size", "Estimated number of people (a whole number, 0 or more)."),
                    Field.text("ageBand", "Age band", "Like 18-29 or 60+. Social media can recruit younger members."),
                    Field.number("internetShare", "Share online (0 to 1)", "For example 0.3 for 30 %. Empty: the country's figure is used."),
                    Field.choice("digitalLiteracy", "Digital literacy", "Low-literacy audiences need simple channels or literacy work.", "", "low", "medium", "high"),
                    Field.yes("fromUserAnalysis", "Chosen from an analysis of users", "Targeting based on analysis is what the report recommends."))),
            new Section("Channels", "One row per page, group, site or offline channel.", "channels", List.of(
                    Field.choice("platform", "Platform", "The report recommends networks with activism-ready functions over entertainment-centred ones.",
                            "", "facebook", "vkontakte", "moimir", "odnoklassniki", "twitter", "youtube", "blog", "forum", "website",
                            "petition-site", "skype", "messenger", "email", "sms", "leaflets", "press", "tv", "radio", "meetings"),
                    Field.choice("hosting", "Hosted", "Domestic sites can be blocked where websites count as mass media.", "", "domestic", "foreign"),
                    Field.choice("speaker", "Who speaks", "A named person, a consistent pseudonym, the organisation, or nobody identifiable. The 2011 Shrek clip came from an anonymous one-off uploader.", "", "organisation", "person", "pseudonym", "anonymous"),
                    Field.number("postsPerWeek", "Posts per week", "How often you plan to post."),
                    Field.yes("answersComments", "Comments are answered", "The report describes pages that did not reply as one-way communication."),
                    Field.checks("content", "Content", "The candidates' pages gave no agenda and no emotional message; copies of traditional methods appeared not to appeal online.",
                            "agenda", "emotional", "multimedia", "satire", "reposted-print"),
                    Field.choice("lifetime", "Meant to live", "Until the key date, once, or ongoing.", "", "until-key-date", "one-off", "ongoing"),
                    Field.number("followers", "Followers", "Members or subscribers now. The 2011 boycott groups had about 400 each."),
                    Field.yes("preexisting", "Existed before the campaign", "Channels built before the trigger give a head start."),
                    Field.yes("own", "The campaign's own publication or station", "For press, tv or radio: where the media are under state control, only your own reach people."))),
            new Section("Activities", "Things the campaign does, online or offline.", "activities", List.of(
                    Field.text("name", "Activity", "For example signature tables in three markets."),
                    Field.yes("offline", "Away from the screen", "Offline action is what online campaigns should lead to."),
                    Field.date("date", "Date", "YYYY-MM-DD"))),
            new Section("Training", "Who learns what before and during the campaign.", "", List.of(
                    Field.checks("training.trainees", "Who is trained", "The report asks to train activists, civil society and opinion leaders.",
                            "activists", "civil-society", "opinion-leaders"),
                    Field.checks("training.topics", "Topics", "Online basics (starting with Skype), trust-building, responsible practice, multimedia; plus good-practice reviews and creativity so methods are not copied mechanically.",
                            "online-basics", "trust-building", "responsible-practice", "multimedia", "best-practice-review", "creativity"))),
            new Section("Outreach abroad", "Foreign stakeholders kept informed.", "", List.of(
                    Field.checks("outreach.audiences", "Who abroad", "The report recommends keeping foreign NGOs, media and politicians informed.",
                            "foreign-ngos", "foreign-media", "foreign-politicians"),
                    Field.list("outreach.languages", "Languages", "Comma-separated, for example en, ru."))),
            new Section("Evaluation", "How you will know whether it worked.", "", List.of(
                    Field.list("evaluation.metrics", "What you will count", "Comma-separated, for example signatures, attendees."),
                    Field.yes("evaluation.baseline", "The starting value is recorded", "Without a starting value there is nothing to compare the result with."),
                    Field.choice("evaluation.attribution", "How the campaign's effect is told apart", "From what would happen anyway.",
                            "none", "before-after", "comparison-group", "direct-count"),
                    Field.checks("evaluation.dataSources", "Where the figures come from", "The report says unfree elections depreciate official data.",
                            "official", "independent", "own"),
                    Field.yes("evaluation.review", "A review is held after the campaign", "Learn by doing: tell the reasons for failure from those for success."))),
            new Section("Team", "People, time and money.", "", List.of(
                    Field.number("team.people", "People", "How many people work on the campaign."),
                    Field.number("team.hoursPerWeek", "Hours per week", "Total hours the team gives per week."),
                    Field.number("team.budget", "Budget", "In the currency below."),
                    Field.text("team.currency", "Currency", "For example KZT or USD."))),
            new Section("Risk", "Preparations against blocking and pressure.", "", List.of(
                    Field.yes("risk.legalReview", "Content is checked against media and election law", "Since 2009 every website counts as mass media."),
                    Field.yes("risk.backupChannels", "Mirrors or backup channels are ready", "Websites can be blocked."),
                    Field.yes("risk.responsePlan", "An answer to official criticism is prepared", "The election commission chair called the 2011 boycott destructive, provocative and insulting for voters."),
                    Field.checks("risk.personalData", "Personal data collected about supporters", "Where civic space is restricted, lists of people can put them at risk (our safety guidance).",
                            "names", "contacts", "photos", "signatures", "addresses", "id-numbers"),
                    Field.yes("risk.secureChannels", "Organisers use encrypted channels", "Separate from their public accounts (our safety guidance)."))));
}
