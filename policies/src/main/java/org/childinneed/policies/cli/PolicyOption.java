package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import picocli.CommandLine.Option;

/** {@code -p/--policy}: the policy a command applies, a bundled id or a script's path. */
final class PolicyOption {

    @Option(names = {"-p", "--policy"}, required = true, paramLabel = "POLICY",
            description = "A bundled policy id (see 'cin policies') or the path of a policy script (.cin).")
    String policy;

    /** The script's path, when the policy is given as one rather than as a bundled id. */
    Optional<Path> scriptPath() {
        try {
            return BundledPolicies.isPath(policy) ? Optional.of(Path.of(policy)) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The policy, compiled; for an unknown policy or a script with errors, an {@link InputError}
     * (after the script's diagnostics, printed to {@code err}). A bundled policy that does not
     * compile is an internal error, thrown as it is.
     */
    CompiledPolicy load(BundledPolicies policies, PrintWriter err) throws InputError, PolicyCompilationException {
        try {
            return policies.load(policy);
        } catch (PolicyNotFoundException e) {
            throw new InputError(e.getMessage());
        } catch (PolicyCompilationException e) {
            if (e.bundled()) {
                throw e;
            }
            Diagnostics.print(e.diagnostics(), err);
            throw new InputError(e.getMessage() + "; see 'cin lint " + policy + "'");
        }
    }
}
