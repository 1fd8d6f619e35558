package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/**
 * The language switcher every page carries: this page in each language the program speaks.
 *
 * <p>A page reached by a link switches by link, its query kept ({@code /trainer/edit?file=x&lang=ru}).
 * A page that shows a plan switches through its share link, so the plan comes along (it is in the link;
 * nothing is stored). A page that answers a form (the plan form with its errors, a rule draft tried)
 * switches by sending that same form again in the other language, so nothing typed is lost: the
 * layout then renders buttons of that form instead of links ({@link #resending}).
 */
final class LanguageSwitch {
    private LanguageSwitch() {
    }

    /** Links to this page in every language; empty when the program speaks one language only. */
    static List<Map<String, Object>> links(Context ctx, String planLink) {
        List<Language> languages = Language.available();
        if (languages.size() < 2) {
            return List.of();
        }
        Language current = RequestLanguage.of(ctx);
        String base = planLink != null ? planLink : "GET".equals(ctx.method().name()) ? ctx.path() + otherParameters(ctx) : "/";
        List<Map<String, Object>> links = new ArrayList<>();
        for (Language language : languages) {
            String href = base + (base.contains("?") ? "&" : "?") + "lang=" + language.code();
            links.add(Map.of("code", language.code(), "name", Messages.of(language).t("language.name"), "href", href,
                    "current", language.equals(current)));
        }
        return links;
    }

    /**
     * The switcher of a page answering a form: its buttons send the form with this id to this action
     * again. They stand in the header, except for a form with fields where Enter submits: there they
     * come after the form's own buttons ({@code inForm}; the header links down to them), because the
     * first submit button of a form in the page is the one Enter presses.
     */
    static Map<String, Object> resending(String formId, String action, boolean inForm) {
        return Map.of("id", formId, "action", action, "inForm", inForm);
    }

    /** The query of this request without its {@code lang}, as {@code ?a=1&b=2}; "" when none is left. */
    private static String otherParameters(Context ctx) {
        StringBuilder query = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("lang")) {
                for (String value : values) {
                    query.append(query.length() == 0 ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return query.toString();
    }
}
