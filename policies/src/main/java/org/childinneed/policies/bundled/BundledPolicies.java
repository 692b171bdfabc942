package org.childinneed.policies.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.nio.file.InvalidPathException;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicyResolver;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.policies.calendar.BankHolidays;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.io.InputFile;
import org.childinneed.policies.io.UnreadableFile;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.scenario.PolicyLookup;

/**
 * The catalogue of policy scripts shipped in this jar ({@code policies/<id>.cin}): their ids,
 * their text, and each compiled on first use with the bank holidays of England and Wales and
 * cached. How other policies are loaded beside it (scripts by path, which may {@code extends} a
 * bundled policy, and the scenario runner's look-up) is {@link PolicyLoader}. Thread-safe.
 */
public final class BundledPolicies implements PolicyResolver {

    private static final String FOLDER = "policies";
    private static final String EXTENSION = ".cin";
    /** Between a policy id and a version: {@code working-together@2023}, as a file name or for {@code --policy}. */
    private static final String VERSION_MARK = "@";
    /**
     * The list of the bundled scripts, one file name a line ({@code kent.cin}), beside them: read
     * instead of listing the folder, which in a jar means opening the jar again as a file system.
     * {@code BundledPoliciesTest} keeps it equal to the folder.
     */
    static final String CATALOGUE = FOLDER + "/catalogue.txt";

    private final PolicyCompiler compiler;
    /** Asked for only when a policy is evaluated: compiling, listing and linting build no calendar. */
    private final Supplier<WorkingDays> workingDays;
    private final List<String> ids;
    /** Each id's script files (without {@code .cin}): {@code <id>} first, then {@code <id>@<version>} in name order. */
    private final Map<String, List<String>> files;
    private final Map<String, Compilation> compiled = new ConcurrentHashMap<>();
    private final PolicyLoader loader;

    private BundledPolicies(Supplier<WorkingDays> workingDays) {
        this.workingDays = workingDays;
        this.compiler = PolicyCompiler.create(workingDays, this);
        Map<String, List<String>> byId = new java.util.TreeMap<>();
        for (String file : scan()) {
            int at = file.indexOf(VERSION_MARK);
            byId.computeIfAbsent(at < 0 ? file : file.substring(0, at), k -> new ArrayList<>()).add(file);
        }
        byId.values().forEach(Collections::sort);
        byId.entrySet().removeIf(e -> !e.getValue().contains(e.getKey()));
        this.files = Map.copyOf(byId);
        this.ids = List.copyOf(byId.keySet());
        this.loader = new PolicyLoader(this);
    }

    /**
     * The bundled policies, counting working days in England and Wales (the bank holidays are
     * loaded when a policy is first evaluated).
     */
    public static BundledPolicies standard() {
        return Standard.POLICIES;
    }

    /** The bundled policies, counting working days with {@code workingDays} (local closure days, say). */
    public static BundledPolicies using(WorkingDays workingDays) {
        Objects.requireNonNull(workingDays, "workingDays");
        return new BundledPolicies(() -> workingDays);
    }

    /** The ids of the bundled policies, in alphabetical order. */
    public List<String> ids() {
        return ids;
    }

    /** The script of the bundled policy {@code policyId}: its first version's. */
    @Override
    public Optional<PolicySource> find(String policyId) {
        return ids.contains(policyId) ? read(policyId) : Optional.empty();
    }

    /**
     * Every version of the bundled policy {@code policyId}: {@code policies/<id>.cin}, then each
     * {@code policies/<id>@<version>.cin}.
     */
    @Override
    public List<PolicySource> versions(String policyId) {
        return files.getOrDefault(policyId, List.of()).stream().map(this::read).flatMap(Optional::stream).toList();
    }

