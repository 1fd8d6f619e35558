package org.campaignadvisor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The sentences of pages and commands in one language, from {@code messages/<code>.yaml}: keys to
 * ICU message patterns, so that plurals ({@code {n, plural, one {# warning} other {# warnings}}}),
 * numbers and dates follow the language's own rules (Russian has three plural forms; it writes
 * 12 000, 45 % and 03.04.2011). A key missing in a language falls back to English; tests require
 * every language to have every key.
 */
public final class Messages {
    private static final Map<Language, Messages> LOADED = new ConcurrentHashMap<>();

    private final Language language;
    private final Map<String, String> patterns;
    private final Map<String, String> own;

    private Messages(Language language, Map<String, String> own, Map<String, String> english) {
        this.language = language;
        this.own = Collections.unmodifiableMap(new LinkedHashMap<>(own)); // in the file's order: problems are matched in it
        Map<String, String> merged = new LinkedHashMap<>(english);
        merged.putAll(own);
        this.patterns = Map.copyOf(merged);
    }

    public static Messages of(Language language) {
        return LOADED.computeIfAbsent(language, Messages::load);
    }

    public static Messages english() {
        return of(Language.ENGLISH);
    }

    public Language language() {
        return language;
    }

    /** The keys this language itself defines (without the English fallback). */
    public Map<String, String> own() {
        return own;
    }

    /** The message with its named arguments filled in ({@code t("result.count", "n", 3)}). */
    public String t(String key, Object... namedArgs) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in messages/en.yaml");
        }
        if (namedArgs.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namedArgs.length; i += 2) {
            args.put(String.valueOf(namedArgs[i]), namedArgs[i + 1]);
        }
        return format(key, args);
    }

    public String format(String key, Map<String, ?> args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in messages/en.yaml");
        }
        // Parsing a pattern (plural rules, number formats) costs far more than filling it, and an
        // evaluation fills dozens: each thread keeps the patterns it has parsed (MessageFormat is not
        // thread-safe, so they are not shared between threads).
        return compiled.get().computeIfAbsent(key, k -> Template.of(pattern, language)).format(args);
    }

    /** A pattern made only of text and {@code {name}} values, split into its parts; null otherwise. */
    private static List<String> simple(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else if (i + 1 < pattern.length() && "{}#|".indexOf(pattern.charAt(i + 1)) >= 0) {
                    return null;
                } else {
                    literal.append(c);
                }
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                String name = close < 0 ? "" : pattern.substring(i + 1, close);
                if (!name.matches("\\w+")) {
                    return null;
                }
                parts.add(literal.toString());
                parts.add(name);
                literal.setLength(0);
                i = close;
            } else if (c == '}') {
                return null;
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return parts;
    }

    private final ThreadLocal<Map<String, Template>> compiled = ThreadLocal.withInitial(HashMap::new);

    /**
     * A parsed pattern. Most patterns only put values into text ({@code "the plan uses {platforms}"}):
     * those are filled directly; patterns with plurals, choices or quoting go through ICU.
     */
    private interface Template {
        String format(Map<String, ?> args);

        static Template of(String pattern, Language language) {
            // literal, name, literal, name, …, literal; null when the pattern needs ICU (plural, select,
            // number styles, or an apostrophe that quotes a brace)
            List<String> parts = simple(pattern);
            if (parts == null) {
                MessageFormat icu = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
                return icu::format;
            }
            com.ibm.icu.text.NumberFormat numbers = com.ibm.icu.text.NumberFormat.getInstance(ULocale.forLocale(language.locale()));
            return args -> {
                StringBuilder out = new StringBuilder(pattern.length() + 32);
                for (int i = 0; i < parts.size(); i++) {
                    if (i % 2 == 0) {
                        out.append(parts.get(i));
                    } else {
                        Object value = args.get(parts.get(i));
                        out.append(value == null ? "{" + parts.get(i) + "}" : value instanceof Number n ? numbers.format(n) : value);
                    }
                }
                return out.toString();
            };
        }
    }

    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    private static Messages load(Language language) {
        Map<String, String> english = read(Language.ENGLISH);
        return new Messages(language, language.isEnglish() ? english : read(language), english);
    }

    static void forget() {
        LOADED.clear();
    }

    private static Map<String, String> read(Language language) {
        String resource = "/messages/" + language.code() + ".yaml";
        Path extra = Language.extraFolder() == null ? null
                : Language.extraFolder().resolve("messages").resolve(language.code() + ".yaml");
        try (InputStream in = extra != null && Files.isRegularFile(extra)
                ? Files.newInputStream(extra) : Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            Map<String, Object> tree = new YAMLMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", tree, flat);
            return flat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> tree, Map<String, String> flat) {
        tree.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> map) {
                flatten(path, (Map<String, Object>) map, flat);
            } else if (value != null) {
                flat.put(path, String.valueOf(value));
            }
        });
    }
}
