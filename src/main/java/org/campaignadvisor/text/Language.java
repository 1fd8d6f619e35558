package org.campaignadvisor.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A language the program speaks: English, and every language whose messages file
 * ({@code messages/<code>.yaml}) is on the class path. Adding a language is adding its files (see
 * docs/translating.md); no code names a language other than English, the source of every text.
 */
public record Language(String code) {
    public static final Language ENGLISH = new Language("en");

    private static volatile List<Language> available;

    public Language {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("a language code is two or three lowercase letters, got " + code);
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public boolean isEnglish() {
        return code.equals("en");
    }

    /** Every language the program has messages for, English first. */
    public static List<Language> available() {
        List<Language> known = available;
        if (known == null) {
            known = discover();
            available = known;
        }
        return known;
    }

    /** The language of that code, if the program speaks it. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        int cut = wanted.indexOf('-') >= 0 ? wanted.indexOf('-') : wanted.indexOf('_');
        String base = cut > 0 ? wanted.substring(0, cut) : wanted;
        return available().stream().filter(l -> l.code.equals(base)).findFirst();
    }

    /** The best language for an HTTP Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.5"); English when none fits. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    Optional<Language> language = of(range.getRange());
                    if (language.isPresent()) {
                        return language.get();
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        return ENGLISH;
    }

    /** The language of a POSIX locale setting such as LANG=ru_RU.UTF-8; English when unknown. */
    public static Language fromEnvironment(String... settings) {
        for (String setting : settings) {
            if (setting != null && !setting.isBlank()) {
                // the first one set decides, as in POSIX (LC_ALL over LC_MESSAGES over LANG); C and POSIX mean English
                return of(setting.split("[._@]")[0]).orElse(ENGLISH);
            }
        }
        return ENGLISH;
    }

    /**
     * A folder of language files added without rebuilding the program ({@code campaign.advisor.languages}
     * or {@code CAMPAIGN_ADVISOR_LANGUAGES}): {@code messages/<code>.yaml} and {@code labels.<code>.yaml}
     * there are read before those packaged with the program. Null when not set.
     */
    public static Path extraFolder() {
        String setting = System.getProperty("campaign.advisor.languages", System.getenv("CAMPAIGN_ADVISOR_LANGUAGES"));
        return setting == null || setting.isBlank() ? null : Path.of(setting);
    }

    /** Forgets what was read of the language files, so that the next use reads them again. */
    public static void forget() {
        available = null;
        Messages.forget();
        Labels.forget();
    }

    private static List<Language> discover() {
        TreeSet<String> codes = new TreeSet<>();
        Path extra = extraFolder();
        if (extra != null && Files.isDirectory(extra.resolve("messages"))) {
            try (Stream<Path> list = Files.list(extra.resolve("messages"))) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z]{2,3}\\.yaml"))
                        .forEach(n -> codes.add(n.substring(0, n.indexOf('.'))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Enumeration<URL> roots = Language.class.getClassLoader().getResources("messages");
            for (URL root : Collections.list(roots)) {
                codes.addAll(files(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        codes.remove("en");
        List<Language> languages = new ArrayList<>();
        languages.add(ENGLISH);
        codes.forEach(code -> languages.add(new Language(code)));
        return List.copyOf(languages);
    }

    private static List<String> files(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> list = Files.list(Path.of(root.toURI()))) {
                list.map(p -> p.getFileName().toString()).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("messages/") && n.indexOf('/', 9) < 0)
                        .map(n -> n.substring(9)).forEach(names::add);
            }
        }
        return names.stream().filter(n -> n.matches("[a-z]{2,3}\\.yaml")).map(n -> n.substring(0, n.indexOf('.'))).toList();
    }
}
