package org.campaignadvisor.web;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.RuleStatus;

/**
 * What the web layer needs from the core: the advisor, the evidence base, the state of the rules
 * being served, a way to force a reload, the folder of example scenarios, and the rules folder the
 * trainers' area edits (null: no trainers' area).
 */
public record AppServices(Advisor advisor, EvidenceBase evidence, Supplier<RuleStatus> ruleStatus,
                          Supplier<RuleStatus> reload, Path scenarios, Path rules) {

    public AppServices(Advisor advisor, EvidenceBase evidence, Supplier<RuleStatus> ruleStatus,
                       Supplier<RuleStatus> reload, Path scenarios) {
        this(advisor, evidence, ruleStatus, reload, scenarios, null);
    }
}
