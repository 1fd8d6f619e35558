package org.campaignadvisor.web;

import io.javalin.http.Context;

/** Refuses a request whose declared length is over the limit before a byte of it is read. */
final class BodyLimit {
    private BodyLimit() {
    }

    static void check(Context ctx, long maxBytes) {
        long length = ctx.contentLength();
        if (length > maxBytes) {
            ctx.header("Connection", "close");
            throw BadInputException.of(413, "The request is too large",
                    "the body is " + length + " bytes; the limit is " + maxBytes + " bytes");
        }
    }
}
