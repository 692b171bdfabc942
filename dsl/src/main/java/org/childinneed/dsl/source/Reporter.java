package org.childinneed.dsl.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.PolicySource;
import org.childinneed.dsl.Severity;
import org.childinneed.dsl.ast.Node;
import org.childinneed.dsl.ast.Position;

/** Collects the diagnostics of one script, each with the text of the line at fault. */
public final class Reporter {

    private final PolicySource source;
    /** The script's lines, split when the first diagnostic needs them (a reporter is often made and dropped). */
    private String[] lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public Reporter(PolicySource source) {
        this.source = source;
    }

    /**
     * The script's lines as the lexer counts them: only a line feed ends a line (a CR before it is
     * dropped); a lone CR stays in its line, shown as a space so that it cannot overwrite the line
     * when printed.
     */
    private static String[] lines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean crlf = i < lines.length - 1 && lines[i].endsWith("\r");
            String line = crlf ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            lines[i] = line.replace('\r', ' ');
        }
        return lines;
    }

    /** The script reported on. */
    public PolicySource source() {
        return source;
    }

    /** Reports an error at {@code pos}. */
    public void error(Position pos, String message) {
        add(Severity.ERROR, pos, message, Optional.empty());
    }

    /** Reports an error at {@code pos} with a hint. */
    public void error(Position pos, String message, Optional<String> hint) {
        add(Severity.ERROR, pos, message, hint);
    }

    /** Reports an error at {@code node}. */
    public void error(Node node, String message) {
        error(node.pos(), message);
    }

    /** Reports an error at {@code node} with a hint. */
    public void error(Node node, String message, Optional<String> hint) {
        error(node.pos(), message, hint);
    }

    /** Reports a warning at {@code node}. */
    public void warning(Node node, String message, Optional<String> hint) {
        add(Severity.WARNING, node.pos(), message, hint);
    }

    private void add(Severity severity, Position pos, String message, Optional<String> hint) {
        if (lines == null) {
            lines = lines(source.text());
        }
        String line = pos.line() <= lines.length ? lines[pos.line() - 1] : "";
        diagnostics.add(new Diagnostic(severity, source.name(), pos.line(), pos.column(), pos.length(), message,
                hint, line));
    }

    /** Whether an error was reported. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The number of diagnostics so far. */
    public int count() {
        return diagnostics.size();
    }

    /** Every diagnostic, in source order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return sorted;
    }
}
