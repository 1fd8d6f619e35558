package org.campaignadvisor.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.KnownIds;
import org.campaignadvisor.rules.Limits;
import org.campaignadvisor.rules.LiveRuleBook;
import org.campaignadvisor.rules.RuleBookSource;
import org.campaignadvisor.rules.RuleCompileException;
import org.campaignadvisor.rules.RuleProblem;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.web.AppServices;
import org.campaignadvisor.web.WebApp;
import org.campaignadvisor.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code campaign-advisor serve}: the web form and JSON API, with rules reloaded as they change. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Starts the web service: the plan form and the JSON API.",
        description = {"Starts the web service: a plan form for campaigners and a JSON API under /api/v1. The rules directory is watched: a saved change is compiled in the background and served within two seconds; a broken change keeps the last good rules serving."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions options;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on. Default: ${DEFAULT-VALUE}.")
    int port = 7070;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface.")
    String host = "127.0.0.1";

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Example plans offered on the start page. Default: ${DEFAULT-VALUE}.")
    Path scenarios = Locations.scenarios();

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted (larger: 413). Default: ${DEFAULT-VALUE}.")
    long maxBody = WebSettings.DEFAULT.maxBodyBytes();

    @Option(names = "--trainer-token", paramLabel = "SECRET", defaultValue = "${env:CAMPAIGN_ADVISOR_TRAINER_TOKEN}",
            description = {"The operator's and trainers' secret (or the environment variable CAMPAIGN_ADVISOR_TRAINER_TOKEN).",
                "Without it, reloading rules through the API is switched off. Send it as \"Authorization: Bearer SECRET\"."})
    String secret;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = {"A host name the service answers to (repeatable). Default: localhost names when --host is",
                "this machine only; any name otherwise. Stops DNS rebinding against a local service."})
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--watch-ms", paramLabel = "MS", hidden = true,
            description = "How often the rules directory is checked for changes.")
    long watchMillis = 500;

    @Option(names = "--warm-up-and-exit", paramLabel = "PLAN", hidden = true,
            description = "Start, ask the service for its pages and an evaluation of PLAN once, then stop "
                    + "(the build's recording run for the class-data archive).")
    Path warmUpPlan;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Language language = options.language(); // an unknown --lang is refused before anything starts
        EvidenceBase evidence = options.evidence(err);
        if (evidence == null) {
            return Main.BAD_INPUT;
        }
        // The rules load (or compile) on their own thread while the web server starts: on two cores
        // this hides most of either. Requests that arrive first wait for the rules.
        CompletableFuture<LiveRuleBook> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return LiveRuleBook.watch(options.rules, watchMillis, KnownIds.of(evidence), Locations.cache(), options.seeds);
            } catch (RuleCompileException e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "rule-loader");
            thread.setDaemon(true);
            thread.start();
        });
        RuleBookSource source = () -> loading.join().current();
        Advisor advisor = new Advisor(source, evidence, Limits.DEFAULT);
        AppServices services = new AppServices(advisor, evidence, () -> loading.join().status(), () -> loading.join().reload(),
                scenarios, options.rules);
        List<String> hosts = new ArrayList<>(allowedHosts);
        if (hosts.isEmpty() && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1"))) {
            hosts.addAll(WebSettings.LOCAL_HOSTS);
        }
        Javalin app = WebApp.create(services, new WebSettings(maxBody, WebSettings.DEFAULT.idleTimeoutMillis(),
                secret == null ? "" : secret.strip(), hosts));
        app.start(host, port);
        LiveRuleBook rules;
        try {
            rules = loading.join();
        } catch (CompletionException e) {
            app.stop();
            if (e.getCause() instanceof RuleCompileException broken) {
                for (RuleProblem problem : broken.problems()) {
                    err.println(options.located(problem));
                }
                err.println(Messages.of(language).t("report.notStarted"));
                return Main.BAD_INPUT;
            }
            throw e;
        }
        out.println(Messages.of(language).t("report.serving",
                "url", "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port() + "/",
                "version", rules.status().version(), "count", Labels.of(language).count("rule", rules.status().rules()),
                "dir", options.rules.toString()));
        out.flush();
        if (warmUpPlan != null) {
            try {
                return WarmUp.run(app.port(), warmUpPlan, out) ? Main.OK : Main.BAD_INPUT;
            } finally {
                app.stop();
                rules.close();
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            rules.close();
        }));
        Thread.currentThread().join();
        return Main.OK;
    }
}
