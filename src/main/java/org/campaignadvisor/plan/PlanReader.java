package org.campaignadvisor.plan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a plan from YAML or JSON, checks it against the published schema and the few rules a schema
 * cannot express (real calendar dates, dates in order), and reports every problem at once.
 */
public final class PlanReader {
    private static final ObjectMapper JSON = JsonMapper.builder(
                    com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(InputShape.CONSTRAINTS).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(
                    com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder().streamReadConstraints(InputShape.CONSTRAINTS).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlanReader() {
    }

    /** The largest plan file read, in bytes: the same bound as the web service's request body. */
    public static final int MAX_FILE_BYTES = 1_000_000;

    /**
     * Reads a plan file; the format follows the file name ({@code .json} or YAML). A file larger than
     * {@link #MAX_FILE_BYTES} is refused before it is read; a device or pipe is read only up to it.
     */
    public static Plan read(Path file) throws InvalidPlanException, IOException {
        return parse(decode(readBounded(file), file.toString()), PlanFormat.of(file), file.toString());
    }

    private static byte[] readBounded(Path file) throws InvalidPlanException, IOException {
        if (!Files.exists(file)) {
            throw new InvalidPlanException(file.toString(), List.of(new PlanProblem("", "does not exist")));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidPlanException(file.toString(), List.of(new PlanProblem("", "is a folder, not a plan file")));
        }
        if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
            throw new InvalidPlanException(file.toString(), List.of(new PlanProblem("", "is " + Files.size(file)
                    + " bytes; a plan file may have at most " + MAX_FILE_BYTES + " bytes")));
        }
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InvalidPlanException(file.toString(), List.of(new PlanProblem("", "has more than " + MAX_FILE_BYTES
                    + " bytes (or never ends); a plan file may have at most " + MAX_FILE_BYTES + " bytes")));
        }
        return bytes;
    }

