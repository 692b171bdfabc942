package org.childinneed.policies.bundled;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.OutOfScope;

/** Clause ids of the catalog, and those a bundled policy encodes or declares out of scope. */
final class CatalogClauses {

    private CatalogClauses() {
    }

    /** The catalog's ids {@code prefix01} to {@code prefixNN} of an authority: {@code SEF-01} to {@code SEF-10}. */
    static List<String> numbered(String prefix, int last) {
        return IntStream.rangeClosed(1, last).mapToObj(n -> String.format("%s%02d", prefix, n)).toList();
    }

    /** Every clause id with {@code prefix} the policy encodes or declares out of scope or not expressible, sorted, repeats kept. */
    static List<String> of(CompiledPolicy policy, String prefix) {
        Stream<String> encoded = policy.rules().stream().flatMap(r -> r.clauses().stream());
        Stream<String> outOfScope = Stream.concat(policy.outOfScope().stream(), policy.notExpressible().stream())
                .map(OutOfScope::clause);
        return Stream.concat(encoded, outOfScope).filter(c -> c.startsWith(prefix)).sorted().toList();
    }
}
