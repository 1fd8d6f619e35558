package org.campaignadvisor.trainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plain-language rule files (.dslr) a trainer may edit, the rules' texts in other languages
 * ({@code lang/<code>.yaml}), and their history. Only those files inside the rules folder are
 * reachable: DRL is code and is never written here. A save is atomic (written to a
 * hidden temporary file, then moved into place, so the watcher never sees half a file) and keeps the
 * previous version in {@code rules/.history/}, from which one click restores it.
 */
public final class RuleFileStore {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*\\.dslr|lang/[a-z]{2,3}\\.yaml");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One saved version of a file. */
    public record Version(String id, Instant savedAt, long bytes) {
    }

    private final Path rules;

    public RuleFileStore(Path rules) {
        this.rules = rules;
    }

    /** The editable files, as paths relative to the rules folder ("advice/channels.dslr"). */
    public List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(rules)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> rules.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> NAME.matcher(name).matches() && !name.startsWith(".history"))
                    .sorted().toList();
        }
    }

    /** The file of that name, when it is an editable rule file; empty otherwise (DRL, outside, a link). */
    public Optional<Path> resolve(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path path = rules.resolve(name).normalize();
        if (!path.startsWith(rules.normalize()) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    public String read(String name) throws IOException {
        return Files.readString(require(name), StandardCharsets.UTF_8);
    }

    /** Saves a new text for the file; the version it replaces goes to the history. */
    public synchronized void save(String name, String text) throws IOException {
        Path file = require(name);
        keep(name, Files.readString(file, StandardCharsets.UTF_8));
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The saved versions of a file, newest first. */
    public List<Version> history(String name) throws IOException {
        require(name);
        Path dir = historyDir(name);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".saved")).toList()) {
                String id = p.getFileName().toString().replaceFirst("\\.saved$", "");
                versions.add(new Version(id, Files.getLastModifiedTime(p).toInstant(), Files.size(p)));
            }
        }
        versions.sort(Comparator.comparing(Version::id).reversed());
        return versions;
    }

    /** Puts a saved version back (the current text goes to the history first, so a restore can be undone too). */
    public synchronized void restore(String name, String version) throws IOException {
        if (!version.matches("[0-9TZ.]+")) {
            throw new IllegalArgumentException("no such version");
        }
        Path saved = historyDir(name).resolve(version + ".saved");
        if (!Files.isRegularFile(saved, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("no such version");
        }
        save(name, Files.readString(saved, StandardCharsets.UTF_8));
    }

    private void keep(String name, String text) throws IOException {
        Path dir = Files.createDirectories(historyDir(name));
        String stamp = STAMP.format(Instant.now());
        Path target = dir.resolve(stamp + ".saved");
        for (int i = 1; Files.exists(target); i++) {
            target = dir.resolve(stamp + i + ".saved");
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private Path historyDir(String name) {
        return rules.resolve(".history").resolve(name);
    }

    private Path require(String name) {
        return resolve(name).orElseThrow(() -> new IllegalArgumentException(
                name + " is not a plain-language rule file in the rules folder (only .dslr files and lang/<code>.yaml can be edited here)"));
    }
}
