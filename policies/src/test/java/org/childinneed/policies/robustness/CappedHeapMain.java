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
        if ("scripts".equals(args[0])) {
            compileScriptsAtTheSizeLimit();
            return;
        }
        long size;
        try {
            ComplianceReport report = BundledPolicies.standard().get("kent")
                    .evaluate(CaseFileReader.read(Path.of(args[0])), LocalDate.of(2027, 3, 1));
            size = switch (args[1]) {
                case "json" -> JsonReport.render(java.util.List.of(report), false).length();
                case "html" -> org.childinneed.policies.report.HtmlReport.render(java.util.List.of(report),
                        java.util.Optional.empty()).length();
                default -> TextReport.render(report, Style.PLAIN).length();
            };
        } catch (CaseFileException e) {
            size = -e.problems().size();
        }
        System.out.println("ok " + size);
    }

    /**
     * The scripts that make the most of the size limit: a condition of 35,000 terms (the largest
     * tree), as many small rules as fit, and a million stray characters (the most diagnostics).
     */
    private static void compileScriptsAtTheSizeLimit() {
        String header = "policy big \"Big\"\n  version \"1\"\n  source \"s\"\n\n";
        String chain = header + "rule H-01 \"h\"\n  cite \"c\"\n  finding chair-not-permitted\n    for each meeting\n"
                + "    if meeting is initial\n    unless " + "chair is team-manager or ".repeat(34_999) + "chair is team-manager\n";
        StringBuilder rules = new StringBuilder(header);
        for (int i = 0; ; i++) {
            String rule = "rule R-" + i + " \"r\"\n  cite \"c\"\n  obligation visit\n    when plan-started\n"
                    + "    due within 4 weeks\n    met by visit\n\n";
            if (rules.length() + rule.length() > org.childinneed.dsl.PolicySource.MAX_CHARACTERS) {
                break;
            }
            rules.append(rule);
        }
        String stray = header + ")".repeat(org.childinneed.dsl.PolicySource.MAX_CHARACTERS - header.length());
        org.childinneed.dsl.PolicyCompiler compiler = org.childinneed.dsl.PolicyCompiler.create(
                org.childinneed.policies.calendar.BankHolidays.englandAndWalesWorkingDays(), BundledPolicies.standard());
        StringBuilder out = new StringBuilder("ok");
        for (String script : java.util.List.of(chain, rules.toString(), stray)) {
            org.childinneed.dsl.Compilation compilation = compiler.compile(new org.childinneed.dsl.PolicySource("big.cin", script));
            out.append(' ').append(compilation.succeeded() ? "compiled" : compilation.errorCount() + "-errors")
                    .append(':').append(compilation.render().length());
        }
        System.out.println(out);
    }
}
