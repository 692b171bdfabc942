package org.childinneed.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicyResolver;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.policies.calendar.BankHolidays;

/**
 * The policy scripts bundled in the policies jar ({@code policies/<id>.cin}), read once into
 * memory so that compiling them measures parsing and checking, not reading files.
 */
public final class BundledScripts {

    /** The ids of the bundled policies, the baseline first. */
    public static final String[] IDS = {"working-together", "sefton", "slough", "cheshire-west", "kent", "herefordshire"};

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

    /** A resolver of {@code extends} over the bundled scripts. */
    public static PolicyResolver resolver() {
        return BundledScripts::source;
    }

    /** A compiler over the England and Wales working days and the bundled scripts. */
    public static PolicyCompiler compiler() {
        return PolicyCompiler.create(workingDays(), resolver());
    }

    private static Map<String, PolicySource> readAll() {
        Map<String, PolicySource> sources = new HashMap<>();
        for (String id : IDS) {
            String name = id + ".cin";
            try (InputStream in = BundledScripts.class.getClassLoader().getResourceAsStream("policies/" + name)) {
                if (in != null) {
                    sources.put(id, new PolicySource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled policy " + name, e);
            }
        }
        return Map.copyOf(sources);
    }

    /** Bundled policy {@code id}, compiled; fails with every diagnostic when it does not compile. */
    public static CompiledPolicy compiled(String id) {
        PolicySource source = source(id).orElseThrow(() -> new IllegalStateException("no bundled policy " + id));
        Compilation compilation = compiler().compile(source);
        if (!compilation.succeeded()) {
            throw new IllegalStateException(id + " does not compile:\n" + compilation.render());
        }
        return compilation.policy().orElseThrow();
    }
}
