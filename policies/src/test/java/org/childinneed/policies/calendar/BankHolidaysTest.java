package org.childinneed.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.childinneed.model.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTest {

    private final BankHolidays embedded = BankHolidays.englandAndWales();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static BankHolidays parse(String json, String source) throws BankHolidaysFormatException {
        return BankHolidays.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static String file(String events) {
        return "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" + events + "]}}";
    }

    private static String event(String title, String date) {
        return "{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"notes\": \"\", \"bunting\": true}";
    }

    @Test
    void the_embedded_list_covers_1995_to_2027() {
        assertEquals(IntStream.rangeClosed(1995, 2027).boxed().toList(), List.copyOf(embedded.publishedYears()));
        assertSame(embedded, BankHolidays.englandAndWales());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1995-05-08", "1999-12-31", "2002-06-03", "2002-06-04", "2011-04-29", "2012-06-04",
        "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"})
    void every_one_off_and_moved_day_is_a_holiday(String day) {
        assertTrue(embedded.isHoliday(date(day)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"})
    void the_days_a_holiday_moved_away_from_were_worked(String day) {
        assertFalse(embedded.isHoliday(date(day)));
    }

    @Test
    void holidays_are_named_as_published_with_their_notes() {
        assertEquals(Optional.of("Christmas Day (substitute day)"), embedded.nameOf(date("2027-12-27")));
        assertEquals(Optional.of("Queen\u2019s Diamond Jubilee (extra bank holiday)"), embedded.nameOf(date("2012-06-05")));
        assertEquals(Optional.of("Bank holiday for the coronation of King Charles III"), embedded.nameOf(date("2023-05-08")));
        // Easter 2060 is 18 April.
        assertEquals(Optional.of("Good Friday"), embedded.nameOf(date("2060-04-16")));
        assertEquals(Optional.empty(), embedded.nameOf(date("2026-12-24")));
    }

    @Test
    void years_after_the_list_are_projected_by_rule_to_2100() {
        // 1 January 2028 is a Saturday; Easter 2028 is 16 April.
        assertEquals(List.of(date("2028-01-03"), date("2028-04-14"), date("2028-04-17")),
                embedded.holidaysBetween(date("2028-01-01"), date("2028-04-30")));
        // Christmas 2100 is a Saturday.
        assertEquals(List.of(date("2100-12-27"), date("2100-12-28")),
                embedded.holidaysBetween(date("2100-12-01"), date("2101-01-31")));
    }

    @Test
    void years_before_the_list_are_projected_by_rule_from_1978_only() {
        assertTrue(embedded.isHoliday(date("1978-05-01")));
        assertTrue(embedded.isHoliday(date("1994-12-27")));
        assertFalse(embedded.isHoliday(date("1977-12-26")));
    }

    @Test
    void holidays_between_two_dates_in_order_and_none_for_a_reversed_range() {
        assertEquals(List.of(date("2026-12-25"), date("2026-12-28"), date("2027-01-01")),
                embedded.holidaysBetween(date("2026-12-01"), date("2027-01-31")));
        assertEquals(List.of(), embedded.holidaysBetween(date("2027-01-31"), date("2026-12-01")));
    }

    @Test
    void a_newer_list_replaces_the_years_it_covers_and_keeps_the_others() throws Exception {
        BankHolidays newer = parse(file(event("New Year\u2019s Day", "2027-01-01") + ","
                + event("Extra day", "2027-06-07") + "," + event("New Year\u2019s Day", "2028-01-03")), "newer.json");
        BankHolidays merged = embedded.merge(newer);

        assertTrue(merged.isHoliday(date("2027-06-07")));
        assertFalse(merged.isHoliday(date("2027-12-27")), "2027 is now as the newer list has it");
        assertFalse(merged.isHoliday(date("2028-04-14")), "2028 is now as the newer list has it");
        assertTrue(merged.isHoliday(date("2026-12-28")), "2026 is as before");
        assertTrue(merged.isHoliday(date("2029-03-30")), "2029 is still projected");
        assertEquals(IntStream.rangeClosed(1995, 2028).boxed().toList(), List.copyOf(merged.publishedYears()));
        assertTrue(embedded.isHoliday(date("2027-12-27")), "the embedded calendar is unchanged");
    }

    @Test
    void closure_days_are_added_without_changing_the_original() {
        BankHolidays closed = embedded.withClosureDays(List.of(date("2026-12-24"), date("2026-12-25")));

        assertEquals(Optional.of(BankHolidays.CLOSURE_DAY), closed.nameOf(date("2026-12-24")));
        assertEquals(Optional.of("Christmas Day"), closed.nameOf(date("2026-12-25")));
        assertFalse(embedded.isHoliday(date("2026-12-24")));
        // Fri 18 (1), Mon 21, Tue 22, Wed 23, Tue 29 (5), Wed 30, Thu 31, Mon 4, Tue 5, Wed 6 Jan (10).
        assertEquals(date("2027-01-06"), WorkingDays.of(closed).addWorkingDays(date("2026-12-17"), 10));
    }

    @Test
    void closure_days_survive_a_merge() throws Exception {
        BankHolidays closed = embedded.withClosureDays(List.of(date("2026-12-24")));
        BankHolidays merged = closed.merge(parse(file(event("New Year\u2019s Day", "2026-01-01")), "newer.json"));
        assertTrue(merged.isHoliday(date("2026-12-24")));
        assertEquals(List.of(date("2026-12-24")), List.copyOf(merged.closureDays()));
    }

    @Test
    void a_loaded_list_alone_projects_the_years_it_lacks() throws Exception {
        BankHolidays loaded = parse(file(event("Christmas Day", "2026-12-25")), "one.json");
        assertEquals(List.of(date("2026-12-25")), loaded.holidaysBetween(date("2026-01-01"), date("2026-12-31")));
        assertTrue(loaded.isHoliday(date("2027-12-28")));
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once_by_source_event_and_field() {
        String json = "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + "{\"title\": \"A\", \"date\": \"2025-12-25\"},"
                + "{\"title\": \"B\"},"
                + "{\"title\": \"C\", \"date\": \"2025-02-30\"},"
                + "{\"title\": 5, \"date\": \"25/12/2025\", \"bunting\": \"yes\"},"
                + "{\"title\": \"D\", \"date\": \"2025-12-25\", \"notes\": 3},"
                + "\"x\"]}}";
        BankHolidaysFormatException error = assertThrows(BankHolidaysFormatException.class, () -> parse(json, "feed.json"));
        assertEquals(List.of(
                "feed.json: event #1, field date: missing",
                "feed.json: event #2, field date: 2025-02-30 is not a real date",
                "feed.json: event #3, field title: expected the holiday's name as text",
                "feed.json: event #3, field date: expected a date as YYYY-MM-DD",
                "feed.json: event #3, field bunting: expected true or false",
                "feed.json: event #4, field notes: expected text",
                "feed.json: event #4, field date: 2025-12-25 is already listed by event #0",
                "feed.json: event #5: expected an object with title and date"), error.problems());
        assertEquals("feed.json", error.source());
        assertTrue(error.getMessage().startsWith("feed.json: 8 problems in the bank holidays file:\n  feed.json: event #1"),
                error.getMessage());
    }

    @Test
    void a_file_that_is_not_json_names_the_line_and_column() {
        BankHolidaysFormatException error = assertThrows(BankHolidaysFormatException.class,
                () -> parse("{\n  \"england-and-wales\": {\n    \"events\": [,]\n", "broken.json"));
        assertEquals(1, error.problems().size());
        assertTrue(error.problems().get(0).startsWith("broken.json:3:"), error.problems().get(0));
        assertTrue(error.problems().get(0).contains("not valid JSON"), error.problems().get(0));
    }

    @Test
    void a_file_without_the_england_and_wales_division_is_refused() {
        BankHolidaysFormatException error = assertThrows(BankHolidaysFormatException.class,
                () -> parse("{\"scotland\": {\"division\": \"scotland\", \"events\": []}}", "scotland.json"));
        assertEquals(List.of("scotland.json: field england-and-wales: missing; the file must hold the England and Wales division"),
                error.problems());
    }

    @Test
    void a_division_with_the_wrong_name_or_no_events_is_refused() {
        BankHolidaysFormatException error = assertThrows(BankHolidaysFormatException.class,
                () -> parse("{\"england-and-wales\": {\"division\": \"scotland\", \"events\": []}}", "odd.json"));
        assertEquals(List.of("odd.json: field england-and-wales.division: expected \"england-and-wales\"",
                "odd.json: field england-and-wales.events: the list holds no events"), error.problems());
        BankHolidaysFormatException notAList = assertThrows(BankHolidaysFormatException.class,
                () -> parse("{\"england-and-wales\": {\"events\": {}}}", "odd.json"));
        assertEquals(List.of("odd.json: field england-and-wales.events: expected a list of events"), notAList.problems());
        BankHolidaysFormatException notAnObject = assertThrows(BankHolidaysFormatException.class,
                () -> parse("[]", "list.json"));
        assertEquals(List.of("list.json: the file: expected a JSON object holding the division \"england-and-wales\""),
                notAnObject.problems());
    }

    @Test
    void a_stream_that_cannot_be_read_is_reported_not_thrown_raw() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        BankHolidaysFormatException error = assertThrows(BankHolidaysFormatException.class,
                () -> BankHolidays.fromJson(failing, "remote.json"));
        assertEquals(List.of("remote.json: could not be read: disk gone"), error.problems());
    }
    @Test
    void the_holidays_are_known_to_the_last_year_projected_or_published() throws Exception {
        // Issue 11: after the data, working-day arithmetic counts every weekday; the calendar says where that starts.
        assertEquals(Optional.of(date("2100-12-31")), embedded.holidaysKnownUntil());
        assertEquals(date("2100-12-31"), BankHolidays.englandAndWalesWorkingDays().holidaysKnownUntil());
        BankHolidays later = embedded.merge(parse(file(event("New Year\u2019s Day", "2102-01-02")), "later.json"));
        assertEquals(Optional.of(LocalDate.of(2102, 12, 31)), later.holidaysKnownUntil());
    }
}
