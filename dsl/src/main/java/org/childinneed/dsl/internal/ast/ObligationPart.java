package org.childinneed.dsl.internal.ast;

import java.util.List;

/**
 * An obligation as written. Its clauses may come in any order; the lists hold every occurrence so
 * that the checker can report a clause written twice or missing.
 */
public record ObligationPart(Name kind, List<Trigger> triggers, List<Every> everys, List<Condition> ifs,
        List<Condition> unlesses, List<Deadline> dues, List<Step> steps, List<MetBy> metBys,
        List<Extension> extensions, List<Waiver> waivers, Position pos) implements Part {

    public ObligationPart {
        triggers = List.copyOf(triggers);
        everys = List.copyOf(everys);
        ifs = List.copyOf(ifs);
        unlesses = List.copyOf(unlesses);
        dues = List.copyOf(dues);
        steps = List.copyOf(steps);
        metBys = List.copyOf(metBys);
        extensions = List.copyOf(extensions);
        waivers = List.copyOf(waivers);
    }

    /**
     * {@code met by supervision with by team-manager since the last meeting}: what satisfies it,
     * and optionally how far back before the trigger a satisfying event may lie.
     */
    public record MetBy(List<Pattern> patterns, java.util.Optional<Pattern> sinceLast, Position pos) implements Node {
        public MetBy {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * {@code every 12 weeks from plan-started}: shorthand for a trigger, a first due and a repeat;
     * {@code every between 4 and 6 weeks from plan-started} repeats a window ({@code period} is then
     * the window's end).
     */
    public record Every(Duration period, java.util.Optional<Deadline.Window> window, List<Pattern> from, Position pos)
            implements Node {
        public Every {
            from = List.copyOf(from);
        }

        public Every(Duration period, List<Pattern> from, Position pos) {
            this(period, java.util.Optional.empty(), from, pos);
        }

        /** The deadline of each occurrence: within the period, or the window. */
        public Deadline deadline() {
            return window.<Deadline>map(w -> w).orElseGet(() -> new Deadline.Within(period, pos));
        }
    }
}
