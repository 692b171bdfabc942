package org.childinneed.model.child;

import java.time.LocalDate;
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
     * The day the child attains {@code age}: the commencement of that anniversary of the date of
     * birth (Family Law Reform Act 1969, s.9). A child born on 29 February has no anniversary in a
     * common year and attains the age at the start of the following day, 1 March: born 29 February
     * 2008, 17 on 28 February 2026 and 18 on 1 March 2026.
     */
    public LocalDate attains(int age) {
        LocalDate anniversary = born.plusYears(age);
        return anniversary.getDayOfMonth() == born.getDayOfMonth() ? anniversary : anniversary.plusDays(1);
    }

    /** The child's age in whole years on {@code date}, by {@link #attains}; negative before the birth. */
    public int ageOn(LocalDate date) {
        int years = date.getYear() - born.getYear();
        return attains(years).isAfter(date) ? years - 1 : years;
    }

    /** The day the child turns eighteen (1 March in a common year for a 29 February birthday). */
    public LocalDate eighteenthBirthday() {
        return attains(18);
    }
}
