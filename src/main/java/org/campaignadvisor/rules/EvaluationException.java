package org.campaignadvisor.rules;

/**
 * The rules failed on a plan: a rule looped past the firing bound, inserted too many facts, ran too
 * long or threw. The plan itself was fine; the message names the rule to fix.
 */
public class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
