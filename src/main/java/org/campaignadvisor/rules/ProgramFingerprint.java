package org.campaignadvisor.rules;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * What identifies the running program for the compiled-rules cache: a hash of its own code (the
 * jar, or the classes directory in development) and the Drools build it runs on. Compiled rules
 * refer to the program's classes, so an upgrade of either must never reuse them.
 */
public final class ProgramFingerprint {
    private ProgramFingerprint() {
    }

    public static String current() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path code = location(RuleBook.class);
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(Files.readAllBytes(code));
            }
            digest.update(location(ExecutableModelProject.class).getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(System.getProperty("java.specification.version", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The jar or classes directory a class was loaded from. */
    public static Path location(Class<?> type) throws URISyntaxException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("no code source for " + type.getName());
        }
        return Path.of(source.getLocation().toURI());
    }
}
