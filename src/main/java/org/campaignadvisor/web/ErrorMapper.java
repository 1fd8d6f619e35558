package org.campaignadvisor.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.text.ProblemText;
import org.campaignadvisor.rules.EvaluationException;

/**
 * The one place where errors become answers: problem+json for the API ({@code /api/…}), HTML for
 * pages — the plan form shown again with everything typed and an error beside each field. Never a
 * stack trace.
 */
final class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    private final Pages pages;
    private final TrainerPages trainer;

    ErrorMapper(Pages pages, TrainerPages trainer) {
        this.pages = pages;
        this.trainer = trainer;
    }

    void register(RoutesConfig routes, Function<Context, String> allowed) {
        routes.exception(TrainerPages.TrainerLoginNeeded.class, (e, ctx) -> trainer.loginForm(ctx, 401,
                "Log in with the trainers' secret to see this page."));
        routes.exception(FormInputException.class, (e, ctx) -> pages.formWithErrors(ctx, e.values(), e.problems()));
        routes.exception(BadInputException.class, (e, ctx) -> answer(ctx, e.status(), e.title(), e.problems()));
        routes.exception(InvalidPlanException.class, (e, ctx) -> answer(ctx, 400, "The plan is not valid", e.problems()));
        routes.exception(EvaluationException.class, (e, ctx) -> {
            LOG.warning("evaluation failed: " + e.getMessage());
            if (e.busy()) {
                ctx.header("Retry-After", "5");
                answer(ctx, 503, "The service is busy", List.of(new PlanProblem("", e.getMessage())));
            } else {
                answer(ctx, 500, "The rules could not finish", List.of(new PlanProblem("", e.getMessage())));
            }
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), title(e.getStatus()),
                List.of(new PlanProblem("", e.getMessage() == null ? title(e.getStatus()) : e.getMessage()))));
        routes.exception(org.eclipse.jetty.http.BadMessageException.class, (e, ctx) -> answer(ctx, e.getCode(),
                title(e.getCode()), List.of(new PlanProblem("", "the request could not be read (" + e.getReason() + ")"))));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(Level.SEVERE, "unexpected error on " + ctx.method() + " " + ctx.path(), e);
            answer(ctx, 500, "Something went wrong on our side", List.of(new PlanProblem("",
                    "The error was logged. Your input was not lost: go back and try again.")));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "Not found", List.of(new PlanProblem("", "There is nothing at " + ctx.path())));
            }
        });
        routes.error(405, ctx -> {
            String allow = allowed.apply(ctx);
            ctx.header("Allow", allow);
            answer(ctx, 405, "Method not allowed",
                    List.of(new PlanProblem("", ctx.method() + " is not allowed on " + ctx.path() + "; use " + allow)));
        });
        routes.error(413, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 413, "The request is too large", List.of(new PlanProblem("", "the request body is over the limit")));
            }
        });
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/health") || ctx.path().equals("/openapi.json");
    }

    private void answer(Context ctx, int status, String title, List<PlanProblem> problems) {
        ctx.status(status);
        if (isApi(ctx)) {
            // the API says its problems in the language asked for (Accept-Language), same fields
            Language language = RequestLanguage.of(ctx);
            List<PlanProblem> said = problems.stream().map(p -> p.in(language)).toList();
            String detail = said.size() == 1 && said.get(0).path().isEmpty()
                    ? said.get(0).message()
                    : Messages.of(language).t("count.problemsInInput", "n", said.size());
            ctx.contentType(Problems.CONTENT_TYPE).result(AdviceJson.write(Problems.of(status, ProblemText.say(title, language), detail, said)));
        } else {
            pages.error(ctx, status, title, problems);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "The request is too large";
            case 401 -> "Secret needed";
            case 403 -> "Forbidden";
            case 415 -> "Unsupported content type";
            default -> "Request failed";
        };
    }

}
