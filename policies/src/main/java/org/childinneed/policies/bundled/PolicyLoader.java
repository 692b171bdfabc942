package org.childinneed.policies.bundled;

import java.nio.file.InvalidPathException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.io.InputFile;
import org.childinneed.policies.io.UnreadableFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicyResolver;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.compliance.Policy;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.scenario.PolicyLookup;

/**
 * How policies are loaded beside a {@link BundledPolicies} catalogue: a bundled id or a script's
 * path as {@code --policy} takes it, a script compiled with its {@code extends} resolved beside it
 * and then in the catalogue, and the look-up the scenario runner uses. Thread-safe.
 */
final class PolicyLoader {

    /** The most diagnostics of a scenario's own script shown with the scenario's problems. */
    private static final int MAX_SHOWN_DIAGNOSTICS = 10;

    private static final String EXTENSION = ".cin";

    /** Between a policy id and a version: {@code working-together@2023}. */
    private static final String VERSION_MARK = "@";

    private final BundledPolicies catalogue;

    PolicyLoader(BundledPolicies catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * A policy chosen the way {@code --policy} chooses it: a bundled id, or the path of a script
     * (anything ending in {@code .cin} or holding a path separator).
     */
    public CompiledPolicy load(String idOrPath) throws PolicyNotFoundException, PolicyCompilationException {
        if (!isPath(idOrPath) && idOrPath.contains(VERSION_MARK)) {
            int at = idOrPath.indexOf(VERSION_MARK);
            CompiledPolicy policy = catalogue.get(idOrPath.substring(0, at));
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
        return catalogue.get(idOrPath);
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
            text = InputFile.readCharacters(script, "script", PolicySource.MAX_CHARACTERS);
        } catch (UnreadableFile e) {
            throw new PolicyNotFoundException(Printable.inline(script.toString()) + ": "
                    + (e.getMessage().equals("no such file") ? "no such policy file" : e.getMessage()));
        }
        Path folder = Optional.ofNullable(script.toAbsolutePath().getParent()).orElse(Path.of("."));
        PolicyResolver besideThenBundled = new PolicyResolver() {
            @Override
            public Optional<PolicySource> find(String id) {
                return beside(folder, id, script).or(() -> catalogue.find(id));
            }

            @Override
            public List<PolicySource> versions(String id) {
                return beside(folder, id, script).map(List::of).orElseGet(() -> catalogue.versions(id));
            }
        };
        return PolicyCompiler.create(catalogue.workingDays(), besideThenBundled).compile(new PolicySource(script.toString(), text));
    }

    /** The policies as the scenario runner looks them up: bundled ids and script paths (resolved beside the scenario). */
    public PolicyLookup lookup() {
        return new PolicyLookup() {
            @Override
            public Optional<Policy> find(String id) {
                try {
                    return Optional.of(load(id));
                } catch (PolicyNotFoundException | PolicyCompilationException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<Policy> find(String id, Path scenarioFolder, Consumer<String> problems) {
                if (!isPath(id)) {
                    return find(id);
                }
                Path script;
                try {
                    script = scenarioFolder.resolve(id);
                } catch (InvalidPathException e) {
                    problems.accept("not a policy id nor the path of a script");
                    return Optional.empty();
                }
                try {
                    Compilation compilation = compile(script);
                    if (!compilation.succeeded()) {
                        problems.accept("the policy script " + Printable.inline(script.toString()) + " has errors:\n"
                                + compilation.diagnostics().stream().limit(MAX_SHOWN_DIAGNOSTICS).map(Diagnostic::render)
                                        .collect(Collectors.joining("\n"))
                                + (compilation.diagnostics().size() > MAX_SHOWN_DIAGNOSTICS ? "\n(see cin lint for the rest)" : ""));
                    }
                    return compilation.policy().map(Policy.class::cast);
                } catch (PolicyNotFoundException e) {
                    problems.accept(e.getMessage());
                    return Optional.empty();
                }
            }

            @Override
            public List<String> known() {
                return catalogue.ids();
            }
        };
    }

    /** Whether {@code idOrPath} names a script file rather than a bundled id. */
    public static boolean isPath(String idOrPath) {
        return idOrPath.endsWith(EXTENSION) || idOrPath.contains("/") || idOrPath.contains("\\");
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
            return Optional.of(new PolicySource(shown.toString(), InputFile.readCharacters(sibling, "script", PolicySource.MAX_CHARACTERS)));
        } catch (UnreadableFile e) {
            throw new UnreadableScript();
        }
    }

    /** A script beside the one compiled that cannot be read (too large, a pipe...): the compiler names this class. */
    private static final class UnreadableScript extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableScript() {
            super("unreadable script", null, false, false);
        }
    }
}