    private Optional<PolicySource> read(String file) {
        String policyId = file;
        String resource = FOLDER + "/" + policyId + EXTENSION;
        try (InputStream in = BundledPolicies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new PolicySource(policyId + EXTENSION, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    /**
     * The bundled policy {@code policyId}, compiled (once).
     *
     * @throws PolicyNotFoundException if there is no such bundled policy (the message suggests one)
     * @throws PolicyCompilationException if the bundled script does not compile (a defect)
     */
    public CompiledPolicy get(String policyId) throws PolicyNotFoundException, PolicyCompilationException {
        Compilation compilation = compilation(policyId);
        if (!compilation.succeeded()) {
            throw new PolicyCompilationException(policyId + EXTENSION, compilation.diagnostics(), true);
        }
        return compilation.policy().orElseThrow();
    }

    /**
     * What compiling the bundled policy {@code policyId} gave, warnings included (compiled once).
     *
     * @throws PolicyNotFoundException if there is no such bundled policy (the message suggests one)
     */
    public Compilation compilation(String policyId) throws PolicyNotFoundException {
        if (!ids.contains(policyId)) {
            throw new PolicyNotFoundException(PolicyMessages.unknown(policyId, ids));
        }
        return compiled.computeIfAbsent(policyId, id -> versionsCompiled(versions(id)));
    }

    /** The versions of one policy compiled, as one policy judging each date by the version then in force. */
    private Compilation versionsCompiled(List<PolicySource> sources) {
        List<Compilation> each = sources.stream().map(compiler::compile).toList();
        if (each.size() == 1) {
            return each.get(0);
        }
        List<org.childinneed.dsl.Diagnostic> diagnostics = new ArrayList<>();
        each.forEach(c -> diagnostics.addAll(c.diagnostics()));
        if (!each.stream().allMatch(Compilation::succeeded)) {
            return new Compilation(Optional.empty(), diagnostics);
        }
        return new Compilation(Optional.of(CompiledPolicy.ofVersions(each.stream()
                .map(c -> c.policy().orElseThrow()).toList())), diagnostics);
    }

    /** How policies are loaded beside this catalogue: scripts by path, {@code --policy} choices, scenario look-ups. */
    public PolicyLoader loader() {
        return loader;
    }

    /** Shorthand for {@code loader().load(idOrPath)}: {@link PolicyLoader#load}. */
    public CompiledPolicy load(String idOrPath) throws PolicyNotFoundException, PolicyCompilationException {
        return loader.load(idOrPath);
    }

    /** Shorthand for {@code loader().compile(script)}: {@link PolicyLoader#compile}. */
    public Compilation compile(Path script) throws PolicyNotFoundException {
        return loader.compile(script);
    }

    /** Compiles a script given as text (read from standard input, say); its {@code extends} finds a bundled policy. */
    public Compilation compile(PolicySource script) {
        return compiler.compile(script);
    }

    /** Shorthand for {@code loader().lookup()}: {@link PolicyLoader#lookup}. */
    public PolicyLookup lookup() {
        return loader.lookup();
    }

    /** Whether {@code idOrPath} names a script file rather than a bundled id: {@link PolicyLoader#isPath}. */
    public static boolean isPath(String idOrPath) {
        return PolicyLoader.isPath(idOrPath);
    }

    /** The working days the policies count with, as the compiler takes them: asked for when first needed. */
    Supplier<WorkingDays> workingDays() {
        return workingDays;
    }

    /** The names (without {@code .cin}) of the bundled scripts, from {@link #CATALOGUE}. */
    private static List<String> scan() {
        try (InputStream in = BundledPolicies.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("the list of the bundled policies, " + CATALOGUE + ", is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(n -> n.endsWith(EXTENSION))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                    .filter(n -> Suggestion.isShowableToken(n.split(VERSION_MARK, 2)[0])).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOGUE, e);
        }
    }

    /** The standard catalogue, built when first asked for (its working days later still, when first needed). */
    private static final class Standard {
        static final BundledPolicies POLICIES = new BundledPolicies(BankHolidays::englandAndWalesWorkingDays);
    }
}
