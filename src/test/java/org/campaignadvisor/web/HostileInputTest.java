package org.campaignadvisor.web;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against the running service: mutated plans of every kind get a 2xx or a 4xx
 * problem+json, never a 5xx; the service stays up and its memory bounded; oversize and slow
 * requests are cut off.
 */
@Tag("http")
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Javalin app;
    private static String origin;

    @BeforeAll
    static void start() {
        app = WebApp.create(WebFixture.services(), new WebSettings(1_000_000, 1_000)).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static List<ObjectNode> validPlans() throws Exception {
        List<ObjectNode> plans = new ArrayList<>();
        for (var scenario : ScenarioFolder.read(Fixtures.SCENARIOS)) {
            plans.add(org.campaignadvisor.plan.PlanTree.of(scenario.plan()));
        }
        return plans;
    }

    /** Every kind of damage the issue names, applied to a valid plan. */
    private static List<byte[]> mutations(ObjectNode plan, Random random) {
        List<byte[]> bodies = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collectPaths(plan, "", paths);
        for (int i = 0; i < 6; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            for (JsonNode replacement : List.<JsonNode>of(JSON.getNodeFactory().textNode("x"), JSON.getNodeFactory().numberNode(-5),
                    JSON.getNodeFactory().numberNode(1e300), JSON.getNodeFactory().booleanNode(true), JSON.getNodeFactory().arrayNode(),
                    JSON.getNodeFactory().nullNode(), JSON.getNodeFactory().numberNode(Long.MAX_VALUE))) {
                ObjectNode copy = plan.deepCopy();
                replace(copy, path, replacement);
                bodies.add(bytes(copy));
            }
            ObjectNode dropped = plan.deepCopy();
            replace(dropped, path, null);
            bodies.add(bytes(dropped));
        }
        ObjectNode many = plan.deepCopy();
        ArrayNode channels = many.putArray("channels");
        for (int i = 0; i < 10_000; i++) {
            channels.addObject().put("platform", "facebook");
        }
        bodies.add(bytes(many));
        StringBuilder nested = new StringBuilder("{\"name\": \"n\", \"context\": \"kazakhstan-2011\", \"goal\": ");
        nested.append("{\"kind\": ".repeat(100)).append("\"x\"").append("}".repeat(100)).append("}");
        bodies.add(nested.toString().getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"name\": \"NaN\", \"context\": \"kazakhstan-2011\", \"goal\": {\"kind\": \"petition\", \"target\": {\"value\": NaN}}}".getBytes(StandardCharsets.UTF_8));
        byte[] broken = bytes(plan);
        broken[broken.length / 2] = (byte) 0xC3;
        broken[broken.length / 2 + 1] = (byte) 0x28;
        bodies.add(broken);
        ObjectNode longText = plan.deepCopy();
        longText.put("name", "x".repeat(900_000));
        bodies.add(bytes(longText));
        bodies.add(new byte[] {'{'});
        bodies.add("[]".getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    @Test
    void mutated_plans_get_2xx_or_4xx_problems_never_5xx_and_memory_stays_bounded() throws Exception {
        Random random = new Random(7);
        int sent = 0;
        Runtime runtime = Runtime.getRuntime();
        // a first request warms the service up, so that what it keeps for good is counted before, not as growth
        WebFixture.post(origin, "/api/v1/evaluations", "application/json", validPlans().get(0).toString().getBytes(StandardCharsets.UTF_8));
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        for (ObjectNode plan : validPlans()) {
            for (byte[] body : mutations(plan, random)) {
                for (String path : List.of("/api/v1/evaluations", "/api/v1/plans/validate")) {
                    HttpResponse<String> response = WebFixture.post(origin, path, "application/json", body);
                    sent++;
                    int status = response.statusCode();
                    assertThat(status).as("status for a mutated plan on %s", path).isLessThan(500);
                    if (status >= 400) {
                        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                        assertThat(response.body()).doesNotContain("at org.", "Exception");
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(1000);
        String tooLong = "{\"name\": \"" + "y".repeat(5_000_000) + "\"}";
        assertThat(WebFixture.post(origin, "/api/v1/evaluations", "application/json", tooLong).statusCode()).isEqualTo(413);
        assertThat(WebFixture.get(origin, "/health").statusCode()).isEqualTo(200);
        System.gc();
        long grown = runtime.totalMemory() - runtime.freeMemory() - before;
        assertThat(grown).as("heap kept after %d hostile requests (nothing of a request is kept)", sent).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 50000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void a_client_that_stops_sending_is_disconnected_by_the_idle_timeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"name\": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // drain whatever the server answers before it closes the connection
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertThat(waited).as("ms until the stalled connection was closed").isLessThan(9_000);
        }
        assertThat(WebFixture.get(origin, "/health").statusCode()).isEqualTo(200);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectPaths(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                String child = path.isEmpty() ? name : path + "/" + name;
                out.add(child);
                collectPaths(node.get(name), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "/" + i;
                out.add(child);
                collectPaths(node.get(i), child, out);
            }
        }
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        int cut = path.lastIndexOf('/');
        JsonNode parent = cut < 0 ? root : root.at("/" + path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
    }

}
