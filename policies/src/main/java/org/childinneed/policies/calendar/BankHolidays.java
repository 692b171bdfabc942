package org.childinneed.policies.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.childinneed.model.calendar.BankHoliday;
import org.childinneed.model.calendar.EnglandAndWalesRules;
import org.childinneed.model.calendar.HolidayCalendar;
import org.childinneed.model.calendar.WorkingDays;

/**
 * The bank holidays of England and Wales: the years a published list covers, taken from it as
 * published (one-off and moved days included); other years from {@link EnglandAndWalesRules#FIRST_YEAR}
 * to {@link #LAST_PROJECTED_YEAR} projected by rule; and any local closure days. Immutable and
 * thread-safe; newer lists and closure days give a new calendar, at run time.
 */
public final class BankHolidays implements HolidayCalendar {

    /** The last year projected by rule where no published list covers it. */
    public static final int LAST_PROJECTED_YEAR = 2100;
    /** The name given to a local closure day that is not also a bank holiday. */
    public static final String CLOSURE_DAY = "Local closure day";

    private static final String EMBEDDED = "bank-holidays.json";

    private final SortedMap<Integer, List<BankHoliday>> published;
    private final SortedSet<LocalDate> closureDays;
    private final NavigableMap<LocalDate, String> names = new TreeMap<>();

    private BankHolidays(SortedMap<Integer, List<BankHoliday>> published, SortedSet<LocalDate> closureDays) {
        this.published = Collections.unmodifiableSortedMap(published);
        this.closureDays = Collections.unmodifiableSortedSet(closureDays);
        for (int year = EnglandAndWalesRules.FIRST_YEAR; year <= LAST_PROJECTED_YEAR; year++) {
            if (!published.containsKey(year)) {
                EnglandAndWalesRules.holidaysIn(year).forEach(h -> names.put(h.date(), h.name()));
            }
        }
        published.values().forEach(year -> year.forEach(h -> names.put(h.date(), h.name())));
        closureDays.forEach(day -> names.putIfAbsent(day, CLOSURE_DAY));
    }

    /** England and Wales from the embedded list (1995 to 2027) and the rules to 2100; loaded once. */
    public static BankHolidays englandAndWales() {
        return Embedded.CALENDAR;
    }

    /** Working days over {@link #englandAndWales()}; indexed once. */
    public static WorkingDays englandAndWalesWorkingDays() {
        return EmbeddedWorkingDays.WORKING_DAYS;
    }

    /**
     * A calendar from a file in the shape of the government's bank-holidays list (its
     * {@code england-and-wales} division), with the years it does not list projected by rule.
     *
     * @param sourceName how errors name the file
     * @throws BankHolidaysFormatException naming every problem in the file
     */
    public static BankHolidays fromJson(InputStream in, String sourceName) throws BankHolidaysFormatException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        SortedMap<Integer, List<BankHoliday>> years = new TreeMap<>();
        for (BankHoliday holiday : BankHolidaysReader.read(in, sourceName)) {
            years.computeIfAbsent(holiday.date().getYear(), y -> new ArrayList<>()).add(holiday);
        }
        years.replaceAll((year, list) -> list.stream().sorted(Comparator.comparing(BankHoliday::date)).toList());
        return new BankHolidays(years, new TreeSet<>());
    }

    /** This calendar with {@code days} also closed (local closure days, such as an office's extra day at Christmas). */
    public BankHolidays withClosureDays(Collection<LocalDate> days) {
        SortedSet<LocalDate> closed = new TreeSet<>(closureDays);
        for (LocalDate day : days) {
            closed.add(Objects.requireNonNull(day, "a closure day must not be null"));
        }
        return new BankHolidays(new TreeMap<>(published), closed);
    }

    /**
     * This calendar updated by a newer published list: every year {@code newer} lists is taken from
     * it, whole; other years stay as they are. Closure days of both are kept.
     */
    public BankHolidays merge(BankHolidays newer) {
        SortedMap<Integer, List<BankHoliday>> years = new TreeMap<>(published);
        years.putAll(newer.published);
        SortedSet<LocalDate> closed = new TreeSet<>(closureDays);
        closed.addAll(newer.closureDays);
        return new BankHolidays(years, closed);
    }

    /** The years taken from a published list (the others are projected by rule). */
    public SortedSet<Integer> publishedYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(published.keySet()));
    }

    /** The holidays of a published year, in date order; empty for a year no list covers. */
    public List<BankHoliday> published(int year) {
        return published.getOrDefault(year, List.of());
    }

    /** The local closure days, in date order. */
    public SortedSet<LocalDate> closureDays() {
        return closureDays;
    }

    /**
     * The last day of the last year published or projected ({@link #LAST_PROJECTED_YEAR}, or a later
     * year a published list covers): after it no holiday is known.
     */
    @Override
    public Optional<LocalDate> holidaysKnownUntil() {
        int last = published.isEmpty() ? LAST_PROJECTED_YEAR : Math.max(LAST_PROJECTED_YEAR, published.lastKey());
        LocalDate end = LocalDate.of(last, 12, 31);
        return Optional.of(closureDays.isEmpty() || !closureDays.last().isAfter(end) ? end : closureDays.last());
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return names.containsKey(date);
    }

    @Override
    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(names.get(date));
    }

    @Override
    public List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return List.copyOf(names.subMap(from, true, to, true).keySet());
    }

    @Override
    public String toString() {
        return "BankHolidays[published " + (published.isEmpty() ? "none" : published.firstKey() + "-" + published.lastKey())
                + ", projected " + EnglandAndWalesRules.FIRST_YEAR + "-" + LAST_PROJECTED_YEAR
                + ", " + closureDays.size() + " closure days]";
    }

    private static BankHolidays loadEmbedded() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                throw new IllegalStateException("the embedded " + EMBEDDED + " is missing from the jar");
            }
            return fromJson(in, EMBEDDED);
        } catch (BankHolidaysFormatException e) {
            throw new IllegalStateException("the embedded list is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Embedded {
        static final BankHolidays CALENDAR = loadEmbedded();
    }

    private static final class EmbeddedWorkingDays {
        static final WorkingDays WORKING_DAYS = WorkingDays.of(Embedded.CALENDAR);
    }
}
