package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.compare.Improvements;
import org.campaignadvisor.compare.NamedPlan;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.render.ComparisonPage;
import org.campaignadvisor.render.ReadinessChart;
import org.campaignadvisor.render.Templates;
import org.campaignadvisor.rules.RuleEntry;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.campaignadvisor.scenarios.ScenarioTexts;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.text.ProblemText;

/** The HTML pages: read the request, call the core, render a template. */
final class Pages {
    private final AppServices services;
    private final Templates templates;
    private final long maxBytes;

    Pages(AppServices services, Templates templates, long maxBytes) {
        this.maxBytes = maxBytes;
        this.services = services;
        this.templates = templates;
    }

    void index(Context ctx) {
        Map<String, Object> model = model(ctx, "campaign-advisor");
        model.put("scenarios", scenarios(ctx));
        render(ctx, "index", model);
    }

    void emptyForm(Context ctx) {
        Map<String, Object> model = model(ctx, text(ctx, "plan.title"));
        model.put("form", FormValues.empty());
        model.put("errors", Map.of());
        render(ctx, "plan", model);
    }

    void evaluateForm(Context ctx) {
        FormValues form = new FormValues(ctx.formParamMap());
        Plan plan = planFrom(form);
        result(ctx, plan, form);
    }

    void downloadYaml(Context ctx) {
        FormValues form = new FormValues(ctx.formParamMap());
        Plan plan = planFrom(form);
        String file = plan.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        ctx.header("Content-Disposition", "attachment; filename=\"" + (file.isEmpty() ? "plan" : file) + ".yaml\"");
        ctx.contentType("application/yaml; charset=utf-8").result(PlanReader.write(plan, PlanFormat.YAML));
    }

    void scenario(Context ctx) {
        String file = ctx.pathParam("file");
        Path path = ScenarioFolder.resolve(services.scenarios(), file)
                .orElseThrow(() -> BadInputException.of(404, "Not found", "there is no scenario " + file));
        Scenario scenario = ScenarioFolder.readOne(path);
        if (!scenario.readable()) {
            throw new BadInputException(400, file + " is not a valid plan", scenario.problems());
        }
        result(ctx, scenario.plan(), FormValues.of(scenario.plan()));
    }

    void upload(Context ctx) {
        List<Uploads.File> uploaded = Uploads.read(ctx, "plan", maxBytes);
        if (uploaded.isEmpty()) {
            throw BadInputException.of(400, "No file", "choose a plan file (.yaml or .json) to upload");
        }
        Plan plan = PlanInput.read(uploaded.get(0).bytes(), uploaded.get(0).name());
        result(ctx, plan, FormValues.of(plan));
    }

    void lessons(Context ctx) {
        Map<String, Object> model = model(ctx, text(ctx, "lessons.title"));
        model.put("lessons", services.evidence().lessons(RequestLanguage.of(ctx)));
        render(ctx, "lessons", model);
    }

    void lesson(Context ctx) {
        String id = ctx.pathParam("id");
        Lesson lesson = services.evidence().lesson(id, RequestLanguage.of(ctx))
                .orElseThrow(() -> BadInputException.of(404, "Not found", "there is no lesson " + id));
        Map<String, Object> model = model(ctx, lesson.id() + " — " + lesson.title());
        model.put("lesson", lesson);
        model.put("rules", services.advisor().ruleBook().catalogue(RequestLanguage.of(ctx)).stream()
                .filter(r -> r.lessons().contains(id)).toList());
        render(ctx, "lesson", model);
    }

    void rules(Context ctx) {
        Map<String, Object> model = model(ctx, text(ctx, "rules.title"));
        List<RuleEntry> catalogue = services.advisor().ruleBook().catalogue(RequestLanguage.of(ctx));
        model.put("advice", catalogue.stream().filter(RuleEntry::isAdvice).toList());
        model.put("classification", catalogue.stream().filter(r -> !r.isAdvice()).toList());
        render(ctx, "rules", model);
    }

    void comparePicker(Context ctx) {
        Map<String, Object> model = model(ctx, text(ctx, "compare.title"));
        model.put("scenarios", scenarios(ctx));
        model.put("carried", List.of());
        render(ctx, "compare", model);
    }

    /** The plan in the form, carried (as YAML) into the comparison picker. */
    void addToComparison(Context ctx) {
        FormValues form = new FormValues(ctx.formParamMap());
        Plan plan = planFrom(form);
        List<Map<String, String>> carried = carried(ctx);
        carried.add(Map.of("name", plan.name(), "yaml", PlanReader.write(plan, PlanFormat.YAML)));
        pickerAgain(ctx, carried);
    }

    /** The comparison picker again, with the plans carried and the examples ticked (a language switch sends it here). */
    void comparePickerAgain(Context ctx) {
        pickerAgain(ctx, carried(ctx));
    }

