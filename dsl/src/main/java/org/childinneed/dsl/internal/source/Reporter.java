package org.childinneed.dsl.internal.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.childinneed.dsl.internal.ast.Node;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.problem.Severity;

/**
 * Collects the diagnostics of one script, each with the text of the line at fault, keeping the
 * first {@link Reported#MAX_DIAGNOSTICS} minus one in source order and counting the rest.
 */
public final class Reporter {

    private static final Comparator<Entry> SOURCE_ORDER = Comparator.<Entry>comparingInt(e -> e.found().line())
            .thenComparingInt(e -> e.found().column()).thenComparingInt(Entry::sequence);

    private final String name;
    private final String text;
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

    /** A reporter for the script {@code name} whose text is {@code text}. */
    public Reporter(String name, String text) {
        this.name = name;
        this.text = text;
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

    /** The name of the script reported on ({@code kent.cin}). */
    public String name() {
        return name;
    }

    /** The text of the script reported on. */
    public String text() {
        return text;
    }

    /** Reports an error with {@code code} (one of {@link Codes}) at {@code pos}. */
    public void error(String code, Position pos, String message) {
        add(code, Severity.ERROR, pos, message, Optional.empty());
    }

    /** Reports an error with {@code code} at {@code pos} with a hint. */
    public void error(String code, Position pos, String message, Optional<String> hint) {
        add(code, Severity.ERROR, pos, message, hint);
    }

    /** Reports an error with {@code code} at {@code node}. */
    public void error(String code, Node node, String message) {
        error(code, node.pos(), message);
    }

    /** Reports an error with {@code code} at {@code node} with a hint. */
    public void error(String code, Node node, String message, Optional<String> hint) {
        error(code, node.pos(), message, hint);
    }

    /** Reports a warning with {@code code} at {@code pos}. */
    public void warning(String code, Position pos, String message, Optional<String> hint) {
        add(code, Severity.WARNING, pos, message, hint);
    }

    /** Reports a warning with {@code code} at {@code node}. */
    public void warning(String code, Node node, String message, Optional<String> hint) {
        add(code, Severity.WARNING, node.pos(), message, hint);
    }

    /**
     * Runs {@code body} with the diagnostics of {@code codes} left out: the knock-on errors of a rule
     * whose syntax errors (reported already) left clauses out of its tree.
     */
    public void muting(java.util.Set<String> codes, Runnable body) {
        java.util.Set<String> before = muted;
        muted = codes;
        try {
            body.run();
        } finally {
            muted = before;
        }
    }

    private java.util.Set<String> muted = java.util.Set.of();

    private void add(String code, Severity severity, Position pos, String message, Optional<String> hint) {
        if (muted.contains(code)) {
            return;
        }
        if (lines == null) {
            lines = lines(text);
        }
        String line = pos.line() <= lines.length ? lines[pos.line() - 1] : "";
        Problem problem = new Problem(code, severity, Location.inSource(name, Math.max(1, pos.line()),
                Math.max(1, pos.column())), Quoted.capped(message), hint.map(Quoted::capped));
        Entry entry = new Entry(new Found(problem, pos.length(), line), count++);
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
        if (dropped.found().isError()) {
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
     * {@link Reported#MAX_DIAGNOSTICS} minus one in source order are kept.
     */
    public Reported reported() {
        List<Entry> sorted = new ArrayList<>(kept);
        sorted.sort(SOURCE_ORDER);
        return new Reported(sorted.stream().map(Entry::found).toList(), unreported, unreportedErrors,
                Optional.ofNullable(firstUnreported).map(Entry::found));
    }

    /**
     * Every diagnostic kept, in source order, then, when more were reported than a compilation
     * holds, one saying how many were not ({@link Reported#diagnostics()}).
     */
    public List<Found> diagnostics() {
        return reported().diagnostics();
    }

    /** A problem found and the order it was reported in, which breaks ties of position. */
    private record Entry(Found found, int sequence) {
    }
}
