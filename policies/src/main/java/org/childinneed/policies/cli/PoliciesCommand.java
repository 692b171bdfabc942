package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.policies.bundled.BundledPolicies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cin policies}: the bundled policies. */
@Command(name = "policies", mixinStandardHelpOptions = true,
        header = "List the bundled policies, their versions and sources.",
        description = {"List the bundled policies: id, title, versions (with the date each took effect), and the source document each encodes."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:the list was printed",
            "3:a bundled policy does not compile (an internal error of cin)"})
final class PoliciesCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    /** {@code 2018; 2023 from 2023-12-15}. */
    private static String versions(List<PolicyVersion> versions) {
        return versions.stream().map(v -> v.label() + v.effective().map(d -> " from " + d).orElse(""))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    @Override
    public Integer call() throws Exception {
        BundledPolicies policies = context.policies();
        List<PolicyInfo> infos = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        for (String id : policies.ids()) {
            CompiledPolicy policy = policies.get(id);
            PolicyInfo info = policy.info();
            infos.add(new PolicyInfo(info.id(), info.title(), versions(policy.versions()), info.source()));
            if (policy.versions().size() > 1) {
                dated.add(id);
            }
        }
        int[] widths = {"ID".length(), "TITLE".length(), "VERSION".length()};
        for (PolicyInfo info : infos) {
            widths[0] = Math.max(widths[0], info.id().length());
            widths[1] = Math.max(widths[1], info.title().length());
            widths[2] = Math.max(widths[2], info.version().length());
        }
        PrintWriter out = context.out();
        String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
        out.printf(format, "ID", "TITLE", "VERSION", "SOURCE");
        infos.forEach(i -> out.printf(format, i.id(), i.title(), i.version(), i.source()));
        if (!dated.isEmpty()) {
            out.println();
            out.println("A policy extending " + String.join(" or ", dated) + " judges each obligation and finding by the "
                    + "version in force on its date; 'id@version' (working-together@2018) names one version.");
        }
        out.flush();
        return ExitStatus.OK;
    }
}
