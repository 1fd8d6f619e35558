package org.campaignadvisor.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.campaignadvisor.text.Language;

/**
 * The language of a request. Pages: {@code ?lang=ru} (remembered in a cookie for a year), else the
 * cookie, else the browser's Accept-Language. The API: Accept-Language only. Every answer says its
 * language in Content-Language.
 */
final class RequestLanguage {
    static final String COOKIE = "lang";
    private static final String ATTRIBUTE = "language";

    private RequestLanguage() {
    }

    /** Chooses the request's language (run before every handler) and names it in Content-Language. */
    static void choose(Context ctx) {
        Language language;
        if (ctx.path().startsWith("/api/")) {
            language = Language.fromAcceptLanguage(ctx.header("Accept-Language"));
        } else {
            String asked = ctx.queryParam("lang");
            var chosen = Language.of(asked);
            if (chosen.isPresent()) {
                language = chosen.get();
                Cookie cookie = new Cookie(COOKIE, language.code());
                cookie.setPath("/");
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setSameSite(SameSite.LAX);
                cookie.setHttpOnly(true);
                ctx.cookie(cookie);
            } else {
                language = Language.of(ctx.cookie(COOKIE)).orElseGet(() -> Language.fromAcceptLanguage(ctx.header("Accept-Language")));
            }
        }
        ctx.attribute(ATTRIBUTE, language);
        ctx.header("Content-Language", language.code());
        ctx.header("Vary", "Accept-Language, Cookie");
    }

    static Language of(Context ctx) {
        Language language = ctx.attribute(ATTRIBUTE);
        return language == null ? Language.ENGLISH : language;
    }
}
