package org.childinneed.model.compliance;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Words given now or built when first read, then kept. Safe to share and to read from any thread:
 * the builder must be pure (the same words every time) and must not answer null; threads that race
 * may each build the words, and all read equal ones.
 */
final class DeferredText {

    /** Builds the words; null when given built. */
    private final Supplier<String> builder;
    private volatile String text;

    private DeferredText(Supplier<String> builder, String text) {
        this.builder = builder;
        this.text = text;
    }

    /** Words given now. */
    static DeferredText of(String text, String what) {
        return new DeferredText(null, Objects.requireNonNull(text, what));
    }

    /** Words {@code builder} builds when first read. */
    static DeferredText deferred(Supplier<String> builder, String what) {
        return new DeferredText(Objects.requireNonNull(builder, what), null);
    }

    /** The words, built now if not yet. */
    String get() {
        String words = text;
        if (words == null) {
            words = Objects.requireNonNull(builder.get(), "the builder of a deferred text answered null");
            text = words;
        }
        return words;
    }
}
