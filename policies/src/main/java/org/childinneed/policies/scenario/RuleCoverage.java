package org.childinneed.policies.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.RuleSummary;
import org.childinneed.model.compliance.Policy;

/**
 * Which rules of each policy the scenarios of a run reached. A rule is <em>checked</em> when a
 * scenario expected an obligation or finding of one of its clauses and the report had it;
 * <em>exercised</em> when some report had one but no expectation matched it; otherwise <em>not
 * exercised</em>. Expecting a rule's absence does not exercise it. Only policies that scenarios ran
 * against are listed; a {@link CompiledPolicy} lists all its rules, any other policy the rules seen.
 *
 * @param policies one per policy, in the order scenarios first used them
 */
public record RuleCoverage(List<PolicyCoverage> policies) {

    /** How far the scenarios reached a rule. */
    public enum Level {
        /** No report had an obligation or finding of the rule. */
        NOT_EXERCISED,
        /** A report had one, but no expectation matched it. */
        EXERCISED,
        /** An expectation matched an obligation or finding of the rule. */
        CHECKED
    }

    /**
     * One rule and how far it was reached.
     *
     * @param name the rule's name in the policy (its clause id, for policies that are not scripts)
     * @param clauses the catalog clauses it encodes
     * @param level how far the scenarios reached it
     */
    public record RuleUse(String name, List<String> clauses, Level level) {
        public RuleUse {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * The rules of one policy.
     *
     * @param policy the policy id
     * @param rules its rules, in the policy's order
     */
    public record PolicyCoverage(String policy, List<RuleUse> rules) {
        public PolicyCoverage {
            rules = List.copyOf(rules);
        }

        /** The rules reached at least to {@code level}. */
        public long count(Level level) {
            return rules.stream().filter(r -> r.level().compareTo(level) >= 0).count();
        }
    }

    public RuleCoverage {
        policies = List.copyOf(policies);
    }

    /** The coverage of the scenarios that ran in {@code summary}. */
    public static RuleCoverage of(ScenarioSummary summary) {
        Map<String, Policy> byId = new LinkedHashMap<>();
        Map<String, Set<String>> exercised = new LinkedHashMap<>();
        Map<String, Set<String>> checked = new LinkedHashMap<>();
        for (ScenarioResult result : summary.results()) {
            result.policy().ifPresent(policy -> {
                String id = policy.info().id();
                byId.putIfAbsent(id, policy);
                exercised.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(result.exercisedRules());
                checked.computeIfAbsent(id, k -> new HashSet<>()).addAll(result.checkedRules());
            });
        }
        List<PolicyCoverage> policies = new ArrayList<>();
        byId.forEach((id, policy) -> policies.add(
                new PolicyCoverage(id, rulesOf(policy, exercised.get(id), checked.get(id)))));
        return new RuleCoverage(policies);
    }

    private static List<RuleUse> rulesOf(Policy policy, Set<String> exercised, Set<String> checked) {
        List<RuleUse> uses = new ArrayList<>();
        if (policy instanceof CompiledPolicy compiled) {
            for (RuleSummary rule : compiled.rules()) {
                List<String> ids = rule.clauses().isEmpty() ? List.of(rule.name()) : rule.clauses();
                uses.add(new RuleUse(rule.name(), rule.clauses(), level(ids, exercised, checked)));
            }
        } else {
            exercised.stream().sorted()
                    .forEach(id -> uses.add(new RuleUse(id, List.of(id), level(List.of(id), exercised, checked))));
        }
        return uses;
    }

    private static Level level(List<String> ids, Set<String> exercised, Set<String> checked) {
        if (ids.stream().anyMatch(checked::contains)) {
            return Level.CHECKED;
        }
        return ids.stream().anyMatch(exercised::contains) ? Level.EXERCISED : Level.NOT_EXERCISED;
    }

    /** The rules of every listed policy reached below {@code level}, as {@code kent: KEN-13 (short-breaks)}. */
    public List<String> below(Level level) {
        List<String> out = new ArrayList<>();
        for (PolicyCoverage policy : policies) {
            policy.rules().stream().filter(r -> r.level().compareTo(level) < 0)
                    .forEach(r -> out.add(policy.policy() + ": " + label(r)));
        }
        return out;
    }

    /**
     * A table per policy: a line per rule with {@code checked}, {@code exercised} or
     * {@code NOT EXERCISED}, its clauses and its name, under a line of counts.
     */
    public String render() {
        StringBuilder out = new StringBuilder("Rule coverage (checked: a scenario expected it and the report had it;"
                + " exercised: a report had it, no scenario expected it)\n");
        if (policies.isEmpty()) {
            out.append("\nno scenario ran against a policy\n");
        }
        for (PolicyCoverage policy : policies) {
            out.append('\n').append(policy.policy()).append(": ").append(policy.rules().size()).append(" rules, ")
                    .append(policy.count(Level.CHECKED)).append(" checked, ")
                    .append(policy.count(Level.EXERCISED) - policy.count(Level.CHECKED)).append(" exercised only, ")
                    .append(policy.rules().size() - policy.count(Level.EXERCISED)).append(" not exercised\n");
            for (RuleUse rule : policy.rules()) {
                String level = switch (rule.level()) {
                    case CHECKED -> "checked      ";
                    case EXERCISED -> "exercised    ";
                    case NOT_EXERCISED -> "NOT EXERCISED";
                };
                out.append("  ").append(level).append("  ").append(label(rule)).append('\n');
            }
        }
        return out.toString();
    }

    private static String label(RuleUse rule) {
        String clauses = String.join(", ", rule.clauses());
        if (clauses.isEmpty() || rule.clauses().equals(List.of(rule.name()))) {
            return rule.name();
        }
        return clauses + " (" + rule.name() + ")";
    }
}
