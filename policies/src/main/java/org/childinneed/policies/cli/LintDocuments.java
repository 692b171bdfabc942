package org.childinneed.policies.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.DiagnosticCode;
import org.childinneed.model.problem.Severity;

/** {@code cin lint}'s documents for tools: its own JSON, and SARIF 2.1.0. */
final class LintDocuments {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LintDocuments() {
    }

    /**
     * {@code {"scripts": [{"script", "errors", "warnings", "diagnostics": [{"code", "severity",
     * "file", "line", "column", "length", "message", "hint"}]}], "errors", "warnings"}}; an absent
     * hint is {@code null}.
     */
    static String json(List<LintedScript> scripts) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode all = root.putArray("scripts");
        for (LintedScript script : scripts) {
            ObjectNode node = all.addObject().put("script", script.script()).put("errors", script.errors())
                    .put("warnings", script.warnings());
            ArrayNode diagnostics = node.putArray("diagnostics");
            for (Diagnostic d : script.diagnostics()) {
                diagnostics.addObject().put("code", d.code()).put("severity", d.severity().label())
                        .put("file", d.source()).put("line", d.line()).put("column", d.column())
                        .put("length", d.length()).put("message", d.message()).put("hint", d.hint().orElse(null));
            }
        }
        root.put("errors", scripts.stream().mapToInt(LintedScript::errors).sum());
        root.put("warnings", scripts.stream().mapToInt(LintedScript::warnings).sum());
        return write(root);
    }

    /**
     * A SARIF 2.1.0 log of one run: the tool {@code cin} with a rule per diagnostic code, and a
     * result per diagnostic (its code as {@code ruleId}, its level, the file and region, the
     * message with the hint appended).
     */
    static String sarif(List<LintedScript> scripts) {
        List<DiagnosticCode> codes = DiagnosticCode.all();
        ObjectNode root = MAPPER.createObjectNode().put("$schema", SARIF_SCHEMA).put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "cin")
                .put("version", VersionProvider.version());
        driver.putObject("shortDescription").put("text", "Checks Child in Need policy scripts (.cin)");
        ArrayNode rules = driver.putArray("rules");
        for (DiagnosticCode code : codes) {
            ObjectNode rule = rules.addObject().put("id", code.code()).put("name", ruleName(code.code()));
            rule.putObject("shortDescription").put("text", code.summary());
            rule.putObject("defaultConfiguration").put("level", code.code().equals(REPORT_LIMIT) ? "note" : "error");
        }
        ArrayNode results = run.putArray("results");
        for (LintedScript script : scripts) {
            for (Diagnostic d : script.diagnostics()) {
                ObjectNode result = results.addObject().put("ruleId", d.code()).put("ruleIndex", ruleIndex(codes, d.code()))
                        .put("level", level(d));
                result.putObject("message").put("text", d.message() + d.hint().map(h -> " (hint: " + h + ")").orElse(""));
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(d.source()));
                physical.putObject("region").put("startLine", d.line()).put("startColumn", d.column())
                        .put("endColumn", d.column() + d.length());
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        return write(root);
    }

    /** The code of the notice that further problems were not reported. */
    private static final String REPORT_LIMIT = "too-many-problems";

    /**
     * The SARIF level of a diagnostic: {@code error} for what stops a script compiling,
     * {@code warning} for what compiles but is likely wrong, {@code note} for the notice that further
     * problems were not reported, which says nothing wrong of its own.
     */
    static String level(Diagnostic d) {
        if (d.code().equals(REPORT_LIMIT) && d.severity() == Severity.WARNING) {
            return "note";
        }
        return d.severity() == Severity.ERROR ? "error" : "warning";
    }

    /** A file name as a SARIF artifact URI: relative paths stay relative, with forward slashes. */
    static String uri(String source) {
        Path path;
        try {
            path = Path.of(source);
        } catch (java.nio.file.InvalidPathException e) {
            return encode(source);
        }
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        return encode(source.replace('\\', '/'));
    }

    private static String encode(String relative) {
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relative.replaceAll("[^A-Za-z0-9._~/-]", "_");
        }
    }

    /** The index of {@code code} among {@code codes}, or -1 (SARIF's "not known") for a code not listed. */
    private static int ruleIndex(List<DiagnosticCode> codes, String code) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code unknown-event-type} as {@code UnknownEventType}. */
    private static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
