package org.childinneed.policies.scenario;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.compliance.Policy;

/** Finds the policy a scenario names by its id ({@code "kent"}). */
@FunctionalInterface
public interface PolicyLookup {

    /** The policy with id {@code id}, if there is one. */
    Optional<Policy> find(String id);

    /**
     * The policy a scenario in {@code scenarioFolder} names: a lookup that reads scripts by path
     * resolves a relative path against the scenario's folder, and passes each problem with the
     * script (it cannot be read, its diagnostics) to {@code problems}. By default, {@link #find(String)}.
     */
    default Optional<Policy> find(String id, Path scenarioFolder, Consumer<String> problems) {
        return find(id);
    }

    /** The ids this lookup knows, for did-you-mean hints; empty when it cannot list them. */
    default List<String> known() {
        return List.of();
    }

    /** A lookup of the given policies by {@link org.childinneed.model.compliance.PolicyInfo#id()}. */
    static PolicyLookup of(Collection<? extends Policy> policies) {
        Map<String, Policy> byId = new LinkedHashMap<>();
        policies.forEach(p -> byId.put(p.info().id(), p));
        Map<String, Policy> fixed = Map.copyOf(byId);
        List<String> ids = List.copyOf(byId.keySet());
        return new PolicyLookup() {
            @Override
            public Optional<Policy> find(String id) {
                return Optional.ofNullable(fixed.get(id));
            }

            @Override
            public List<String> known() {
                return ids;
            }
        };
    }

    /** A lookup of the given policies. */
    static PolicyLookup of(Policy... policies) {
        return of(List.of(policies));
    }

    /**
     * This lookup first, then {@code fallback} for the ids this one does not know: a product's own
     * policies in front of the bundled ones, say
     * ({@code PolicyLookup.of(mine).orElse(BundledPolicies.standard().lookup())}). A policy of this
     * lookup hides a policy of the same id in {@code fallback}.
     *
     * @param fallback the lookup asked second
     * @return the combined lookup; it knows the ids of both, this lookup's first
     */
    default PolicyLookup orElse(PolicyLookup fallback) {
        PolicyLookup first = this;
        return new PolicyLookup() {
            @Override
            public Optional<Policy> find(String id) {
                Optional<Policy> found = first.find(id);
                return found.isPresent() ? found : fallback.find(id);
            }

            @Override
            public List<String> known() {
                return java.util.stream.Stream.concat(first.known().stream(), fallback.known().stream())
                        .distinct().toList();
            }
        };
    }
}
