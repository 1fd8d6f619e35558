package org.campaignadvisor.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The evidence base in another language: {@code seeds/lang/<code>.yaml}, keyed by lesson, guidance
 * and context id. The report's own words stay as they are in lessons.yaml and the translation is
 * kept beside them; figures keep their number and order. Anything missing stays English.
 */
record EvidenceTranslation(String code, JsonNode tree) {
    private static final YAMLMapper YAML = new YAMLMapper();

    static List<EvidenceTranslation> load(Path seeds) throws EvidenceException {
        Path dir = seeds.resolve("lang");
        List<EvidenceTranslation> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]{2,3}\\.yaml")).sorted().toList()) {
                try {
                    all.add(new EvidenceTranslation(file.getFileName().toString().replace(".yaml", ""), YAML.readTree(file.toFile())));
                } catch (JsonProcessingException e) {
                    var where = e.getLocation();
                    throw new EvidenceException(file + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                            + ": " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new EvidenceException(dir + ": cannot be read (" + e.getMessage() + ")");
        }
        return all;
    }

    Lesson lesson(Lesson english) {
        JsonNode own = tree.path("lessons").path(english.id());
        if (own.isMissingNode()) {
            return english;
        }
        List<Figure> figures = new ArrayList<>();
        JsonNode ownFigures = own.path("figures");
        for (int i = 0; i < english.figures().size(); i++) {
            Figure figure = english.figures().get(i);
            JsonNode f = ownFigures.path(i);
            figures.add(new Figure(text(f, "text", figure.text()), text(f, "source", figure.source())));
        }
        return new Lesson(english.id(), english.kind(), text(own, "title", english.title()), text(own, "section", english.section()),
                english.report(), text(own, "reading", english.reading()), english.country(), figures, english.actionSteps(),
                text(own, "report", ""));
    }

    Guidance guidance(Guidance english) {
        JsonNode own = tree.path("guidance").path(english.id());
        return own.isMissingNode() ? english : new Guidance(english.id(), text(own, "title", english.title()),
                text(own, "text", english.text()), text(own, "grounds", english.grounds()));
    }

    String contextLabel(ContextProfile english) {
        return text(tree.path("contexts").path(english.id()), "label", english.label());
    }

    /** The facts behind the profile's civic-space level, translated; the English where no translation lists as many. */
    List<String> civicSpaceBasis(ContextProfile english) {
        JsonNode own = tree.path("contexts").path(english.id()).path("civicSpaceBasis");
        if (!own.isArray() || own.size() != english.civicSpaceBasis().size()) {
            return english.civicSpaceBasis();
        }
        List<String> basis = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            basis.add(own.get(i).isTextual() && !own.get(i).asText().isBlank() ? own.get(i).asText().strip() : english.civicSpaceBasis().get(i));
        }
        return List.copyOf(basis);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : fallback;
    }
}
