package org.campaignadvisor.web;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.LiveRuleBook;
import org.campaignadvisor.rules.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 11 against a running service, each reproduced and shown to fail: many-key
 * bodies in parallel, oversize and malformed uploads, wrong methods, cross-site and unauthenticated
 * reloads, missing security headers, trailing garbage, several YAML documents, aliases, a NUL in a
 * scenario name, links out of the scenarios folder, and slow senders holding the thread pool.
 */
@Tag("http")
class AttackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "s3cret-for-tests";
    private static final String VALID = "{\"name\": \"Test plan\", \"context\": \"kazakhstan-2011\", \"goal\": {\"kind\": \"petition\"}}";

    @TempDir
    static Path dir;
    private static LiveRuleBook live;
    private static Path rules;
    private static Path scenarios;
    private static Javalin app;
    private static String origin;

    @BeforeAll
    static void start() throws Exception {
        rules = Fixtures.copyOfFixtureRules(dir);
        live = LiveRuleBook.watch(rules, 100);
        scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Fixtures.SCENARIOS.resolve("charity-drive.yaml"), scenarios.resolve("charity-drive.yaml"));
        Path outside = Files.writeString(dir.resolve("secret.yaml"), "name: not a scenario\nline: root:x:0:0\n");
        Files.createSymbolicLink(scenarios.resolve("linked.yaml"), outside);
        Advisor advisor = new Advisor(live, Fixtures.fixture().evidence(), Limits.DEFAULT);
        AppServices services = new AppServices(advisor, Fixtures.fixture().evidence(), live::status, live::reload, scenarios);
        app = WebApp.create(services, new WebSettings(1_000_000, 2_000, SECRET, List.of())).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
        live.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        try {
            return WebFixture.HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // This service closes idle connections after 2 s; a pooled connection the client picks up
            // just as the server closes it gets no answer at all. That is the client's race, not an
            // answer of the service: send once more, on a new connection.
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return WebFixture.HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static HttpRequest.Builder post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A body under the 1 MB limit with about 100,000 unknown keys. */
    private static String manyKeys(int seed) {
        StringBuilder body = new StringBuilder("{\"name\": \"x\", \"context\": \"kazakhstan-2011\", \"goal\": {\"kind\": \"petition\"}");
        for (int i = 0; i < 100_000 && body.length() < 990_000; i++) {
            body.append(",\"k").append(seed).append('_').append(i).append("\":1");
        }
        return body.append('}').toString();
    }

    @Test
    void parallel_many_key_bodies_get_4xx_while_an_innocent_evaluation_gets_200_and_a_later_rule_edit_is_served() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Future<HttpResponse<String>>> hostile = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String body = manyKeys(i);
                hostile.add(pool.submit(() -> send(post("/api/v1/evaluations", "application/json", body))));
            }
            Future<HttpResponse<String>> innocent = pool.submit(() -> send(post("/api/v1/evaluations", "application/json",
                    Files.readString(Fixtures.fixturePlan("targeted.json")))));
            for (Future<HttpResponse<String>> answer : hostile) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(response.body().length()).as("the error is short, not a list of 100,000 problems").isLessThan(2_000);
                assertThat(response.body()).contains("more than 64 fields");
            }
            assertThat(innocent.get().statusCode()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        Path advice = rules.resolve("advice.drl");
        String before = Files.readString(advice);
        try {
            Files.writeString(advice, before.replace("Pick the groups to recruit", "Choose the groups to recruit"));
            long until = System.nanoTime() + 10_000_000_000L;
            String action = "";
            while (System.nanoTime() < until && !action.startsWith("Choose")) {
                Thread.sleep(100);
                JsonNode findings = JSON.readTree(send(post("/api/v1/evaluations", "application/yaml",
                        Files.readString(Fixtures.fixturePlan("random.yaml")))).body()).path("findings");
                action = findings.path(0).path("action").asText();
            }
            assertThat(action).as("a rule edit made after the attack is served").startsWith("Choose the groups");
        } finally {
            Files.writeString(advice, before);
        }
    }

    @Test
    void a_long_list_of_problems_is_cut_at_fifty_with_a_count() throws Exception {
        StringBuilder channels = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            channels.append(i == 0 ? "" : ",").append("{\"platform\": \"nowhere\"}");
        }
        HttpResponse<String> response = send(post("/api/v1/evaluations", "application/json",
                VALID.replace("}}", "}, \"channels\": [" + channels + "]}")));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors).hasSize(51);
        assertThat(errors.get(50).path("message").asText()).matches("and 1[0-9]{2} more problems \\(only the first 50 are listed\\)");
    }

    @Test
    void a_fifty_megabyte_chunked_upload_is_refused_and_a_malformed_one_is_a_400() throws Exception {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"big.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        long size = 50L * 1024 * 1024;
        InputStream body = new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent < head.length) {
                    return head[(int) sent++];
                }
                return sent++ < size ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= size) {
                    return -1;
                }
                int n = 0;
                while (n < len && sent < size) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };
        for (String path : List.of("/upload", "/compare")) {
            HttpResponse<String> response;
            try {
                response = send(HttpRequest.newBuilder(URI.create(origin + path))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)));
            } catch (java.io.IOException e) {
                continue; // the service may close the connection while the client is still sending: refused, not read
            }
            assertThat(response.statusCode()).as(path).isIn(400, 413);
        }
        HttpResponse<String> malformed = send(post("/upload", "multipart/form-data; boundary=zz", "--zz\r\nnonsense"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(WebFixture.get(origin, "/health").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_method_is_a_405_with_allow() throws Exception {
        HttpResponse<String> response = WebFixture.get(origin, "/api/v1/evaluations");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(origin + "/lessons")).DELETE());
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void reload_needs_the_secret_and_never_comes_cross_site() throws Exception {
        assertThat(send(post("/api/v1/rules/reload", "text/plain", "")).statusCode()).isEqualTo(401);
        assertThat(send(post("/api/v1/rules/reload", "text/plain", "").header("Authorization", "Bearer wrong")).statusCode())
                .isEqualTo(401);
        assertThat(send(post("/api/v1/rules/reload", "text/plain", "").header("Authorization", "Bearer " + SECRET)).statusCode())
                .isEqualTo(200);
        HttpResponse<String> crossSite = send(post("/api/v1/rules/reload", "text/plain", "")
                .header("Authorization", "Bearer " + SECRET).header("Origin", "https://evil.example"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(send(post("/plan", "application/x-www-form-urlencoded", "name=x").header("Origin", "https://evil.example"))
                .statusCode()).isEqualTo(403);
        assertThat(send(post("/api/v1/plans/validate", "application/json", VALID).header("Origin", origin)).statusCode())
                .as("the service's own pages may post").isEqualTo(200);
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/api/v1/lessons", "/nowhere", "/static/style.css", "/health")) {
            HttpResponse<String> response = WebFixture.get(origin, path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void json_must_be_one_value_and_yaml_one_document_without_aliases() throws Exception {
        for (String body : List.of(VALID + " xyz", VALID + VALID, VALID.replace("\"Test plan\"", "\"a\", \"name\": \"b\""))) {
            HttpResponse<String> response = send(post("/api/v1/plans/validate", "application/json", body));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Feature", "StreamRead");
        }
        String yaml = "name: A\ncontext: kazakhstan-2011\ngoal: {kind: petition}\n";
        HttpResponse<String> twoDocuments = send(post("/api/v1/plans/validate", "application/yaml", yaml + "---\n" + yaml));
        assertThat(twoDocuments.statusCode()).isEqualTo(400);
        assertThat(twoDocuments.body()).contains("more than one YAML document");
        HttpResponse<String> alias = send(post("/api/v1/plans/validate", "application/yaml",
                "name: &n A\norganisation: *n\ncontext: kazakhstan-2011\ngoal: {kind: petition}\n"));
        assertThat(alias.statusCode()).isEqualTo(400);
        assertThat(alias.body()).contains("alias");
    }

    @Test
    void a_nul_in_a_scenario_name_and_a_link_out_of_the_folder_are_not_followed() throws Exception {
        HttpResponse<String> nul = send(post("/compare", "application/x-www-form-urlencoded", "scenario=charity-drive.yaml%00"));
        assertThat(nul.statusCode()).isLessThan(500);
        assertThat(nul.body()).contains("there is no such scenario");
        HttpResponse<String> linked = WebFixture.get(origin, "/scenarios/linked.yaml");
        assertThat(linked.statusCode()).isEqualTo(404);
        assertThat(linked.body()).doesNotContain("root:x");
        HttpResponse<String> compared = send(post("/compare", "application/x-www-form-urlencoded", "scenario=linked.yaml"));
        assertThat(compared.body()).doesNotContain("root:x").contains("there is no such scenario");
        assertThat(WebFixture.get(origin, "/").body()).doesNotContain("linked.yaml");
    }

    @Test
    void three_hundred_slow_senders_do_not_stall_other_requests() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket("127.0.0.1", app.port());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            long start = System.nanoTime();
            HttpResponse<String> answer = send(post("/api/v1/plans/validate", "application/json", VALID));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(millis).as("milliseconds for an ordinary request while 300 clients trickle").isLessThan(3_000);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
