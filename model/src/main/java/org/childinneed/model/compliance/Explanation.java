package org.childinneed.model.compliance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Why an obligation exists, how its due date was computed and what became of it, in plain words
 * (ids and dates only, never personal data).
 *
 * <p>An engine may defer the words ({@link #deferred}): they are built when first read, so a caller
 * that wants only statuses and due dates never pays for sentences. A deferred explanation equals
 * the built one, and reads the same from any thread.
 */
public final class Explanation {

    private final String trigger;
    private final String computation;
    private final String resolution;
    private final Set<DateCaveat> caveats;
    private final Supplier<Explanation> builder;
    private volatile Explanation built;

    /**
     * @param trigger why it exists: "assessment-completed a1 on Thu 17 Dec 2026 with outcome in-need"
     * @param computation how the due date was reached: "10 working days after Thu 17 Dec 2026,
     *     skipping 25 Dec, 28 Dec and 1 Jan"
     * @param resolution what satisfied it, or why it stands open, overdue or cancelled
     */
    public Explanation(String trigger, String computation, String resolution) {
        this(trigger, computation, resolution, Set.of());
    }

    /**
     * @param caveats reasons to doubt the due date (the computation says why in words), each a
     *     warning of the report; usually none
     */
    public Explanation(String trigger, String computation, String resolution, Set<DateCaveat> caveats) {
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.computation = Objects.requireNonNull(computation, "computation");
        this.resolution = Objects.requireNonNull(resolution, "resolution");
        this.caveats = copy(caveats);
        this.builder = null;
        this.built = this;
    }

    private Explanation(Set<DateCaveat> caveats, Supplier<Explanation> builder) {
        this.trigger = null;
        this.computation = null;
        this.resolution = null;
        this.caveats = copy(caveats);
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    private static Set<DateCaveat> copy(Set<DateCaveat> caveats) {
        return caveats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(caveats));
    }

    /**
     * An explanation built by {@code builder} when first read. The builder must be pure (the same
     * words every time) and must not return null; it may run more than once if threads race.
     */
    public static Explanation deferred(Supplier<Explanation> builder) {
        return new Explanation(Set.of(), builder);
    }

    /**
     * An explanation whose caveats are known now (they are part of the decision) and whose words are
     * built by {@code builder} when first read.
     */
    public static Explanation deferred(Set<DateCaveat> caveats, Supplier<Explanation> builder) {
        return new Explanation(caveats, builder);
    }

    /** Reasons to doubt the due date, each a warning of the report; usually none. Never builds the words. */
    public Set<DateCaveat> caveats() {
        return caveats;
    }

    /** Why it exists: "assessment-completed a1 on Thu 17 Dec 2026 with outcome in-need". */
    public String trigger() {
        return words().trigger;
    }

    /** How the due date was reached: "10 working days after Thu 17 Dec 2026, skipping 25 Dec, 28 Dec and 1 Jan". */
    public String computation() {
        return words().computation;
    }

    /** What satisfied it, or why it stands open, overdue or cancelled. */
    public String resolution() {
        return words().resolution;
    }

    private Explanation words() {
        Explanation words = built;
        if (words == null) {
            words = Objects.requireNonNull(builder.get(), "the explanation's builder answered null").words();
            built = words;
        }
        return words;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Explanation that)) {
            return false;
        }
        Explanation a = words();
        Explanation b = that.words();
        return a.trigger.equals(b.trigger) && a.computation.equals(b.computation) && a.resolution.equals(b.resolution)
                && caveats.equals(that.caveats);
    }

    @Override
    public int hashCode() {
        Explanation words = words();
        return Objects.hash(words.trigger, words.computation, words.resolution, caveats);
    }

    @Override
    public String toString() {
        Explanation words = words();
        return "Explanation[trigger=" + words.trigger + ", computation=" + words.computation + ", resolution="
                + words.resolution + ", caveats=" + caveats + "]";
    }
}
