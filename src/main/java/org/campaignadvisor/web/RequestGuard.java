package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Checks every request before its handler: security headers on every answer, the Host the service
 * answers to, no cross-site writes (a POST whose Origin or Sec-Fetch-Site says it comes from another
 * site is refused), and the operator's secret where it is needed.
 */
final class RequestGuard {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private final WebSettings settings;

    RequestGuard(WebSettings settings) {
        this.settings = settings;
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    void check(Context ctx) {
        headers(ctx);
        String host = hostName(ctx.header("Host"));
        if (!settings.allowedHosts().isEmpty() && !settings.allowedHosts().contains(host)) {
            throw BadInputException.of(421, "Wrong host", "this service does not answer to the host name \"" + host + "\"");
        }
        if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name()) && crossSite(ctx)) {
            throw BadInputException.of(403, "Cross-site request refused",
                    "this request came from another site; send it from the service's own pages or without an Origin");
        }
    }

    /** Refuses the request unless it carries the operator's secret as "Authorization: Bearer …". */
    void requireSecret(Context ctx) {
        if (settings.secret().isEmpty()) {
            throw BadInputException.of(403, "Switched off",
                    "this needs the operator's secret, and the service was started without one (serve --trainer-token)");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), settings.secret().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw BadInputException.of(401, "Secret needed", "send the operator's secret as \"Authorization: Bearer …\"");
        }
    }

    private static boolean crossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && site.equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            String host = ctx.header("Host") == null ? "" : ctx.header("Host").toLowerCase(Locale.ROOT);
            String expected = port < 0 ? originHost : originHost + ":" + port;
            return !host.equals(expected) && !host.equals(originHost.contains(":") ? "[" + originHost + "]" : expected);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The host name of a Host header, without its port, in lower case ("[::1]" keeps its brackets). */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String value = header.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? value : value.substring(0, end + 1);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }
}
