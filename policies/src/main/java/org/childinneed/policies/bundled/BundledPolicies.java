package org.childinneed.policies.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicyResolver;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Policy;
import org.childinneed.policies.calendar.BankHolidays;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.scenario.PolicyLookup;

/**
 * The policy scripts shipped in this jar ({@code policies/<id>.cin}), compiled on first use
 * with the bank holidays of England and Wales and cached. Scripts given by path may
 * {@code extends} a bundled policy (or a script beside them). Thread-safe.
 */
public final class BundledPolicies implements PolicyResolver {

    private static final String FOLDER = "policies";
    private static final String EXTENSION = ".cin";
    /** Between a policy id and a version: {@code working-together@2023}, as a file name or for {@code --policy}. */
    private static final String VERSION_MARK = "@";
    private static final BundledPolicies STANDARD = new BundledPolicies(BankHolidays.englandAndWalesWorkingDays());

    private final PolicyCompiler compiler;
    private final WorkingDays workingDays;
    private final List<String> ids;
    /** Each id's script files (without {@code .cin}): {@code <id>} first, then {@code <id>@<version>} in name order. */
    private final Map<String, List<String>> files;
    private final Map<String, Compilation> compiled = new ConcurrentHashMap<>();

    private BundledPolicies(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
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
    }

    /** The bundled policies, counting working days in England and Wales. */
    public static BundledPolicies standard() {
        return STANDARD;
    }

    /** The bundled policies, counting working days with {@code workingDays} (local closure days, say). */
    public static BundledPolicies using(WorkingDays workingDays) {
        return new BundledPolicies(workingDays);
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
            throw new PolicyNotFoundException(unknown(policyId));
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

    /**
     * A policy chosen the way {@code --policy} chooses it: a bundled id, or the path of a script
     * (anything ending in {@code .cin} or holding a path separator), or one version of a bundled
     * policy, {@code id@version} ({@code working-together@2018}), which then judges every date.
     */
    public CompiledPolicy load(String idOrPath) throws PolicyNotFoundException, PolicyCompilationException {
        if (!isPath(idOrPath) && idOrPath.contains(VERSION_MARK)) {
            int at = idOrPath.indexOf(VERSION_MARK);
            CompiledPolicy policy = get(idOrPath.substring(0, at));
            String label = idOrPath.substring(at + 1);
            return policy.version(label).orElseThrow(() -> new PolicyNotFoundException("policy '" + policy.info().id()
                    + "' has no version" + (Suggestion.isShowableToken(label.replace(' ', '-')) ? " '" + label + "'" : "")
                    + "; its versions: " + String.join(", ", policy.versions().stream()
                            .map(org.childinneed.model.compliance.PolicyVersion::label).toList())));
        }
        if (isPath(idOrPath)) {
            Compilation compilation = compile(Path.of(idOrPath));
            if (!compilation.succeeded()) {
                throw new PolicyCompilationException(idOrPath, compilation.diagnostics(), false);
            }
            return compilation.policy().orElseThrow();
        }
        return get(idOrPath);
    }

    /**
     * Compiles the script at {@code script}; its {@code extends} finds a script of that id beside
     * it first, then a bundled policy.
     *
     * @throws PolicyNotFoundException if the file cannot be read
     */
    public Compilation compile(Path script) throws PolicyNotFoundException {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PolicyNotFoundException(script + ": no such policy file");
        } catch (IOException | UncheckedIOException e) {
            throw new PolicyNotFoundException(script + ": cannot be read as a UTF-8 policy script");
        }
        Path folder = Optional.ofNullable(script.toAbsolutePath().getParent()).orElse(Path.of("."));
        PolicyResolver besideThenBundled = new PolicyResolver() {
            @Override
            public Optional<PolicySource> find(String id) {
                return beside(folder, id, script).or(() -> BundledPolicies.this.find(id));
            }

            @Override
            public List<PolicySource> versions(String id) {
                return beside(folder, id, script).map(List::of).orElseGet(() -> BundledPolicies.this.versions(id));
            }
        };
        return PolicyCompiler.create(workingDays, besideThenBundled).compile(new PolicySource(script.toString(), text));
    }

    /** The bundled policies as the scenario runner looks them up. */
    public PolicyLookup lookup() {
        BundledPolicies self = this;
        return new PolicyLookup() {
            @Override
            public Optional<Policy> find(String id) {
                try {
                    return Optional.of(self.load(id));
                } catch (PolicyNotFoundException | PolicyCompilationException e) {
                    return Optional.empty();
                }
            }

            @Override
            public List<String> known() {
                return ids;
            }
        };
    }

    /** Whether {@code idOrPath} names a script file rather than a bundled id. */
    public static boolean isPath(String idOrPath) {
        return idOrPath.endsWith(EXTENSION) || idOrPath.contains("/") || idOrPath.contains("\\");
    }

    /** The message for an unknown id: a did-you-mean where one is close, and the ids there are. */
    String unknown(String policyId) {
        String shown = Suggestion.isShowableToken(policyId) ? "unknown policy '" + policyId + "'" : "unknown policy";
        String known = ids.isEmpty() ? "No policies are bundled." : "Bundled policies: " + String.join(", ", ids) + ".";
        return shown + Suggestion.closest(policyId, ids).map(s -> "; did you mean '" + s + "'?").orElse(".")
                + " " + known + " A policy script is given by its path (ending in .cin).";
    }

    private static Optional<PolicySource> beside(Path folder, String id, Path script) {
        if (!Suggestion.isShowableToken(id)) {
            return Optional.empty();
        }
        Path sibling = folder.resolve(id + EXTENSION);
        if (!Files.isRegularFile(sibling) || sibling.toAbsolutePath().normalize().equals(script.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        try {
            Path shown = Optional.ofNullable(script.getParent()).map(p -> p.resolve(id + EXTENSION)).orElse(Path.of(id + EXTENSION));
            return Optional.of(new PolicySource(shown.toString(), Files.readString(sibling, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The names (without {@code .cin}) of the {@code policies/*.cin} resources on the class path, from folders and jars. */
    private static List<String> scan() {
        TreeSet<String> found = new TreeSet<>();
        try {
            Enumeration<URL> roots = BundledPolicies.class.getClassLoader().getResources(FOLDER);
            for (URL root : Collections.list(roots)) {
                found.addAll(idsIn(root.toURI()));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled policies", e);
        }
        return new ArrayList<>(found);
    }

    private static List<String> idsIn(URI folder) throws IOException {
        if ("jar".equals(folder.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(folder, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(folder);
            }
            try {
                return idsIn(fs.provider().getPath(folder));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        }
        return "file".equals(folder.getScheme()) ? idsIn(Path.of(folder)) : List.of();
    }

    private static List<String> idsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXTENSION))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                    .filter(n -> Suggestion.isShowableToken(n.split(VERSION_MARK, 2)[0])).toList();
        }
    }
}
