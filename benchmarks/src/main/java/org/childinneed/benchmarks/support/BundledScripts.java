package org.childinneed.benchmarks.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import org.childinneed.policies.calendar.BankHolidays;

/**
 * The bundled policies as the benchmarks use them: compiled once through {@link BundledPolicies},
 * and their scripts read once into memory, so that compiling them measures parsing and checking,
 * not reading the jar.
 */
public final class BundledScripts {

    private static final Map<String, PolicySource> SOURCES = readAll();

    private BundledScripts() {
    }

    /** The working days of England and Wales, as the bundled policies count them. */
    public static WorkingDays workingDays() {
        return BankHolidays.englandAndWalesWorkingDays();
    }

    /** The script of bundled policy {@code id}. */
    public static Optional<PolicySource> source(String id) {
        return Optional.ofNullable(SOURCES.get(id));
    }

    /** A compiler over the England and Wales working days resolving {@code extends} from memory. */
    public static PolicyCompiler compiler() {
        return PolicyCompiler.create(workingDays(), BundledScripts::source);
    }

    /** Bundled policy {@code id}, compiled; fails with every diagnostic when it does not compile. */
    public static CompiledPolicy compiled(String id) {
        try {
            return BundledPolicies.standard().get(id);
        } catch (PolicyNotFoundException | PolicyCompilationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Map<String, PolicySource> readAll() {
        BundledPolicies bundled = BundledPolicies.standard();
        Map<String, PolicySource> sources = new HashMap<>();
        for (String id : bundled.ids()) {
            bundled.find(id).ifPresent(source -> sources.put(id, source));
        }
        return Map.copyOf(sources);
    }
}
