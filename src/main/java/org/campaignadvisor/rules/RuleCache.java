package org.campaignadvisor.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Compiled rule bases kept on disk, so that a start with unchanged rules loads them instead of
 * compiling. An entry is found by a key: a hash of every rule file, every seed file and the program
 * itself (its code and the Drools version), so an edited rule, an edited seed or an upgrade never
 * meets an old entry. Each entry carries a checksum of its content; an entry that is truncated,
 * corrupt or fails to load is ignored (and removed where this cache may write), and the rules are
 * compiled from their files as if there were no cache.
 *
 * <p>Entries are written to a temporary file and moved into place in one step, so two processes
 * writing the same entry at once, or a reader meeting a writer, never see half a file.
 */
public final class RuleCache {
    private static final Logger LOG = Logger.getLogger(RuleCache.class.getName());
    private static final String SUFFIX = ".rules";
    private static final byte[] MAGIC = "campaign-advisor compiled rules 1\n".getBytes(StandardCharsets.US_ASCII);

    /** No cache: every start compiles. */
    public static final RuleCache OFF = new RuleCache(null, List.of(), "");

    private final Path writable;
    private final List<Path> readOnly;
    private final String program;

    /**
     * @param writable where new entries are written (and looked for first); null writes nothing
     * @param readOnly further places to look, never written (the compiled default rules shipped with the build)
     * @param program  what identifies the running program: a different value never reuses an entry
     */
    public RuleCache(Path writable, List<Path> readOnly, String program) {
        this.writable = writable;
        this.readOnly = List.copyOf(readOnly);
        this.program = program;
    }

    public boolean enabled() {
        return this != OFF && (writable != null || !readOnly.isEmpty());
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(writable);
    }

    /** The key of a rule set checked against the seeds in that directory (null: no seeds). */
    public String key(Path rules, Path seeds) throws IOException {
        return key(RuleFiles.read(rules), seeds);
    }

    String key(RuleFiles files, Path seeds) throws IOException {
        MessageDigest digest = sha256();
        digest.update(("program " + program + "\n").getBytes(StandardCharsets.UTF_8));
        for (String name : files.texts().keySet().stream().sorted().toList()) {
            update(digest, "rules/" + name, files.texts().get(name).getBytes(StandardCharsets.UTF_8));
        }
        if (seeds != null && Files.isDirectory(seeds)) {
            try (Stream<Path> walk = Files.walk(seeds)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, "seeds/" + RuleFiles.relative(seeds, file), Files.readAllBytes(file));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /** The rule base stored under this key, if an intact entry exists and loads. */
    Optional<KieBase> find(String key) {
        for (Path dir : places()) {
            Path file = dir.resolve(key + SUFFIX);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                return Optional.of(ExecutableRules.load(payload(Files.readAllBytes(file))));
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "ignoring the compiled rules in " + file + ": " + e.getMessage());
                if (dir.equals(writable)) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // another process may hold or have replaced it; it is ignored either way
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Builds the executable form of the rule files and stores it under the key. */
    void store(String key, RuleFiles files) throws IOException {
        if (writable == null) {
            return;
        }
        byte[] jar = ExecutableRules.build(files);
        Files.createDirectories(writable);
        Path temp = Files.createTempFile(writable, key + ".", ".tmp");
        try {
            Files.write(temp, entry(jar));
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its defaults apply
            }
            try {
                Files.move(temp, writable.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, writable.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
    private List<Path> places() {
        return writable == null ? readOnly : Stream.concat(Stream.of(writable), readOnly.stream()).toList();
    }

    /** magic line, 64 hex digits of the payload's SHA-256, a newline, the payload. */
    private static byte[] entry(byte[] payload) {
        byte[] sum = (HexFormat.of().formatHex(sha256().digest(payload)) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[MAGIC.length + sum.length + payload.length];
        System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
        System.arraycopy(sum, 0, all, MAGIC.length, sum.length);
        System.arraycopy(payload, 0, all, MAGIC.length + sum.length, payload.length);
        return all;
    }

    private static byte[] payload(byte[] entry) throws IOException {
        int head = MAGIC.length + 65;
        if (entry.length <= head || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a compiled-rules file, or cut short");
        }
        String expected = new String(entry, MAGIC.length, 64, StandardCharsets.US_ASCII);
        byte[] payload = Arrays.copyOfRange(entry, head, entry.length);
        if (!HexFormat.of().formatHex(sha256().digest(payload)).equals(expected)) {
            throw new IOException("checksum mismatch: the file is damaged");
        }
        return payload;
    }

    private static void update(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
