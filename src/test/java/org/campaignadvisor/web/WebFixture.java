package org.campaignadvisor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleStatus;

/** The web app over the real rule base, and a plain HTTP client for talking to it. */
final class WebFixture {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebFixture() {
    }

    static AppServices services() {
        RuleBook book = Fixtures.real().ruleBook();
        RuleStatus status = new RuleStatus(book.version(), book.catalogue().size(), book.loadedAt(), book.loadedAt(),
                true, List.of());
        return new AppServices(Fixtures.real(), Fixtures.real().evidence(), () -> status, () -> status, Fixtures.SCENARIOS);
    }

    static HttpResponse<String> get(String origin, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String origin, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String origin, String path, String contentType, String body) throws Exception {
        return post(origin, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postForm(String origin, String path, String form) throws Exception {
        return post(origin, path, "application/x-www-form-urlencoded", form);
    }
}
