package org.childinneed.policies.cli;

import java.util.concurrent.Callable;
import org.childinneed.dsl.CompiledPolicy;
import picocli.CommandLine.Mixin;

/**
 * A command that writes one text made from one policy ({@code cin doc}, {@code cin schema}): the
 * policy by {@code --policy}, the text to {@code -o FILE} or standard output, never over the
 * policy's own script.
 */
abstract class PolicyTextCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private PolicyOption policy;

    @Mixin
    private OutputOption output;

    /** The text this command writes of {@code compiled}. */
    abstract String text(CompiledPolicy compiled);

    @Override
    public Integer call() throws Exception {
        output.refuseAliasOf(policy.scriptPath().stream().toList());
        output.write(text(policy.load(context.policies(), context.err())), context.out(), context.err());
        return ExitStatus.OK;
    }
}
