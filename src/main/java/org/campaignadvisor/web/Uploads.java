package org.campaignadvisor.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Uploaded plan files, read within the limits: each file and the whole request are bounded by the
 * multipart settings (larger files are spilled to disk, never held in memory, and refused past the
 * limit), each file's content is read only up to the body limit, and a malformed upload is a 400.
 */
final class Uploads {
    /** One uploaded file: its name and bytes. */
    record File(String name, byte[] bytes) {
    }

    private Uploads() {
    }

    static List<File> read(Context ctx, String field, long maxBytes) {
        List<UploadedFile> uploaded;
        try {
            uploaded = ctx.uploadedFiles(field);
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            throw refused(e);
        }
        List<File> files = new ArrayList<>();
        for (UploadedFile file : uploaded) {
            if (file.size() == 0 && file.filename().isEmpty()) {
                continue;
            }
            if (file.size() > maxBytes) {
                throw BadInputException.of(413, "The file is too large", file.filename() + " is " + file.size()
                        + " bytes; the limit is " + maxBytes + " bytes");
            }
            try (InputStream in = file.content()) {
                files.add(new File(file.filename(), in.readNBytes((int) maxBytes)));
            } catch (IOException e) {
                throw BadInputException.of(400, "Unreadable upload", file.filename() + " could not be read");
            }
        }
        return files;
    }

    static BadInputException refused(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2_000; t = t.getCause() == t ? null : t.getCause()) {
            text.append(' ').append(t.getMessage());
        }
        String all = text.toString().toLowerCase(Locale.ROOT);
        if (all.contains("exceeded") || all.contains("exceeds") || all.contains("too large") || all.contains("max file size")) {
            return BadInputException.of(413, "The upload is too large", "the upload is over the size limit");
        }
        return BadInputException.of(400, "Malformed upload", "the upload could not be read as a form with files");
    }
}
