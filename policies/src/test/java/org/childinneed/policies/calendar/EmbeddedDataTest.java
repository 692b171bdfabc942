package org.childinneed.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.childinneed.model.calendar.BankHoliday;
import org.childinneed.model.calendar.EnglandAndWalesRules;
import org.junit.jupiter.api.Test;

/**
 * The embedded list against the rules: every year from 1995 to 2027 is exactly the rules' eight
 * holidays, except for the one-off and moved days listed here by hand from the proclamations.
 */
class EmbeddedDataTest {

    /** A year's departures from the rules: the rule days not held, and the days held instead or as well. */
    private record OneOffs(List<String> notHeld, List<BankHoliday> added) {
    }

    private static BankHoliday extra(String date, String title, String notes) {
        return new BankHoliday(LocalDate.parse(date), title, notes);
    }

    private static final Map<Integer, OneOffs> ONE_OFFS = Map.of(
            1995, new OneOffs(List.of("1995-05-01"), List.of(
                    extra("1995-05-08", "Early May bank holiday (VE day)", ""))),
            1999, new OneOffs(List.of(), List.of(
                    extra("1999-12-31", "Millennium celebrations", "Extra bank holiday"))),
            2002, new OneOffs(List.of("2002-05-27"), List.of(
                    extra("2002-06-03", "Queen\u2019s Golden Jubilee", "Extra bank holiday"),
                    extra("2002-06-04", "Spring bank holiday", "Substitute day"))),
            2011, new OneOffs(List.of(), List.of(
                    extra("2011-04-29", "Royal wedding", "Extra bank holiday"))),
            2012, new OneOffs(List.of("2012-05-28"), List.of(
                    extra("2012-06-04", "Spring bank holiday", "Substitute day"),
                    extra("2012-06-05", "Queen\u2019s Diamond Jubilee", "Extra bank holiday"))),
            2020, new OneOffs(List.of("2020-05-04"), List.of(
                    extra("2020-05-08", "Early May bank holiday (VE day)", ""))),
            2022, new OneOffs(List.of("2022-05-30"), List.of(
                    extra("2022-06-02", "Spring bank holiday", ""),
                    extra("2022-06-03", "Platinum Jubilee bank holiday", ""),
                    extra("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II", ""))),
            2023, new OneOffs(List.of(), List.of(
                    extra("2023-05-08", "Bank holiday for the coronation of King Charles III", ""))));

    private final BankHolidays embedded = BankHolidays.englandAndWales();

    @Test
    void every_year_is_the_rules_plus_its_one_offs() {
        for (int year = 1995; year <= 2027; year++) {
            OneOffs oneOffs = ONE_OFFS.getOrDefault(year, new OneOffs(List.of(), List.of()));
            List<BankHoliday> expected = new ArrayList<>(EnglandAndWalesRules.holidaysIn(year));
            expected.removeIf(h -> oneOffs.notHeld().contains(h.date().toString()));
            assertEquals(oneOffs.notHeld().size(), EnglandAndWalesRules.holidaysIn(year).size() - expected.size(),
                    "every day not held in " + year + " is a rule day");
            expected.addAll(oneOffs.added());
            expected.sort(Comparator.comparing(BankHoliday::date));
            assertEquals(expected, embedded.published(year), "year " + year);
        }
    }

    @Test
    void the_calendar_holds_exactly_the_listed_days_in_the_listed_years() {
        Set<LocalDate> listed = new TreeSet<>();
        for (int year = 1995; year <= 2027; year++) {
            embedded.published(year).forEach(h -> listed.add(h.date()));
        }
        assertEquals(List.copyOf(listed), embedded.holidaysBetween(LocalDate.of(1995, 1, 1), LocalDate.of(2027, 12, 31)));
        assertEquals(33 * 8 - 5 + 12, listed.size());
    }

    @Test
    void the_file_has_the_shape_of_the_published_gov_uk_list() throws Exception {
        JsonNode root;
        try (InputStream in = BankHolidays.class.getResourceAsStream("bank-holidays.json")) {
            root = new ObjectMapper().readTree(in);
        }
        JsonNode division = root.get("england-and-wales");
        assertEquals("england-and-wales", division.get("division").textValue());
        LocalDate previous = LocalDate.MIN;
        for (JsonNode event : division.get("events")) {
            List<String> fields = new ArrayList<>();
            Iterator<String> names = event.fieldNames();
            names.forEachRemaining(fields::add);
            assertEquals(List.of("title", "date", "notes", "bunting"), fields);
            assertTrue(event.get("title").isTextual() && event.get("notes").isTextual() && event.get("bunting").isBoolean());
            LocalDate date = LocalDate.parse(event.get("date").textValue());
            assertTrue(date.isAfter(previous), "events in date order at " + date);
            previous = date;
        }
    }
}
