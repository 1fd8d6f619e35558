package org.campaignadvisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule files of a rules directory, read once: DRL ({@code .drl}), DSL vocabularies
 * ({@code .dsl}) and rules written in a DSL ({@code .dslr}). Also gives the version of the set,
 * a hash of every file's path and content.
 */
record RuleFiles(Path directory, Map<String, String> texts, Map<String, String> translations, String version) {

    static final List<String> EXTENSIONS = List.of(".drl", ".dsl", ".dslr");

    static RuleFiles read(Path directory) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile).sorted().toList();
            for (Path file : files) {
                texts.put(relative(directory, file), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Map<String, String> translations = new LinkedHashMap<>();
        Path lang = directory.resolve(RuleTexts.FOLDER);
        if (Files.isDirectory(lang)) {
            try (Stream<Path> list = Files.list(lang)) {
                for (Path file : list.filter(RuleTexts::isLanguageFile).sorted().toList()) {
                    translations.put(relative(directory, file), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> all = new LinkedHashMap<>(texts);
        all.putAll(translations);
        return new RuleFiles(directory, Map.copyOf(texts), Map.copyOf(translations), hash(all));
    }

    static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Path relative to the rules directory, with forward slashes. */
    static String relative(Path directory, Path file) {
        return directory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    /** The file names in a stable order, vocabularies (.dsl) first. */
    List<String> names() {
        return texts.keySet().stream()
                .sorted((a, b) -> {
                    int byKind = Boolean.compare(!a.endsWith(".dsl"), !b.endsWith(".dsl"));
                    return byKind != 0 ? byKind : a.compareTo(b);
                })
                .toList();
    }

    /** The given 1-based line of a file, or "" when there is no such line. */
    String line(String file, int line) {
        String text = texts.containsKey(file) ? texts.get(file) : translations.get(file);
        if (text == null || line <= 0) {
            return "";
        }
        return text.lines().skip(line - 1L).findFirst().orElse("");
    }

    /** The lines between "when" and "then" of the rule declared at that line, as written. */
    List<String> conditions(String file, int ruleLine) {
        String text = texts.get(file);
        if (text == null || ruleLine <= 0) {
            return List.of();
        }
        List<String> lines = text.lines().skip(ruleLine).toList();
        ArrayList<String> conditions = new ArrayList<>();
        boolean inWhen = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.equals("when")) {
                inWhen = true;
            } else if (stripped.equals("then") || stripped.equals("end")) {
                break;
            } else if (inWhen && !stripped.isEmpty() && !stripped.startsWith("//")) {
                conditions.add(stripped);
            }
        }
        return conditions;
    }

    /** The file that declares the rule, or "" (rule bases loaded from the cache do not carry their files). */
    String fileOf(String ruleName) {
        return texts.keySet().stream().sorted().filter(name -> ruleLine(name, ruleName) > 0).findFirst().orElse("");
    }

    /** The line where {@code rule "name"} is declared in the file, or 0. */
    int ruleLine(String file, String ruleName) {
        String text = texts.get(file);
        if (text == null) {
            return 0;
        }
        List<String> lines = text.lines().toList();
        String quoted = "rule \"" + ruleName + "\"";
        String bare = "rule " + ruleName;
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.startsWith(quoted) || stripped.equals(bare) || stripped.startsWith(bare + " ")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String hash(Map<String, String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.keySet().stream().sorted().forEach(name -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(texts.get(name).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is not available", e));
        }
    }
}
