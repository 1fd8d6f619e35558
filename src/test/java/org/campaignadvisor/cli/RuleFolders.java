package org.campaignadvisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** A writable copy of a rules folder, for tests that edit rule files. */
public final class RuleFolders {
    private RuleFolders() {
    }

    public static Path copy(Path from, Path to) throws Exception {
        return RuleMistakesTest.copy(from, to);
    }
}
