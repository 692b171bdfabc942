package org.childinneed.policies.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CaseloadSummary;
import org.childinneed.policies.caseload.CheckedCase;
import org.childinneed.policies.caseload.ReportWriter;

/**
 * Reports as one HTML page, written after the last case: one case as its report page; several as
 * a caseload page that opens with their summary. Holds every case until the end, so it refuses
 * more than {@link #ONE_PAGE_LIMIT}: a larger caseload goes to {@link HtmlFolderWriter}.
 */
final class HtmlWriter implements ReportWriter {

    /** The most cases one page holds; any browser opens a page of this many at once. */
    static final int ONE_PAGE_LIMIT = 300;

    private final Writer out;
    private final List<CheckedCase> cases = new ArrayList<>();
    private Optional<PolicyInfo> policy = Optional.empty();
    private LocalDate asOf;

    HtmlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(PolicyInfo policy, LocalDate asOf) {
        this.policy = Optional.of(policy);
        this.asOf = asOf;
    }

    @Override
    public void write(CheckedCase checked) throws IOException {
        if (cases.size() == ONE_PAGE_LIMIT) {
            throw new IOException("more than " + ONE_PAGE_LIMIT + " cases do not fit on one HTML page; write them to a folder");
        }
        cases.add(checked);
    }

    @Override
    public void end(CaseloadOutcome outcome) throws IOException {
        if (cases.size() == 1 || cases.size() > 1 && policy.isEmpty()) {
            out.write(HtmlReport.render(cases.stream().map(CheckedCase::report).toList(), policy));
        } else if (cases.size() > 1) {
            out.write(page());
        }
        out.flush();
    }

    private String page() {
        CaseloadSummary summary = new CaseloadSummary(ONE_PAGE_LIMIT);
        cases.forEach(summary::add);
        StringBuilder page = new StringBuilder(cases.size() * 8192);
        CaseloadPage.open(page, "Child in Need caseload", policy.orElseThrow(), asOf, CaseloadPage.counts(summary));
        CaseloadPage.summary(page, summary, position -> "#" + CaseloadPage.anchor(position));
        page.append("<h2>Cases</h2>\n").append(HtmlReport.LEGEND);
        for (int i = 0; i < cases.size(); i++) {
            CaseloadPage.caseSection(page, cases.get(i), i + 1, "#summary");
        }
        CaseloadPage.close(page);
        return page.toString();
    }
}
