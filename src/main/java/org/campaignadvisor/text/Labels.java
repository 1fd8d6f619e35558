package org.campaignadvisor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a person reads instead of a code: labels and help for every field, value, theme and severity
 * of the plan format, from one file ({@code docs/labels.yaml}, packaged with the program). The form,
 * the result and comparison pages, the command line and the rules' explanations all read it here.
 */
public final class Labels {
    /** A field's label and help text. */
    public record Field(String label, String help) {
    }

    private record File(Map<String, Field> fields, Map<String, Map<String, String>> values, Map<String, String> themes,
                        Map<String, List<String>> severities) {
    }

    private static final Map<Language, Labels> LOADED = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final File file;
    private final Language language;

    private Labels(File file, Language language) {
        this.file = file;
        this.language = language;
    }

    /** The English labels ({@code docs/labels.yaml}). */
    public static Labels get() {
        return of(Language.ENGLISH);
    }

    /**
     * The labels in a language: {@code docs/labels.<code>.yaml} over the English file (an entry a
     * translation lacks stays English; tests require every language to have every entry).
     */
    public static Labels of(Language language) {
        return LOADED.computeIfAbsent(language, Labels::load);
    }

    public Language language() {
        return language;
    }

    private static Labels load(Language language) {
        Map<String, Object> tree = tree("/labels.yaml");
        if (!language.isEnglish()) {
            Map<String, Object> own = tree("/labels." + language.code() + ".yaml");
            if (own != null) {
                merge(tree, own);
            }
        }
        if (tree == null) {
            throw new IllegalStateException("labels.yaml is missing from the class path");
        }
        return new Labels(YAML.convertValue(tree, new TypeReference<File>() { }), language);
    }

    static void forget() {
        LOADED.clear();
    }

    /** A labels file as a tree (from the extra language folder, else the class path), or null when there is none. */
    public static Map<String, Object> tree(String resource) {
        Path extra = Language.extraFolder() == null ? null : Language.extraFolder().resolve(resource.substring(1));
        try (InputStream in = extra != null && Files.isRegularFile(extra)
                ? Files.newInputStream(extra) : Labels.class.getResourceAsStream(resource)) {
            return in == null ? null : YAML.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> base, Map<String, Object> over) {
        over.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && base.get(key) instanceof Map<?, ?> under) {
                merge((Map<String, Object>) under, (Map<String, Object>) map);
            } else if (value != null) {
                base.put(key, value);
            }
        });
    }

    /** A field of the form by its path ({@code goal.kind}, {@code channels[].platform}). */
    public Field field(String path) {
        Field field = file.fields().get(path);
        if (field == null) {
            throw new IllegalArgumentException("docs/labels.yaml has no label for the field " + path);
        }
        return field;
    }

    /** The label of a code of a field ({@code value("channels[].platform", "moimir")} is "MoiMir"); the code if it has none. */
    public String value(String field, String code) {
        Map<String, String> values = file.values().get(field);
        return values == null ? code : values.getOrDefault(code, code);
    }

    /** Every code of a field that has a label, in the file's order. */
    public Map<String, String> values(String field) {
        return file.values().getOrDefault(field, Map.of());
    }

    /** Platform codes as readable names, joined: "facebook, moimir" becomes "Facebook, MoiMir". */
    public String platforms(Collection<String> codes) {
        return codes.stream().map(code -> value("channels[].platform", code)).collect(Collectors.joining(", "));
    }

    /** A plan path in words: "channels[2].platform" is "Platform (Channels, row 3)"; the path itself if unknown. */
    public String path(String path) {
        Matcher row = Pattern.compile("^(.*)\\[(\\d+)](.*)$").matcher(path);
        String key = row.matches() ? row.group(1) + "[]" + row.group(3) : path;
        Field field = file.fields().get(key);
        if (field == null) {
            return path;
        }
        return row.matches() ? Messages.of(language).t("plan.row", "field", field.label(), "row", Integer.parseInt(row.group(2)) + 1)
                : field.label();
    }

    /** A value at a plan path in words: the label of a code, or the value as it is. */
    public String valueAt(String path, String value) {
        String key = path.replaceAll("\\[\\d+]", "[]");
        if (!language.isEnglish() && ("true".equals(value) || "false".equals(value))) {
            return Messages.of(language).t("value." + value);
        }
        if (value != null && value.startsWith("[") && value.endsWith("]") && value.length() > 2) {
            // a list of codes, as a comparison shows it: each code by its label
            return Stream.of(value.substring(1, value.length() - 1).split(",\\s*")).map(code -> value(key, code))
                    .collect(Collectors.joining(", "));
        }
        return value(key, value);
    }

    public String theme(String code) {
        return file.themes().getOrDefault(code, code);
    }

    public Map<String, String> themes() {
        return file.themes();
    }

    /** "1 warning", "3 warnings"; in Russian "1 предупреждение", "2 предупреждения", "5 предупреждений". */
    public String count(String severity, Number n) {
        Messages messages = Messages.of(language);
        String key = "count." + severity;
        return messages.has(key) ? messages.t(key, "n", n) : n + " " + severity;
    }

    /** "Warning", "Recommendation", "Strength". */
    public String severity(String severity) {
        String one = file.severities().getOrDefault(severity, List.of(severity)).get(0);
        return one.isEmpty() ? one : Character.toUpperCase(one.charAt(0)) + one.substring(1);
    }
}
