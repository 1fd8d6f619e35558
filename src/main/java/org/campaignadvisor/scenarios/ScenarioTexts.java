package org.campaignadvisor.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campaignadvisor.text.Language;

/**
 * The names and descriptions of the example plans, in a language. English: the plan's name and the
 * comment block at the top of its file. Other languages: {@code scenarios/lang/<code>.yaml}, keyed
 * by file name (anything missing there stays English).
 */
public final class ScenarioTexts {
    private ScenarioTexts() {
    }

    /** How an example plan is presented in a list: its file, its name and what it is about. */
    public record Entry(String file, String name, String description) {
    }

    public static List<Entry> list(Path folder, Language language) throws IOException {
        JsonNode own = translations(folder, language);
        List<Entry> entries = new ArrayList<>();
        for (Path file : ScenarioFolder.files(folder)) {
            String name = file.getFileName().toString();
            Scenario scenario = ScenarioFolder.readOne(file);
            String englishName = scenario.readable() ? scenario.plan().name() : name;
            JsonNode translated = own.path(name);
            entries.add(new Entry(name, text(translated, "name", englishName), text(translated, "description", description(file))));
        }
        return entries;
    }

    /** The comment block at the top of a plan file, as one paragraph. */
    static String description(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(line.replaceFirst("^#\\s?", "").strip());
        }
        return text.toString().strip();
    }

    private static JsonNode translations(Path folder, Language language) throws IOException {
        Path file = folder.resolve("lang").resolve(language.code() + ".yaml");
        if (language.isEnglish() || !Files.isRegularFile(file)) {
            return new YAMLMapper().createObjectNode();
        }
        return new YAMLMapper().readTree(file.toFile());
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : fallback;
    }
}
