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

    /**
     * The child's age in whole years on {@code date}: birthdays fall as {@link LocalDate#plusYears}
     * puts them, so a child born on 29 February turns a year older on 28 February in a common year,
     * in step with {@link #eighteenthBirthday()}.
     */
    public int ageOn(LocalDate date) {
        int years = Period.between(born, date).getYears();
        return years >= 0 && !born.plusYears(years + 1L).isAfter(date) ? years + 1 : years;
    }

    /** The date of the child's eighteenth birthday (28 February in a common year for a 29 February birthday). */
    public LocalDate eighteenthBirthday() {
        return born.plusYears(18);
    }
}
