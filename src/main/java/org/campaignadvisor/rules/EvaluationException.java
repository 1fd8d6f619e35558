package org.campaignadvisor.rules;

/**
 * The rules failed on a plan: a rule looped past the firing bound, inserted too many facts, ran too
 * long or threw. The plan itself was fine; the message names the rule to fix. {@link #busy()} is true
 * when the evaluation was refused because too many earlier ones are stuck (try again later).
 */
public class EvaluationException extends RuntimeException {
    private final boolean busy;

    public EvaluationException(String message) {
        this(message, null, false);
    }

    public EvaluationException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private EvaluationException(String message, Throwable cause, boolean busy) {
        super(message, cause);
        this.busy = busy;
    }

    static EvaluationException busy(String message) {
        return new EvaluationException(message, null, true);
    }

    public boolean busy() {
        return busy;
    }
}
