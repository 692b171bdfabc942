package org.childinneed.model.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void age_goes_up_on_the_birthday_not_before() {
        Child child = Child.bornOn(date("2014-05-04"));
        assertEquals(11, child.ageOn(date("2026-05-03")));
        assertEquals(12, child.ageOn(date("2026-05-04")));
        assertEquals(11, child.ageOn(date("2025-05-04")));
        assertEquals(0, child.ageOn(date("2014-05-04")));
        assertEquals(0, child.ageOn(date("2015-05-03")));
    }

    @Test
    void eighteenth_birthday_is_eighteen_years_on() {
        Child child = Child.bornOn(date("2008-11-30"));
        assertEquals(date("2026-11-30"), child.eighteenthBirthday());
        assertEquals(17, child.ageOn(date("2026-11-29")));
        assertEquals(18, child.ageOn(date("2026-11-30")));
    }

    /**
     * Family Law Reform Act 1969, s.9(1): "the time at which a person attains a particular age
     * expressed in years shall be the commencement of the relevant anniversary of the date of his
     * birth". A common year has no 29 February, so the anniversary is reached when 28 February ends.
     */
    @Test
    void a_child_born_on_29_february_turns_eighteen_on_1_march_of_a_common_year() {
        Child child = Child.bornOn(date("2008-02-29"));
        assertEquals(date("2026-03-01"), child.eighteenthBirthday());
        assertEquals(17, child.ageOn(date("2026-02-27")));
        assertEquals(17, child.ageOn(date("2026-02-28")));
        assertEquals(18, child.ageOn(date("2026-03-01")));
        assertEquals(date("2026-03-01"), child.attains(18));
        assertEquals(date("2028-02-29"), child.attains(20));
    }

    @Test
    void before_the_birth_the_age_is_negative() {
        Child child = Child.bornOn(date("2014-05-04"));
        assertEquals(-1, child.ageOn(date("2014-05-03")));
    }

    @Test
    void a_child_born_on_29_february_has_birthdays_on_29_february_in_leap_years() {
        Child child = Child.bornOn(date("2008-02-29"));
        assertEquals(3, child.ageOn(date("2012-02-28")));
        assertEquals(4, child.ageOn(date("2012-02-29")));
    }

    @Test
    void the_age_reached_on_the_eighteenth_birthday_is_eighteen_for_every_day_of_a_leap_year() {
        for (LocalDate born = date("2008-01-01"); born.getYear() == 2008; born = born.plusDays(1)) {
            Child child = Child.bornOn(born);
            assertEquals(18, child.ageOn(child.eighteenthBirthday()), "born " + born);
            assertEquals(17, child.ageOn(child.eighteenthBirthday().minusDays(1)), "born " + born);
        }
    }

    @Test
    void a_child_is_not_disabled_unless_recorded() {
        assertFalse(Child.bornOn(date("2014-05-04")).disabled());
    }

    @Test
    void the_date_of_birth_is_required() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> new Child(null, false));
        assertEquals("child.born is required", error.getMessage());
    }
}
