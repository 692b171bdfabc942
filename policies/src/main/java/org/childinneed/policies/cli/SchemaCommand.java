package org.childinneed.policies.cli;

import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.policies.internal.schema.CaseFileSchema;
import picocli.CommandLine.Command;

/** {@code cin schema}: the case-file JSON Schema with what a policy declares. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Write the case-file JSON Schema for a policy's declared vocabulary.",
        description = {
            "Write the JSON Schema of a case file read with a policy: the national event types, attributes "
                    + "and codes (as docs/schemas/case-file.schema.json), and those the policy declares: its event "
                    + "types, the attributes it adds to national types, and its roles and plan elements. A policy "
                    + "declaring nothing gives the national schema."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:the schema was written",
            "2:an unknown policy, or a script with errors",
            "3:an internal error of cin"},
        footer = {"%nExample:", "  cin schema --policy walsall.cin -o walsall-case-file.schema.json"})
final class SchemaCommand extends PolicyTextCommand {

    @Override
    String text(CompiledPolicy compiled) {
        return CaseFileSchema.text(compiled.info().id(), compiled.declaredVocabulary());
    }
}
