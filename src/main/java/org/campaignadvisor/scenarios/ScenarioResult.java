package org.campaignadvisor.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * How one scenario fared against its expectations.
 *
 * @param fired      finding ids the rules produced (empty when the scenario could not be evaluated)
 * @param missing    ids the scenario says must fire but did not
 * @param unexpected ids the scenario says must not fire but did
 * @param errors     why it could not be checked: unreadable plan, rules failing, expectations naming no rule
 */
public record ScenarioResult(Path file, Set<String> fired, List<String> missing, List<String> unexpected,
                             List<String> errors) {
    public ScenarioResult {
        fired = Set.copyOf(fired);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && errors.isEmpty();
    }

    /** One line: {@code PASS file} or {@code FAIL file: missing a, b; unexpected c}. */
    public String line() {
        if (passed()) {
            return "PASS " + file + " (" + fired.size() + " findings)";
        }
        StringBuilder out = new StringBuilder("FAIL ").append(file).append(':');
        if (!missing.isEmpty()) {
            out.append(" missing ").append(String.join(", ", missing)).append(';');
        }
        if (!unexpected.isEmpty()) {
            out.append(" unexpected ").append(String.join(", ", unexpected)).append(';');
        }
        errors.forEach(e -> out.append(' ').append(e).append(';'));
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
