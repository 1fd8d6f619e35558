package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the hand-written OpenAPI description of the JSON API ({@code openapi.json} on the class path). */
final class OpenApi {
    private static final String SPEC = load();

    private OpenApi() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(SPEC);
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
