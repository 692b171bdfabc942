package org.childinneed.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The articles and ordinals every message and explanation uses, written once. */
class EnglishTest {

    @Test
    void theArticleFollowsTheFirstLetter() {
        assertEquals("an", English.article("assessment-completed"));
        assertEquals("an", English.article("Initial"));
        assertEquals("a", English.article("meeting"));
        assertEquals("a", English.article(""));
    }

    @Test
    void ordinalsTakeTheirSuffixFromTheLastDigitsExceptTheTeens() {
        assertEquals("1st", English.ordinal(1));
        assertEquals("2nd", English.ordinal(2));
        assertEquals("3rd", English.ordinal(3));
        assertEquals("4th", English.ordinal(4));
        assertEquals("11th", English.ordinal(11));
        assertEquals("12th", English.ordinal(12));
        assertEquals("13th", English.ordinal(13));
        assertEquals("18th", English.ordinal(18));
        assertEquals("21st", English.ordinal(21));
        assertEquals("23rd", English.ordinal(23));
        assertEquals("111th", English.ordinal(111));
    }

    @Test
    void didYouMeanOffersOnlyALikelyMisspelling() {
        assertEquals("meeting", DidYouMean.closest("meting", java.util.List.of("meeting", "visit")).orElseThrow());
        assertEquals(java.util.Optional.empty(), DidYouMean.closest("referral-decided-late", java.util.List.of("visit")));
    }

    @Test
    void datesAreWrittenAsTheDateTimeFormatterWouldInEnglishWithinAndOutsideTheCachedYears() {
        var formatter = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM uuuu", java.util.Locale.ENGLISH);
        for (var date = java.time.LocalDate.of(1899, 12, 25); date.isBefore(java.time.LocalDate.of(2102, 1, 10));
                date = date.plusDays(37)) {
            assertEquals(formatter.format(date), English.date(date));
            assertEquals(formatter.format(date), English.date(date), "the cached text is the same");
        }
        assertEquals("Thu 17 Dec 2026", English.date(java.time.LocalDate.of(2026, 12, 17)));
        assertEquals("Fri 25 Dec", English.dayMonth(java.time.LocalDate.of(2026, 12, 25)));
        assertEquals("Wed 1 Sep", English.dayMonth(java.time.LocalDate.of(2027, 9, 1)));
    }
}
