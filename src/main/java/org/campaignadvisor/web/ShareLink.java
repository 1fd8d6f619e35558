package org.campaignadvisor.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanReader;

/**
 * A link that carries the plan itself: the plan's YAML, compressed and written into the URL, so that
 * opening the link on any instance re-creates the result. Nothing about a plan is kept on the server.
 */
final class ShareLink {
    /** The most a shared plan may unpack to: a bomb of repeated bytes is refused, not inflated. */
    static final int MAX_PLAN_BYTES = 256 * 1024;

    private ShareLink() {
    }

    /** The path and query of the shared result for a plan. */
    static String of(Plan plan) {
        byte[] yaml = PlanReader.write(plan, PlanFormat.YAML).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(yaml);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return "/shared?plan=" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The plan text a link carries; a 400 for a link that was cut or changed. */
    static byte[] decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 64 * 1024) {
            throw BadInputException.of(400, "Broken link", "this link does not carry a plan (it may have been cut short)");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw BadInputException.of(400, "Broken link", "this link does not carry a plan (it may have been cut short)");
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw BadInputException.of(400, "Broken link", "this link's plan is incomplete (it may have been cut short)");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_PLAN_BYTES) {
                    throw BadInputException.of(413, "The request is too large", "the plan in this link is too large");
                }
            }
        } catch (DataFormatException e) {
            throw BadInputException.of(400, "Broken link", "this link does not carry a plan (it may have been changed)");
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
