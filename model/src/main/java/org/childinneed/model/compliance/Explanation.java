package org.childinneed.model.compliance;

import java.util.Objects;
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
    private final Supplier<Explanation> builder;
    private volatile Explanation built;

    /**
     * @param trigger why it exists: "assessment-completed a1 on Thu 17 Dec 2026 with outcome in-need"
     * @param computation how the due date was reached: "10 working days after Thu 17 Dec 2026,
     *     skipping 25 Dec, 28 Dec and 1 Jan"
     * @param resolution what satisfied it, or why it stands open, overdue or cancelled
     */
    public Explanation(String trigger, String computation, String resolution) {
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.computation = Objects.requireNonNull(computation, "computation");
        this.resolution = Objects.requireNonNull(resolution, "resolution");
        this.builder = null;
        this.built = this;
    }

    private Explanation(Supplier<Explanation> builder) {
        this.trigger = null;
        this.computation = null;
        this.resolution = null;
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * An explanation built by {@code builder} when first read. The builder must be pure (the same
     * words every time) and must not return null; it may run more than once if threads race.
     */
    public static Explanation deferred(Supplier<Explanation> builder) {
        return new Explanation(builder);
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
        return a.trigger.equals(b.trigger) && a.computation.equals(b.computation) && a.resolution.equals(b.resolution);
    }

    @Override
    public int hashCode() {
        Explanation words = words();
        return Objects.hash(words.trigger, words.computation, words.resolution);
    }

    @Override
    public String toString() {
        Explanation words = words();
        return "Explanation[trigger=" + words.trigger + ", computation=" + words.computation + ", resolution="
                + words.resolution + "]";
    }
}
