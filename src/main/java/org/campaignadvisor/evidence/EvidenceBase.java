package org.campaignadvisor.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.campaignadvisor.text.Language;

/**
 * The evidence the rules stand on, read from the seeds directory: the report's lessons
 * ({@code lessons.yaml}) and the country context profiles ({@code contexts/*.yaml}).
 */
public final class EvidenceBase {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Lesson> lessons;
    private final Map<String, ContextProfile> contexts;
    private final Map<String, Guidance> guidance;
    private final List<String> order;
    private final Map<String, EvidenceTranslation> translations = new HashMap<>();

    public EvidenceBase(Collection<Lesson> lessons, Collection<ContextProfile> contexts) {
        this(lessons, contexts, List.of());
    }

    public EvidenceBase(Collection<Lesson> lessons, Collection<ContextProfile> contexts, Collection<Guidance> guidance) {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        lessons.forEach(lesson -> byId.put(lesson.id(), lesson));
        this.lessons = Map.copyOf(byId);
        Map<String, ContextProfile> profiles = new TreeMap<>();
        contexts.forEach(profile -> profiles.put(profile.id(), profile));
        this.contexts = profiles;
        this.order = List.copyOf(byId.keySet());
        Map<String, Guidance> guides = new LinkedHashMap<>();
        guidance.forEach(g -> guides.put(g.id(), g));
        this.guidance = guides;
    }

    /** Reads {@code seeds/lessons.yaml}, {@code seeds/guidance.yaml} (if present) and every {@code seeds/contexts/*.yaml}. */
    public static EvidenceBase load(Path seeds) throws EvidenceException {
        Path lessonFile = seeds.resolve("lessons.yaml");
        List<Lesson> lessons = read(lessonFile, new TypeReference<List<Lesson>>() { });
        List<ContextProfile> contexts = new ArrayList<>();
        Path contextDir = seeds.resolve("contexts");
        if (Files.isDirectory(contextDir)) {
            try (Stream<Path> files = Files.list(contextDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    ContextProfile profile = read(file, new TypeReference<ContextProfile>() { });
                    String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                    if (!expected.equals(profile.id())) {
                        throw new EvidenceException(file + ": id must match the file name (" + expected + "), got " + profile.id());
                    }
                    contexts.add(profile);
                }
            } catch (IOException e) {
                throw new EvidenceException(contextDir + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        Path guidanceFile = seeds.resolve("guidance.yaml");
        List<Guidance> guidance = Files.isRegularFile(guidanceFile)
                ? read(guidanceFile, new TypeReference<List<Guidance>>() { }) : List.of();
        EvidenceBase base = new EvidenceBase(lessons, contexts, guidance);
        EvidenceTranslation.load(seeds).forEach(t -> base.translations.put(t.code(), t));
        return base;
    }
    /** A lesson in a language: title, section, reading and figures translated, the report's words kept with their translation. */
    public Optional<Lesson> lesson(String id, Language language) {
        EvidenceTranslation translation = translations.get(language.code());
        return lesson(id).map(l -> translation == null ? l : translation.lesson(l));
    }

    public List<Lesson> lessons(Language language) {
        return order.stream().map(id -> lesson(id, language).orElseThrow()).toList();
    }

    public Optional<Guidance> guidance(String id, Language language) {
        EvidenceTranslation translation = translations.get(language.code());
        return guidance(id).map(g -> translation == null ? g : translation.guidance(g));
    }

    /** The context profile's label in a language. */
    public String contextLabel(ContextProfile profile, Language language) {
        EvidenceTranslation translation = translations.get(language.code());
        return translation == null ? profile.label() : translation.contextLabel(profile);
    }

    /** The facts the profile's civic-space level rests on, in a language. */
    public List<String> civicSpaceBasis(ContextProfile profile, Language language) {
        EvidenceTranslation translation = translations.get(language.code());
        return translation == null ? profile.civicSpaceBasis() : translation.civicSpaceBasis(profile);
    }

    private static <T> T read(Path file, TypeReference<T> type) throws EvidenceException {
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new EvidenceException(file + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new EvidenceException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** All lessons in the order of the seeds file. */
    public List<Lesson> lessons() {
        return order.stream().map(lessons::get).toList();
    }

    /** The project's own safety guidance (never the report's evidence), by id. */
    public Optional<Guidance> guidance(String id) {
        return Optional.ofNullable(guidance.get(id));
    }

    public List<Guidance> guidance() {
        return List.copyOf(guidance.values());
    }

    public Optional<ContextProfile> context(String id) {
        return Optional.ofNullable(contexts.get(id));
    }

    /** All context profiles, by id. */
    public List<ContextProfile> contexts() {
        return List.copyOf(contexts.values());
    }
}
