package org.childinneed.policies.robustness;

import java.nio.file.Path;
import java.time.LocalDate;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.report.JsonReport;
import org.childinneed.policies.report.Style;
import org.childinneed.policies.report.TextReport;

/** Run in a JVM of its own with a capped heap by {@link CappedHeapTest}: reads, evaluates and renders one file. */
public final class CappedHeapMain {

    private CappedHeapMain() {
    }

    public static void main(String[] args) throws Exception {
        long size;
        try {
            ComplianceReport report = BundledPolicies.standard().get("kent")
                    .evaluate(CaseFileReader.read(Path.of(args[0])), LocalDate.of(2027, 3, 1));
            size = "json".equals(args[1]) ? JsonReport.render(java.util.List.of(report), false).length()
                    : TextReport.render(report, Style.PLAIN).length();
        } catch (CaseFileException e) {
            size = -e.problems().size();
        }
        System.out.println("ok " + size);
    }
}
