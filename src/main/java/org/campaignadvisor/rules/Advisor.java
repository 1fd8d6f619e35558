package org.campaignadvisor.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.evidence.ContextProfile;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.text.Language;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates plans against the current rule book: one fresh session per plan, bounded in firings,
 * inserted facts and time, always disposed. Safe to call from many threads at once.
 */
public final class Advisor {
    private final RuleBookSource rules;
    private final EvidenceBase evidence;
    private final Limits limits;
    private final Workers workers;

    public Advisor(RuleBookSource rules, EvidenceBase evidence, Limits limits) {
        this.rules = rules;
        this.evidence = evidence;
        this.limits = limits;
        this.workers = new Workers(limits);
    }

    /** Evaluations abandoned after their deadline whose threads have not come back (0 when healthy). */
    public int stuckEvaluations() {
        return workers.stuck();
    }

    public Advisor(RuleBook rules, EvidenceBase evidence) {
        this(RuleBookSource.of(rules), evidence, Limits.DEFAULT);
    }

    public EvidenceBase evidence() {
        return evidence;
    }

    public RuleBook ruleBook() {
        return rules.current();
    }

    /**
     * Runs the rules over a plan.
     *
     * @throws InvalidPlanException when the plan names a context profile that does not exist
     * @throws EvaluationException  when a rule loops, floods the session with facts, runs too long or throws
     */
    public Advice evaluate(Plan plan) throws InvalidPlanException {
        return evaluate(plan, Language.ENGLISH);
    }

    /** As {@link #evaluate(Plan)}, with every text of the findings in the given language. */
    public Advice evaluate(Plan plan, Language language) throws InvalidPlanException {
        RuleBook book = rules.current();
        ContextProfile context = context(plan);
        List<Object> facts = PlanFacts.of(plan, context, language);
        FindingSink sink = new FindingSink(book, evidence, context, language);
        Guard guard = new Guard(limits);
        workers.run(new Workers.Task<Void>() {
            @Override
            public Void call() {
                KieSession session = book.kieBase().newKieSession();
                try {
                    session.setGlobal("findings", sink);
                    if (book.declaresGlobal("language")) {
                        session.setGlobal("language", language);
                    }
                    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) guard);
                    session.addEventListener(guard.inserts);
                    for (Object fact : facts) {
                        session.insert(fact);
                    }
                    guard.start(session);
                    int fired = session.fireAllRules(limits.maxFirings() + 1);
                    guard.verdict(fired);
                } catch (EvaluationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new EvaluationException(failure(e), e);
                } finally {
                    session.dispose();
                }
                return null;
            }

            @Override
            public void halt() {
                guard.halt();
            }

            @Override
            public String doing() {
                return guard.running();
            }
        });
        return Advice.of(plan.name(), context.id(), book.version(), sink.findings());
    }

    private ContextProfile context(Plan plan) throws InvalidPlanException {
        return evidence.context(plan.context()).orElseThrow(() -> new InvalidPlanException("plan", List.of(
                new PlanProblem("context", "unknown context profile \"" + plan.context() + "\"; known profiles: "
                        + String.join(", ", evidence.contexts().stream().map(ContextProfile::id).toList())))));
    }

    private static String failure(RuntimeException e) {
        Throwable cause = e;
        String rule = null;
        while (cause != null) {
            if (cause instanceof org.kie.api.runtime.rule.ConsequenceException consequence && consequence.getMatch() != null) {
                rule = consequence.getMatch().getRule().getName();
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return (rule == null ? "the rules failed" : "rule \"" + rule + "\" failed") + " (" + what + ")";
    }

    /** Watches one evaluation: counts firings per rule, inserted facts, and the time spent. */
    private static final class Guard extends DefaultAgendaEventListener {
        private final Limits limits;
        private final Map<String, Integer> firings = new TreeMap<>();
        private long deadline;
        private volatile KieSession session;
        private volatile String current = "";
        private String stopped;
        final DefaultRuleRuntimeEventListener inserts = new DefaultRuleRuntimeEventListener() {
            private int count;

            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null && ++count > limits.maxFacts()) {
                    throw new EvaluationException("rule \"" + event.getRule().getName() + "\" inserted more than "
                            + limits.maxFacts() + " facts in one evaluation; the evaluation was stopped");
                }
            }
        };

        Guard(Limits limits) {
            this.limits = limits;
        }

        void start(KieSession session) {
            this.session = session;
            this.deadline = System.nanoTime() + limits.maxMillis() * 1_000_000L;
        }

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule().getName();
        }

        /** The rule firing now, in words, or "" between firings. */
        String running() {
            return current.isEmpty() ? "" : "rule \"" + current + "\" was still running";
        }

        void halt() {
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = "";
            firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            if (stopped == null && System.nanoTime() > deadline) {
                stopped = "the evaluation took longer than " + limits.maxMillis() + " ms and was stopped";
                session.halt();
            }
        }

        void verdict(int fired) {
            if (stopped != null) {
                throw new EvaluationException(stopped + busiest());
            }
            if (fired > limits.maxFirings()) {
                throw new EvaluationException("the rules fired more than " + limits.maxFirings()
                        + " times for one plan, so a rule probably loops" + busiest());
            }
        }

        private String busiest() {
            return firings.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(e -> "; rule \"" + e.getKey() + "\" fired " + e.getValue() + " times")
                    .orElse("");
        }
    }
}
