package com.agentacademy.onboarding;

import java.util.List;
import java.util.Locale;

/**
 * Why a member is at risk, as the board and the notices show it.
 *
 * @param rule which rule applies
 * @param arguments what the rule's message names: working days, or an exam's title and the failures
 */
record RiskReason(Rule rule, List<String> arguments) {

    enum Rule {
        BEHIND, FAILED_EXAM, IDLE
    }

    RiskReason {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "onboarding.risk." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Object[] args() {
        return arguments.toArray();
    }

    /** The i-th argument of the message, empty when there is none. */
    public String argument(int i) {
        return i < arguments.size() ? arguments.get(i) : "";
    }
}
