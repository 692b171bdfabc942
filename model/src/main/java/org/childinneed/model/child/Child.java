package org.childinneed.model.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The child a case is about: only what the procedures need, never a name.
 *
 * @param born the date of birth
 * @param disabled whether the child is disabled (served by a disabled children's service)
 */
public record Child(LocalDate born, boolean disabled) {

    public Child {
        Objects.requireNonNull(born, "child.born is required");
    }

    /** A child born on {@code born}, not disabled. */
    public static Child bornOn(LocalDate born) {
        return new Child(born, false);
    }

    /** The child's age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(born, date).getYears();
    }

    /** The date of the child's eighteenth birthday (28 February in a common year for a 29 February birthday). */
    public LocalDate eighteenthBirthday() {
        return born.plusYears(18);
    }
}
