package org.campaignadvisor.rules;

import java.util.Set;
import java.util.stream.Collectors;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.evidence.Guidance;
import org.campaignadvisor.evidence.Lesson;

/**
 * The ids a rule may cite, from the evidence base: the report's lessons and the project's guidance.
 * Compiling rules against them catches a rule that cites a lesson that does not exist; {@link #NONE}
 * skips that check (for rule sets compiled on their own, as in tests of the engine).
 */
public record KnownIds(Set<String> lessons, Set<String> guidance) {
    public static final KnownIds NONE = new KnownIds(Set.of(), Set.of());

    public static KnownIds of(EvidenceBase evidence) {
        return new KnownIds(evidence.lessons().stream().map(Lesson::id).collect(Collectors.toSet()),
                evidence.guidance().stream().map(Guidance::id).collect(Collectors.toSet()));
    }
}
