package org.campaignadvisor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.render.Templates;
import org.campaignadvisor.rules.Vocabulary;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.trainer.DraftTrial;
import org.campaignadvisor.trainer.RuleFileStore;

/**
 * The trainers' area: off unless the service has a secret; with it, a trainer logs in (a session
 * cookie: HttpOnly, SameSite=Strict, Secure except on this machine's own address), lists the
 * plain-language rule files, edits one with the vocabulary at hand, tries the draft against every
 * example plan, saves it (atomically; the running service picks it up) and restores earlier versions.
 * Every form carries an anti-forgery token. DRL files are never offered: they are code.
 */
final class TrainerPages {
    private final AppServices services;
    private final Templates templates;
    private final WebSettings settings;
    private final TrainerSessions sessions = new TrainerSessions();

    TrainerPages(AppServices services, Templates templates, WebSettings settings) {
        this.services = services;
        this.templates = templates;
        this.settings = settings;
    }

    private boolean enabled() {
        return !settings.secret().isEmpty() && services.rules() != null;
    }

    private RuleFileStore store() {
        return new RuleFileStore(services.rules());
    }

    /** The session of the request, or a 401 with the login form. */
    private TrainerSessions.Session session(Context ctx) {
        if (!enabled()) {
            throw BadInputException.of(404, "Not found", "there is nothing at " + ctx.path());
        }
        return sessions.find(ctx.cookie(TrainerSessions.COOKIE)).orElseThrow(() -> new TrainerLoginNeeded());
    }

