package org.campaignadvisor.web;

import org.campaignadvisor.render.Templates;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the web service without starting it. Every route is declared here, in one place; the
 * handlers in {@link Api} and {@link Pages} only do input and output.
 */
public final class WebApp {
    /**
     * Threads for requests. Slow senders each hold one until the idle timeout cuts them off; with this
     * many, hundreds of them still leave threads for everyone else. (Jetty's minimum data rate was
     * tried and dropped: it also cut off small, honest bodies that arrived after a short pause.)
     */
    static final int THREADS = 400;

    private WebApp() {
    }

    /** The routes as declared, so that a wrong method on a known path can answer 405 with an Allow header. */
    private record Route(String method, String path) {
        boolean matches(String actual) {
            return actual.matches(path.replaceAll("\\{[^}]+}", "[^/]+"));
        }
    }

    public static Javalin create(AppServices services, WebSettings settings) {
        Templates templates = new Templates();
        Api api = new Api(services, settings.maxBodyBytes());
        Pages pages = new Pages(services, templates, settings.maxBodyBytes());
        TrainerPages trainer = new TrainerPages(services, templates, settings);
        ErrorMapper errors = new ErrorMapper(pages, trainer);
        RequestGuard guard = new RequestGuard(settings);
        List<Route> routes = new ArrayList<>();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(4 * settings.maxBodyBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
            QueuedThreadPool threads = new QueuedThreadPool(THREADS, 8, 60_000);
            threads.setName("http");
            config.jetty.threadPool = threads;
            config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(settings.idleTimeoutMillis()));
            config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (var connector : server.getConnectors()) {
                        if (connector instanceof AbstractConnector c) {
                            c.setIdleTimeout(settings.idleTimeoutMillis());
                        }
                    }
                }
            }));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Content-Security-Policy", RequestGuard.CSP, "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", "same-origin", "X-Frame-Options", "DENY");
            });
            RoutesConfig r = config.routes;
            r.before(guard::check);
            r.before(RequestLanguage::choose);
            r.before(ctx -> BodyLimit.check(ctx, settings.maxBodyBytes()));

            // pages
            get(r, routes, "/", pages::index);
            get(r, routes, "/plan", pages::emptyForm);
            post(r, routes, "/plan", pages::evaluateForm);
            post(r, routes, "/plan.yaml", pages::downloadYaml);
            post(r, routes, "/upload", pages::upload);
            get(r, routes, "/scenarios/{file}", pages::scenario);
            get(r, routes, "/shared", pages::shared);
            get(r, routes, "/lessons", pages::lessons);
            get(r, routes, "/lessons/{id}", pages::lesson);
            get(r, routes, "/rules", pages::rules);
            get(r, routes, "/compare", pages::comparePicker);
            post(r, routes, "/compare", pages::compare);
            post(r, routes, "/compare/add", pages::addToComparison);
            post(r, routes, "/compare/another", pages::anotherPlan);
            post(r, routes, "/compare/pick", pages::comparePickerAgain);

            // the trainers' area (off without a secret)
            get(r, routes, "/trainer", trainer::home);
            post(r, routes, "/trainer/login", trainer::login);
            post(r, routes, "/trainer/logout", trainer::logout);
            get(r, routes, "/trainer/edit", trainer::edit);
            post(r, routes, "/trainer/try", trainer::tryDraft);
            post(r, routes, "/trainer/save", trainer::save);
            post(r, routes, "/trainer/restore", trainer::restore);

            // JSON API
            post(r, routes, "/api/v1/evaluations", api::evaluate);
            post(r, routes, "/api/v1/plans/validate", api::validate);
            post(r, routes, "/api/v1/improvements", api::improve);
            post(r, routes, "/api/v1/comparisons", api::compare);
            get(r, routes, "/api/v1/lessons", api::lessons);
            get(r, routes, "/api/v1/lessons/{id}", api::lesson);
            get(r, routes, "/api/v1/rules", api::rules);
            get(r, routes, "/api/v1/rules/status", api::ruleStatus);
            post(r, routes, "/api/v1/rules/reload", ctx -> {
                guard.requireSecret(ctx);
                api.reload(ctx);
            });
            get(r, routes, "/api/v1/trainer/files", ctx -> {
                guard.requireSecret(ctx);
                trainer.apiFiles(ctx);
            });
            routes.add(new Route("PUT", "/api/v1/trainer/file"));
            r.put("/api/v1/trainer/file", ctx -> {
                guard.requireSecret(ctx);
                trainer.apiSave(ctx);
            });
            get(r, routes, "/api/v1/contexts", api::contexts);
            get(r, routes, "/api/v1/schema", api::schema);
            get(r, routes, "/health", api::health);
            get(r, routes, "/openapi.json", OpenApi::serve);

            errors.register(r, ctx -> allowed(routes, ctx));
        });
    }

    private static void get(RoutesConfig r, List<Route> routes, String path, Handler handler) {
        routes.add(new Route("GET", path));
        r.get(path, handler);
    }

    private static void post(RoutesConfig r, List<Route> routes, String path, Handler handler) {
        routes.add(new Route("POST", path));
        r.post(path, handler);
    }

    /** The methods declared for the request's path, for the Allow header of a 405. */
    private static String allowed(List<Route> routes, Context ctx) {
        TreeSet<String> methods = new TreeSet<>();
        routes.stream().filter(route -> route.matches(ctx.path())).forEach(route -> methods.add(route.method()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return String.join(", ", methods);
    }
}