    private void pickerAgain(Context ctx, List<Map<String, String>> carried) {
        Map<String, Object> model = model(ctx, text(ctx, "compare.title"));
        model.put("scenarios", scenarios(ctx));
        model.put("carried", carried);
        model.put("ticked", formParams(ctx, "scenario"));
        model.put("switchForm", LanguageSwitch.resending("compare-form", "/compare/pick", false));
        render(ctx, "compare", model);
    }

    /** An empty form that carries the plans already added to a comparison, to type one more. */
    void anotherPlan(Context ctx) {
        Map<String, Object> model = model(ctx, text(ctx, "plan.another"));
        // empty when it comes from the picker; what was typed when a language switch sends the form back here
        Map<String, List<String>> typed;
        try {
            typed = ctx.formParamMap();
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            throw Uploads.refused(e);
        }
        model.put("form", new FormValues(typed));
        model.put("errors", Map.of());
        model.put("carried", carried(ctx));
        model.put("switchForm", LanguageSwitch.resending("plan-form", "/compare/another", true));
        render(ctx, "plan", model);
    }

    /** The plans typed earlier and carried along (as YAML in hidden fields), with their names. */
    private List<Map<String, String>> carried(Context ctx) {
        List<Map<String, String>> carried = new ArrayList<>();
        for (String yaml : formParams(ctx, "carried")) {
            if (carried.size() >= 10) {
                break;
            }
            try {
                Plan earlier = PlanInput.read(yaml.getBytes(StandardCharsets.UTF_8), "carried.yaml");
                carried.add(Map.of("name", earlier.name(), "yaml", yaml));
            } catch (BadInputException e) {
                // a carried plan that no longer reads is dropped; the comparison says nothing false about it
            }
        }
        return carried;
    }

    /** Form fields of a multipart or urlencoded form; a malformed form is a 400, not a 500. */
    private static List<String> formParams(Context ctx, String name) {
        try {
            return ctx.formParams(name);
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            throw Uploads.refused(e);
        }
    }

