package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;

/** Picks obligations and findings out of reports for assertions. */
final class Reports {

    private Reports() {
    }

    static List<Obligation> obligations(ComplianceReport report, String rule) {
        return report.obligations().stream().filter(o -> o.rule().equals(rule)).toList();
    }

    static Obligation only(ComplianceReport report, String rule) {
        List<Obligation> found = obligations(report, rule);
        assertEquals(1, found.size(), () -> rule + ": " + found);
        return found.get(0);
    }

    static List<Finding> findings(ComplianceReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** "KEN-01 a1 2027-01-05 met-late m1": an obligation in one line, for whole-list assertions. */
    static String line(Obligation o) {
        return o.rule() + " " + o.trigger().label() + " " + o.due() + " " + o.status().code()
                + o.satisfiedBy().map(s -> " " + s.label()).orElse("");
    }
}
