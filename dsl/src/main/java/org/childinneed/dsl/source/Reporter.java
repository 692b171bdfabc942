package org.childinneed.dsl.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.PolicySource;
import org.childinneed.dsl.Severity;
import org.childinneed.dsl.ast.Node;
import org.childinneed.dsl.ast.Position;

/**
 * Collects the diagnostics of one script, each with the text of the line at fault, keeping the
 * first {@link Compilation#MAX_DIAGNOSTICS} minus one in source order and counting the rest.
 */
public final class Reporter {

    private static final Comparator<Entry> SOURCE_ORDER = Comparator.<Entry>comparingInt(e -> e.diagnostic().line())
            .thenComparingInt(e -> e.diagnostic().column()).thenComparingInt(Entry::sequence);

    private final PolicySource source;
    /** The script's lines, split when the first diagnostic needs them (a reporter is often made and dropped). */
    private String[] lines;
    /** The diagnostics kept, the latest in source order on top. */
    private final PriorityQueue<Entry> kept = new PriorityQueue<>(SOURCE_ORDER.reversed());
    private int count;
    private boolean errors;
    private int unreported;
    private int unreportedErrors;
    /** The earliest in source order of those not kept, or null. */
    private Entry firstUnreported;

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

    /** Reports a warning at {@code pos}. */
    public void warning(Position pos, String message, Optional<String> hint) {
        add(Severity.WARNING, pos, message, hint);
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
        Entry entry = new Entry(new Diagnostic(severity, source.name(), pos.line(), pos.column(), pos.length(),
                Quoted.capped(message), hint.map(Quoted::capped), line), count++);
        errors |= severity == Severity.ERROR;
        if (kept.size() < Reported.MAX_KEPT) {
            kept.add(entry);
            return;
        }
        // Keep the earliest in source order: the latest kept, or this one, is not reported.
        Entry dropped = entry;
        if (SOURCE_ORDER.compare(entry, kept.peek()) < 0) {
            dropped = kept.poll();
            kept.add(entry);
        }
        unreported++;
        if (dropped.diagnostic().severity() == Severity.ERROR) {
            unreportedErrors++;
        }
        if (firstUnreported == null || SOURCE_ORDER.compare(dropped, firstUnreported) < 0) {
            firstUnreported = dropped;
        }
    }

    /** Whether an error was reported, kept or not. */
    public boolean hasErrors() {
        return errors;
    }

    /** The number of diagnostics reported so far, kept or not. */
    public int count() {
        return count;
    }

    /**
     * The diagnostics kept, in source order, and how many more there were: the first
     * {@link Compilation#MAX_DIAGNOSTICS} minus one in source order are kept.
     */
    public Reported reported() {
        List<Entry> sorted = new ArrayList<>(kept);
        sorted.sort(SOURCE_ORDER);
        return new Reported(sorted.stream().map(Entry::diagnostic).toList(), unreported, unreportedErrors,
                Optional.ofNullable(firstUnreported).map(Entry::diagnostic));
    }

    /**
     * Every diagnostic kept, in source order, then, when more were reported than a compilation
     * holds, one saying how many were not ({@link Reported#diagnostics()}).
     */
    public List<Diagnostic> diagnostics() {
        return reported().diagnostics();
    }

    /** A diagnostic and the order it was reported in, which breaks ties of position. */
    private record Entry(Diagnostic diagnostic, int sequence) {
    }
}
