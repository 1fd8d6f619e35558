package org.campaignadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanReader;

/**
 * One pass over the service's main paths (form, lessons, an evaluation through the API and the form),
 * made by the build while the JVM records which classes a run loads: later starts map them from the
 * class-data archive instead of loading them one by one.
 */
final class WarmUp {
    private WarmUp() {
    }

    static boolean run(int port, Path plan, PrintWriter out) throws IOException, InterruptedException {
        String json;
        try {
            json = PlanReader.write(PlanReader.read(plan), PlanFormat.JSON);
        } catch (InvalidPlanException e) {
            out.println(plan + ": " + e.getMessage());
            return false;
        }
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        boolean ok = true;
        for (String page : List.of("/", "/plan", "/lessons", "/rules")) {
            ok &= send(client, HttpRequest.newBuilder(URI.create(base + page)).GET().build(), out);
        }
        ok &= send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/evaluations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), out);
        ok &= send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/validate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), out);
        return ok;
    }

    private static boolean send(HttpClient client, HttpRequest request, PrintWriter out) throws IOException, InterruptedException {
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        out.println("warm-up " + request.method() + " " + request.uri().getPath() + ": " + status);
        out.flush();
        return status < 400;
    }
}