    /** A POST of the area: a session and the form's anti-forgery token, or 403 and nothing changes. */
    private TrainerSessions.Session writer(Context ctx) {
        if (!enabled()) {
            throw BadInputException.of(404, "Not found", "there is nothing at " + ctx.path());
        }
        TrainerSessions.Session session = sessions.find(ctx.cookie(TrainerSessions.COOKIE)).orElseThrow(() ->
                BadInputException.of(403, "Log in first", "only a trainer who has logged in with the secret can change rules"));
        String token = ctx.formParam("csrf");
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), session.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw BadInputException.of(403, "Form expired", "this form is not from your session; open the page again");
        }
        return session;
    }

    /** Thrown where a page needs a logged-in trainer: answered with the login form and 401. */
    static final class TrainerLoginNeeded extends RuntimeException {
        TrainerLoginNeeded() {
            super("log in with the trainers' secret");
        }
    }

    void loginForm(Context ctx, int status, String message) {
        Map<String, Object> model = model(text(ctx, "trainer.loginTitle"));
        model.put("message", message);
        ctx.status(status);
        render(ctx, "trainer-login", model);
    }

    void login(Context ctx) {
        if (!enabled()) {
            throw BadInputException.of(404, "Not found", "there is nothing at " + ctx.path());
        }
        String given = ctx.formParam("secret") == null ? "" : ctx.formParam("secret");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), settings.secret().getBytes(StandardCharsets.UTF_8))) {
            loginForm(ctx, 401, text(ctx, "trainer.wrongSecret"));
            return;
        }
        TrainerSessions.Session session = sessions.open();
        String host = RequestGuard.hostName(ctx.header("Host"));
        boolean local = WebSettings.LOCAL_HOSTS.contains(host);
        Cookie cookie = new Cookie(TrainerSessions.COOKIE, session.id(), "/", 8 * 3600, !local, true, null, SameSite.STRICT);
        ctx.cookie(cookie);
        ctx.redirect("/trainer", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        writer(ctx);
        sessions.close(ctx.cookie(TrainerSessions.COOKIE));
        ctx.removeCookie(TrainerSessions.COOKIE, "/");
        ctx.redirect("/trainer", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void home(Context ctx) throws IOException {
        if (!enabled()) {
            throw BadInputException.of(404, "Not found", "there is nothing at " + ctx.path());
        }
        var found = sessions.find(ctx.cookie(TrainerSessions.COOKIE));
        if (found.isEmpty()) {
            loginForm(ctx, 200, "");
            return;
        }
        Map<String, Object> model = model(text(ctx, "trainer.title"));
        model.put("csrf", found.get().csrf());
        model.put("files", store().files());
        render(ctx, "trainer", model);
    }

    void edit(Context ctx) throws IOException {
        TrainerSessions.Session session = session(ctx);
        String file = ctx.queryParam("file");
        String text = store().read(checked(file));
        editor(ctx, session, file, text, null, "");
    }

    void tryDraft(Context ctx) throws IOException {
        TrainerSessions.Session session = writer(ctx);
        String file = checked(ctx.formParam("file"));
        String text = draft(ctx);
        DraftTrial.Result result = DraftTrial.run(services.rules(), file, text, services.advisor(), services.evidence(),
                ScenarioFolder.read(services.scenarios()));
        editor(ctx, session, file, text, result, "");
    }

    void save(Context ctx) throws IOException {
        TrainerSessions.Session session = writer(ctx);
        String file = checked(ctx.formParam("file"));
        String text = draft(ctx);
        DraftTrial.Result result = DraftTrial.run(services.rules(), file, text, services.advisor(), services.evidence(), List.of());
        if (!result.compiles()) {
            ctx.status(400);
            editor(ctx, session, file, text, result, text(ctx, "trainer.notSaved"));
            return;
        }
        store().save(file, text);
        services.reload().get();
        editor(ctx, session, file, text, null, text(ctx, "trainer.saved"));
    }

    void restore(Context ctx) throws IOException {
        TrainerSessions.Session session = writer(ctx);
        String file = checked(ctx.formParam("file"));
        try {
            store().restore(file, String.valueOf(ctx.formParam("version")));
        } catch (IllegalArgumentException e) {
            throw BadInputException.of(400, "No such version", e.getMessage());
        }
        services.reload().get();
        editor(ctx, session, file, store().read(file), null, text(ctx, "trainer.restored"));
    }

    /** API: the editable files, for a client with the operator's secret. */
    void apiFiles(Context ctx) throws IOException {
        if (!enabled()) {
            throw BadInputException.of(404, "Not found", "the trainers' area is switched off");
        }
        Api.json(ctx, store().files());
    }

    /** API: saves one plain-language rule file (text/plain body) after it compiles; DRL is refused. */
    void apiSave(Context ctx) throws IOException {
        if (!enabled()) {
            throw BadInputException.of(404, "Not found", "the trainers' area is switched off");
        }
        String file = checked(ctx.queryParam("name"));
        String text = new String(BodyLimit.read(ctx, 512 * 1024), StandardCharsets.UTF_8).replace("\r\n", "\n");
        DraftTrial.Result result = DraftTrial.run(services.rules(), file, text, services.advisor(), services.evidence(), List.of());
        if (!result.compiles()) {
            throw new BadInputException(400, "The rules have problems", result.problems().stream()
                    .map(p -> new PlanProblem(p.location(), p.message())).toList());
        }
        store().save(file, text);
        Api.json(ctx, services.reload().get());
    }

    private String draft(Context ctx) {
        String text = ctx.formParam("text");
        if (text == null) {
            throw BadInputException.of(400, "No text", "the form sent no rule text");
        }
        if (text.length() > 512 * 1024) {
            throw BadInputException.of(413, "The request is too large", "a rule file may have at most 512 KiB");
        }
        return text.replace("\r\n", "\n");
    }

    private String checked(String file) {
        if (store().resolve(file).isEmpty()) {
            throw BadInputException.of(404, "Not found", (file == null ? "that file" : file)
                    + " is not a plain-language rule file (.dslr) or a translation (lang/<code>.yaml) in the rules folder;"
                    + " DRL files are code and are edited on the server only");
        }
        return file;
    }

    private void editor(Context ctx, TrainerSessions.Session session, String file, String text, DraftTrial.Result result,
                        String notice) throws IOException {
        Map<String, Object> model = model(text(ctx, "trainer.editing", "file", file));
        model.put("csrf", session.csrf());
        model.put("file", file);
        model.put("text", text);
        model.put("result", result);
        model.put("notice", notice);
        model.put("history", store().history(file));
        model.put("sentences", Vocabulary.readable(services.rules()));
        if (!"GET".equals(ctx.method().name())) {
            // switching language sends the draft again to be tried (never saved), so nothing typed is lost
            model.put("switchForm", LanguageSwitch.resending("trainer-editor", "/trainer/try", false));
        }
        render(ctx, "trainer-edit", model);
    }

    private static String text(Context ctx, String key, Object... args) {
        return Messages.of(RequestLanguage.of(ctx)).t(key, args);
    }

    private Map<String, Object> model(String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("ruleStatus", services.ruleStatus().get());
        model.put("trainer", true);
        return model;
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        ctx.header("Cache-Control", "no-store");
        model.put("switchTo", LanguageSwitch.links(ctx, null));
        model.put("labels", Labels.of(RequestLanguage.of(ctx)));
        ctx.html(templates.render(template, model, RequestLanguage.of(ctx)));
    }
}
