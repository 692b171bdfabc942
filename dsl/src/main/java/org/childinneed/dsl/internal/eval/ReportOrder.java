package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.childinneed.model.compliance.Obligation;

/**
 * Puts a plan's obligations in the order a report sorts them (by due date, rule, trigger date,
 * trigger), or near it, cheaply: each obligation gets one number made of its due date, its rule's
 * place among the plan's rules in name order and its trigger date, and the numbers are sorted as
 * numbers, which takes no comparator. The report still sorts, and is the judge of the order; given
 * its obligations in order already, its sort finds one run instead of comparing ~200 pairs. Dates
 * outside 1900 to 2199, a list too long to number or too many rules leave the list as it is.
 */
final class ReportOrder {

    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;
    /** A date's number: 17 bits, for 300 years of 12 months of 31 days. */
    private static final int DATE_BITS = 17;
    private static final int RULE_BITS = 12;
    private static final int POSITION_BITS = 63 - 2 * DATE_BITS - RULE_BITS;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    /** Each node's rule's place among the plan's rule names in the order {@code String.compareTo} gives. */
    private final int[] ranks;

    /** The order of the rules named {@code rules}, one name per node. */
    ReportOrder(List<String> rules) {
        String[] names = rules.stream().distinct().sorted().toArray(String[]::new);
        this.ranks = rules.stream().mapToInt(rule -> Arrays.binarySearch(names, rule)).toArray();
    }

    /** Whether the plan's rules can be numbered at all. */
    private boolean numbered() {
        return ranks.length < (1 << RULE_BITS);
    }

    /**
     * Sorts the obligations of {@code results} in place, each made by the node whose end
     * ({@link Results#endOfNode}) comes first after it.
     */
    void sort(Results results) {
        List<Obligation> obligations = results.obligations;
        int[] ends = results.nodeEnds();
        int n = obligations.size();
        if (n < 2 || !numbered() || n > POSITION_MASK) {
            return;
        }
        long[] keys = new long[n];
        int node = 0;
        for (int i = 0; i < n; i++) {
            while (i >= ends[node]) {
                node++;
            }
            Obligation o = obligations.get(i);
            long due = number(o.due());
            long trigger = number(o.triggerDate());
            if (due < 0 || trigger < 0) {
                return;
            }
            keys[i] = due << (63 - DATE_BITS) | (long) ranks[node] << (POSITION_BITS + DATE_BITS)
                    | trigger << POSITION_BITS | i;
        }
        Arrays.sort(keys);
        Obligation[] sorted = new Obligation[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = obligations.get((int) (keys[i] & POSITION_MASK));
        }
        for (int i = 0; i < n; i++) {
            obligations.set(i, sorted[i]);
        }
    }

    /** The date as a number in date order, or -1 outside the years numbered. */
    private static long number(LocalDate date) {
        int year = date.getYear() - FIRST_YEAR;
        if (year < 0 || year >= YEARS) {
            return -1;
        }
        return (year * 12L + date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
    }
}
