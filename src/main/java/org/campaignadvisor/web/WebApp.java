package org.campaignadvisor.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * Builds the web service without starting it. Every route is declared here, in one place; the
 * handlers in {@link Api} and {@link Pages} only do input and output.
 */
public final class WebApp {
    private WebApp() {
    }

    public static Javalin create(AppServices services, WebSettings settings) {
        Templates templates = new Templates();
        Api api = new Api(services);
        Pages pages = new Pages(services, templates);
        ErrorMapper errors = new ErrorMapper(pages);
        return Javalin.create(config -> {
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                    for (var connector : server.getConnectors()) {
                        if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                            c.setIdleTimeout(settings.idleTimeoutMillis());
                        }
                    }
                }
            }));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> BodyLimit.check(ctx, settings.maxBodyBytes()));

            // pages
            config.routes.get("/", pages::index);
            config.routes.get("/plan", pages::emptyForm);
            config.routes.post("/plan", pages::evaluateForm);
            config.routes.post("/plan.yaml", pages::downloadYaml);
            config.routes.post("/upload", pages::upload);
            config.routes.get("/scenarios/{file}", pages::scenario);
            config.routes.get("/lessons", pages::lessons);
            config.routes.get("/lessons/{id}", pages::lesson);
            config.routes.get("/rules", pages::rules);
            config.routes.get("/compare", pages::comparePicker);
            config.routes.post("/compare", pages::compare);
            config.routes.post("/compare/add", pages::addToComparison);

            // JSON API
            config.routes.post("/api/v1/evaluations", api::evaluate);
            config.routes.post("/api/v1/plans/validate", api::validate);
            config.routes.post("/api/v1/comparisons", api::compare);
            config.routes.get("/api/v1/lessons", api::lessons);
            config.routes.get("/api/v1/lessons/{id}", api::lesson);
            config.routes.get("/api/v1/rules", api::rules);
            config.routes.get("/api/v1/rules/status", api::ruleStatus);
            config.routes.post("/api/v1/rules/reload", api::reload);
            config.routes.get("/api/v1/contexts", api::contexts);
            config.routes.get("/api/v1/schema", api::schema);
            config.routes.get("/health", api::health);
            config.routes.get("/openapi.json", OpenApi::serve);

            errors.register(config.routes);
        });
    }
}
