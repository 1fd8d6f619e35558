package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request whose declared length is over the limit before any of it is parsed.
 *
 * <p>A client that is still sending its body when the connection closes never reads the 413 (it
 * sees a reset instead). So a body up to {@link #DRAIN_BYTES} is read and thrown away, a buffer at a
 * time, before the answer is sent; a larger one is answered at once and the connection closed.
 */
final class BodyLimit {
    /** Bodies up to this size are drained (not kept) so that the client reliably reads the 413. */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    private BodyLimit() {
    }

    static void check(Context ctx, long maxBytes) {
        long length = ctx.contentLength();
        if (length > maxBytes) {
            if (length <= DRAIN_BYTES) {
                drain(ctx, length);
            }
            ctx.header("Connection", "close");
            throw BadInputException.of(413, "The request is too large",
                    "the body is " + length + " bytes; the limit is " + maxBytes + " bytes");
        }
    }

    /**
     * Reads the body, refusing it with 413 as soon as it passes the limit: also for a body sent in chunks
     * with no declared length, which is never read whole into memory.
     */
    static byte[] read(Context ctx, long maxBytes) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                ctx.header("Connection", "close");
                throw BadInputException.of(413, "The request is too large", "the body is over the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw BadInputException.of(400, "Unreadable body", "the request body could not be read (" + e.getMessage() + ")");
        }
    }

    private static void drain(Context ctx, long length) {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        try {
            InputStream in = ctx.req().getInputStream();
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return;
                }
                left -= read;
            }
        } catch (IOException e) {
            // the client gave up or stalled past the idle timeout: nothing more to drain
        }
    }
}
