package org.campaignadvisor.rules;

/** Where an {@link Advisor} takes the current rule book from: fixed, or reloaded while serving. */
@FunctionalInterface
public interface RuleBookSource {
    RuleBook current();

    static RuleBookSource of(RuleBook book) {
        return () -> book;
    }
}
