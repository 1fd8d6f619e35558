package org.campaignadvisor.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.plan.PlanReader;

/** Reads every plan file (.yaml, .yml, .json) of a folder, sorted by name; unreadable ones keep their problems. */
public final class ScenarioFolder {
    private ScenarioFolder() {
    }

    public static boolean isPlanFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** The plan files directly in the folder: regular files, never symbolic links (which could point outside it). */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(ScenarioFolder::isPlanFile).sorted().toList();
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}\\.(yaml|yml|json)");

    /**
     * The scenario file of that name in the folder, if there is one: a plain name (letters, digits,
     * hyphens and an extension, checked before any path is built), a regular file, not a link.
     */
    public static Optional<Path> resolve(Path folder, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path path = folder.resolve(name);
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    public static List<Scenario> read(Path folder) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files(folder)) {
            scenarios.add(readOne(file));
        }
        return scenarios;
    }

    public static Scenario readOne(Path file) {
        try {
            return new Scenario(file, PlanReader.read(file), List.of());
        } catch (InvalidPlanException e) {
            return new Scenario(file, null, e.problems());
        } catch (IOException e) {
            return new Scenario(file, null, List.of(new PlanProblem("", "cannot be read (" + e.getMessage() + ")")));
        }
    }
}