    void compare(Context ctx) {
        List<NamedPlan> plans = new ArrayList<>();
        List<String> scenarios = formParams(ctx, "scenario");
        // what the page sends again to switch language: the same examples, and every other plan as its text
        List<Map<String, String>> carriedAgain = new ArrayList<>();
        for (String file : scenarios) {
            var path = ScenarioFolder.resolve(services.scenarios(), file);
            if (path.isEmpty()) {
                plans.add(NamedPlan.unreadable(file, List.of(new PlanProblem("", "there is no such scenario"))));
                continue;
            }
            Scenario scenario = ScenarioFolder.readOne(path.get());
            plans.add(scenario.readable() ? NamedPlan.of(scenario.plan().name(), scenario.plan())
                    : NamedPlan.unreadable(file, scenario.problems()));
        }
        List<String> carried = formParams(ctx, "carried");
        List<String> carriedNames = formParams(ctx, "carriedName");
        for (int i = 0; i < carried.size(); i++) {
            String name = i < carriedNames.size() && !carriedNames.get(i).isBlank() ? carriedNames.get(i) : "plan from the form.yaml";
            plans.add(namedFrom(carried.get(i).getBytes(StandardCharsets.UTF_8), name));
            carriedAgain.add(Map.of("yaml", carried.get(i), "name", name));
        }
        // files come back byte for byte (Base64), so that a file is read the same way after a switch
        List<Map<String, String>> filesAgain = new ArrayList<>();
        List<String> carriedFiles = formParams(ctx, "carriedFile");
        List<String> carriedFileNames = formParams(ctx, "carriedFileName");
        for (int i = 0; i < carriedFiles.size(); i++) {
            String name = i < carriedFileNames.size() ? carriedFileNames.get(i) : "plan.yaml";
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(carriedFiles.get(i).strip());
            } catch (IllegalArgumentException e) {
                plans.add(NamedPlan.unreadable(name, List.of(new PlanProblem("", "the file was not sent back whole"))));
                continue;
            }
            plans.add(namedFrom(bytes, name));
            filesAgain.add(Map.of("base64", carriedFiles.get(i).strip(), "name", name));
        }
        for (Uploads.File uploaded : Uploads.read(ctx, "files", maxBytes)) {
            plans.add(namedFrom(uploaded.bytes(), uploaded.name()));
            filesAgain.add(Map.of("base64", Base64.getEncoder().encodeToString(uploaded.bytes()), "name", uploaded.name()));
        }
        if (plans.isEmpty()) {
            throw BadInputException.of(400, "Nothing to compare", "tick at least one scenario or upload a plan file");
        }
        Map<String, Object> model = model(ctx, text(ctx, "comparison.title"));
        model.putAll(ComparisonPage.model(Comparison.of(services.advisor(), plans, RequestLanguage.of(ctx)), RequestLanguage.of(ctx)));
        model.put("again", Map.of("scenarios", scenarios, "carried", carriedAgain, "files", filesAgain));
        model.put("switchForm", LanguageSwitch.resending("comparison-again", "/compare", false));
        render(ctx, "comparison", model);
    }

    private NamedPlan namedFrom(byte[] bytes, String fileName) {
        try {
            Plan plan = PlanInput.read(bytes, fileName);
            return NamedPlan.of(plan.name(), plan);
        } catch (BadInputException e) {
            return NamedPlan.unreadable(fileName, e.problems());
        }
    }

    /** The form again, with everything typed and an error beside each field. */
    void formWithErrors(Context ctx, FormValues form, List<PlanProblem> problems) {
        Map<String, Object> model = model(ctx, text(ctx, "plan.check"));
        Map<String, String> errors = new HashMap<>();
        List<PlanProblem> general = new ArrayList<>();
        Language language = RequestLanguage.of(ctx);
        problems = problems.stream().map(p -> p.in(language)).toList();
        for (PlanProblem problem : problems) {
            if (problem.path().isEmpty()) {
                general.add(problem);
            } else {
                errors.merge(problem.path(), problem.message(), (a, b) -> a + "; " + b);
            }
        }
        model.put("form", form);
        model.put("errors", errors);
        model.put("problems", problems);
        model.put("general", general);
        model.put("switchForm", LanguageSwitch.resending("plan-form", "/plan", true));
        ctx.status(400);
        render(ctx, "plan", model);
    }

    void error(Context ctx, int status, String title, List<PlanProblem> problems) {
        Map<String, Object> model = model(ctx, ProblemText.say(title, RequestLanguage.of(ctx)));
        model.put("status", status);
        model.put("problems", problems.stream()
                .map(p -> p.in(RequestLanguage.of(ctx))).toList());
        if (status == 400) {
            model.put("scenarios", scenarios(ctx));
        }
        render(ctx, "error", model);
    }

    private Plan planFrom(FormValues form) {
        FormPlan formPlan = form.toPlanTree();
        try {
            Plan plan = PlanReader.fromTree(formPlan.tree(), "form");
            services.evidence().context(plan.context()).orElseThrow(() -> new InvalidPlanException("form",
                    List.of(new PlanProblem("context", "unknown context profile \"" + plan.context() + "\""))));
            return plan;
        } catch (InvalidPlanException e) {
            throw new FormInputException(form, formPlan.toInputs(e.problems()));
        }
    }

    private void result(Context ctx, Plan plan, FormValues form) {
        Advice advice;
        Improvements.Ranking ranking;
        try {
            advice = services.advisor().evaluate(plan, RequestLanguage.of(ctx));
            ranking = Improvements.rank(services.advisor(), plan, advice, RequestLanguage.of(ctx));
        } catch (InvalidPlanException e) {
            throw new FormInputException(form, e.problems());
        }
        Map<String, Object> model = model(ctx, text(ctx, "result.title", "plan", plan.name()));
        ResultView view = ResultView.of(advice, ranking, services.advisor().ruleBook().catalogue(), Labels.of(RequestLanguage.of(ctx)));
        model.put("advice", advice);
        model.put("view", view);
        model.put("improvements", ranking.improvements().stream().limit(5).toList());
        model.put("chart", ReadinessChart.svg(view.readiness(), Labels.of(RequestLanguage.of(ctx))));
        model.put("contextLabel", services.evidence().context(plan.context())
                .map(c -> services.evidence().contextLabel(c, RequestLanguage.of(ctx))).orElse(plan.context()));
        model.put("exampleContext", services.evidence().context(plan.context()).map(c -> c.example()).orElse(false));
        services.evidence().context(plan.context()).ifPresent(profile -> {
            model.put("civicSpace", text(ctx, "civicSpace." + profile.civicSpace().label()));
            model.put("civicSpaceBasis", services.evidence().civicSpaceBasis(profile, RequestLanguage.of(ctx)));
        });
        model.put("shareUrl", ShareLink.of(plan));
        model.put("switchTo", LanguageSwitch.links(ctx, ShareLink.of(plan)));
        model.put("form", form);
        model.put("errors", Map.of());
        render(ctx, "result", model);
    }

    /** A result re-created from a link that carries the plan (nothing is stored on the server). */
    void shared(Context ctx) {
        Plan plan = PlanInput.read(ShareLink.decode(ctx.queryParam("plan")), "shared-plan.yaml");
        result(ctx, plan, FormValues.of(plan));
    }

    private List<ScenarioTexts.Entry> scenarios(Context ctx) {
        try {
            return ScenarioTexts.list(services.scenarios(), RequestLanguage.of(ctx));
        } catch (IOException e) {
            return List.of(); // no scenarios folder: the page simply lists none
        }
    }

    private Map<String, Object> model(Context ctx, String title) {
        Language language = RequestLanguage.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("ruleStatus", services.ruleStatus().get());
        model.put("sections", FormFields.SECTIONS);
        model.put("contexts", services.evidence().contexts().stream()
                .map(c -> Map.of("id", c.id(), "label", services.evidence().contextLabel(c, language))).toList());
        model.put("labels", Labels.of(language));
        model.put("switchTo", LanguageSwitch.links(ctx, null));
        return model;
    }

    private static String text(Context ctx, String key, Object... args) {
        return Messages.of(RequestLanguage.of(ctx)).t(key, args);
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, model, RequestLanguage.of(ctx)));
    }
}
