package org.campaignadvisor.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/**
 * How one scenario fared against its expectations.
 *
 * @param fired      finding ids the rules produced (empty when the scenario could not be evaluated)
 * @param missing    ids the scenario says must fire but did not
 * @param unexpected ids the scenario says must not fire but did
 * @param errors     why it could not be checked: unreadable plan, rules failing, expectations naming no rule
 */
public record ScenarioResult(Path file, Set<String> fired, List<String> missing, List<String> unexpected,
                             List<PlanProblem> errors) {
    public ScenarioResult {
        fired = Set.copyOf(fired);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && errors.isEmpty();
    }

    /** One line: {@code PASS file (n findings)} or {@code FAIL file: missing a, b; unexpected c}. */
    public String line() {
        return line(Language.ENGLISH);
    }

    /** {@link #line()} said in a language (finding ids, paths and file names stay as they are). */
    public String line(Language language) {
        Messages m = Messages.of(language);
        if (passed()) {
            return m.t("report.check.pass", "file", file.toString(), "count", Labels.of(language).count("finding", fired.size()));
        }
        List<String> reasons = new ArrayList<>();
        if (!missing.isEmpty()) {
            reasons.add(m.t("report.check.missing", "ids", String.join(", ", missing)));
        }
        if (!unexpected.isEmpty()) {
            reasons.add(m.t("report.check.unexpected", "ids", String.join(", ", unexpected)));
        }
        errors.forEach(e -> reasons.add(e.in(language).toString()));
        return m.t("report.check.fail", "file", file.toString(), "reasons", String.join("; ", reasons));
    }
}
