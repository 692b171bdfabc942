package org.childinneed.dsl.internal.ast;

/** How a number is compared: "more than", "at least" ... */
public enum Comparison {
    MORE_THAN("more than"),
    LESS_THAN("less than"),
    AT_LEAST("at least"),
    AT_MOST("at most");

    private final String words;

    Comparison(String words) {
        this.words = words;
    }

    /** Whether {@code value} compares so with {@code bound}. */
    public boolean test(long value, long bound) {
        return switch (this) {
            case MORE_THAN -> value > bound;
            case LESS_THAN -> value < bound;
            case AT_LEAST -> value >= bound;
            case AT_MOST -> value <= bound;
        };
    }

    /** The words as written in scripts. */
    public String words() {
        return words;
    }
}