    /** Decodes UTF-8 strictly, so that a file with broken bytes is reported rather than garbled. */
    public static String decode(byte[] bytes, String source) throws InvalidPlanException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPlanException(source, List.of(new PlanProblem("", "is not valid UTF-8 text")));
        }
    }

    /** Parses and validates plan text. {@code source} names the input in error messages. */
    public static Plan parse(String text, PlanFormat format, String source) throws InvalidPlanException {
        return fromTree(tree(text, format, source), source);
    }

    /** Validates an already parsed plan tree (for example one built from a web form) and binds it. */
    public static Plan fromTree(JsonNode tree, String source) throws InvalidPlanException {
        // Every problem at once: the schema's, and the date checks a schema cannot express, together.
        List<PlanProblem> problems = new ArrayList<>(nonFiniteNumbers(tree, ""));
        if (problems.isEmpty()) {
            problems.addAll(PlanSchema.get().check(tree));
        }
        Set<String> reported = new HashSet<>();
        problems.forEach(p -> reported.add(p.path()));
        DateChecks.check(tree).stream().filter(p -> !reported.contains(p.path())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(source, problems);
        }
        try {
            return BINDER.treeToValue(tree, Plan.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The schema should have caught this; report it as a problem, never as a crash.
            throw new InvalidPlanException(source, List.of(new PlanProblem("", "could not be read: " + e.getMessage())));
        }
    }

    /** Parses plan text into a tree, reporting syntax errors with line and column. */
    public static JsonNode tree(String text, PlanFormat format, String source) throws InvalidPlanException {
        if (text == null || text.isBlank()) {
            throw new InvalidPlanException(source, List.of(new PlanProblem("",
                    "is empty: a plan needs at least name, context and goal.kind")));
        }
        PlanProblem shape = InputShape.check(text, format);
        if (shape != null) {
            throw new InvalidPlanException(source, List.of(shape));
        }
        JsonNode tree;
        try {
            tree = (format == PlanFormat.JSON ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            throw new InvalidPlanException(source, List.of(new PlanProblem("",
                    at + "not valid " + format.name() + " (" + firstLine(e.getOriginalMessage()) + ")")));
        } catch (RuntimeException e) {
            // SnakeYAML reports limits (document size, aliases) with its own runtime exceptions.
            throw new InvalidPlanException(source, List.of(new PlanProblem("",
                    "not valid " + format.name() + " (" + firstLine(e.getMessage()) + ")")));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidPlanException(source, List.of(new PlanProblem("",
                    "is empty: a plan needs at least name, context and goal.kind")));
        }
        if (!tree.isObject()) {
            throw new InvalidPlanException(source, List.of(new PlanProblem("",
                    "must be a group of fields (name, context, goal, …), got " + (tree.isArray() ? "a list" : "a single value"))));
        }
        return tree;
    }

    /**
     * Reads a JSON document other than a plan (a comparison request) with the same bounds as a plan:
     * streaming shape check first, one document only, syntax errors with line and column.
     */
    public static JsonNode jsonDocument(String text, String source) throws InvalidPlanException {
        if (text == null || text.isBlank()) {
            throw new InvalidPlanException(source, List.of(new PlanProblem("", "is empty")));
        }
        PlanProblem shape = InputShape.check(text, PlanFormat.JSON, 10 * InputShape.MAX_VALUES);
        if (shape != null) {
            throw new InvalidPlanException(source, List.of(shape));
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            throw new InvalidPlanException(source, List.of(new PlanProblem("", at + "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")")));
        }
    }

    /** Writes a plan as YAML or JSON, leaving out nothing (defaults are written out). */
    public static String write(Plan plan, PlanFormat format) {
        return PlanWriter.write(plan, format);
    }

    private static List<PlanProblem> nonFiniteNumbers(JsonNode node, String path) {
        List<PlanProblem> problems = new ArrayList<>();
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            problems.add(new PlanProblem(path, "must be a finite number, got " + node.asText()));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                problems.addAll(nonFiniteNumbers(field.getValue(), FieldPath.child(path, field.getKey())));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                problems.addAll(nonFiniteNumbers(node.get(i), path + "[" + i + "]"));
            }
        }
        return problems;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        // Parser messages span several lines (context, a copy of the source line, a caret): keep the words.
        // Jackson's hints name its own switches ("or use JsonReadFeature.…"): they mean nothing to a campaigner.
        message = message.replaceAll("(?s);?\\s*\\(?(or )?use [A-Za-z]*(Feature|ReadFeature)\\.[A-Z_]+.*?(\\)|$)", "")
                .replaceAll("\\s*\\(for [A-Za-z.]+ starting at[^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:.*", "");
        String line = message.strip().lines()
                .filter(l -> !l.startsWith(" in '") && !l.startsWith("    ") && !l.isBlank())
                .map(String::strip)
                .reduce((a, b) -> a + "; " + b)
                .orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    /** Checks a schema cannot express: real dates, and start ≤ key date ≤ end. */
    private static final class DateChecks {
        static List<PlanProblem> check(JsonNode tree) {
            List<PlanProblem> problems = new ArrayList<>();
            JsonNode timeline = tree.path("timeline");
            LocalDate start = date(timeline, "start", "timeline.start", problems);
            LocalDate key = date(timeline, "keyDate", "timeline.keyDate", problems);
            LocalDate end = date(timeline, "end", "timeline.end", problems);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new PlanProblem("timeline.end",
                        "must not be before timeline.start (" + start + "), got " + end));
            }
            if (start != null && key != null && key.isBefore(start)) {
                problems.add(new PlanProblem("timeline.keyDate",
                        "must not be before timeline.start (" + start + "), got " + key));
            }
            if (end != null && key != null && key.isAfter(end)) {
                problems.add(new PlanProblem("timeline.keyDate",
                        "must not be after timeline.end (" + end + "), got " + key));
            }
            JsonNode activities = tree.path("activities");
            for (int i = 0; i < activities.size(); i++) {
                date(activities.get(i), "date", "activities[" + i + "].date", problems);
            }
            return problems;
        }

        private static LocalDate date(JsonNode parent, String field, String path, List<PlanProblem> problems) {
            JsonNode node = parent.path(field);
            if (!node.isTextual()) {
                return null;
            }
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                problems.add(new PlanProblem(path, "is not a real calendar date, got \"" + node.asText() + "\""));
                return null;
            }
        }
    }
}
