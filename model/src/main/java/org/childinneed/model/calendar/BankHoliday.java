package org.childinneed.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday as published: the day it is observed, its title and any notes, in the shape
 * of the government's bank-holidays list ({@code "Boxing Day"}, {@code "Substitute day"}).
 *
 * @param date the day the holiday is observed (a substitute day where the holiday falls on a weekend)
 * @param title the holiday's title
 * @param notes notes such as {@code "Substitute day"}; empty when there are none
 */
public record BankHoliday(LocalDate date, String title, String notes) {

    /** The notes the published list gives a substitute day. */
    public static final String SUBSTITUTE_DAY = "Substitute day";

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
    }

    /** A holiday observed on its own day, without notes. */
    public static BankHoliday on(LocalDate date, String title) {
        return new BankHoliday(date, title, "");
    }

    /** A substitute day for a holiday that falls on a weekend. */
    public static BankHoliday substitute(LocalDate date, String title) {
        return new BankHoliday(date, title, SUBSTITUTE_DAY);
    }

    /** The name shown to people: the title, with the notes in brackets where there are any. */
    public String name() {
        return notes.isEmpty() ? title : title + " (" + notes.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
