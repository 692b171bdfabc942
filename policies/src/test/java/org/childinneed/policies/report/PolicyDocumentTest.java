package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.childinneed.dsl.OutOfScope;
import org.childinneed.dsl.RuleSummary;
import org.childinneed.model.compliance.Citation;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

    private static final RuleSummary INITIAL = new RuleSummary("initial-meeting", List.of("KEN-01"), "initial-meeting",
            new Citation("kent.txt, 5. Child in Need Meetings"),
            "An initial meeting within 10 working days of an assessment that finds the child in need.", Optional.empty());
    private static final RuleSummary VISITS = new RuleSummary("visits", List.of("KEN-05"), "visit",
            new Citation("kent.txt, 5"), "A visit at least every 4 weeks.", Optional.of("working-together"));

    @Test
    void rulesInOrderWithClausesCitationsAndInheritance() {
        String md = PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL, VISITS),
                List.of(new OutOfScope("KEN-14", "closure reasons | are a vocabulary")));
        assertTrue(md.startsWith("# Kent CIN plans & meetings\n"), md);
        assertTrue(md.contains("| Policy id | `kent` |"), md);
        assertTrue(md.contains("| Rules | 2 (1 inherited) |"), md);
        assertTrue(md.indexOf("### 1. initial-meeting (KEN-01)") < md.indexOf("### 2. visits (KEN-05)"), md);
        assertTrue(md.contains("An initial meeting within 10 working days"), md);
        assertTrue(md.contains("- Source: kent.txt, 5. Child in Need Meetings\n"), md);
        assertTrue(md.contains("- Inherited from: `working-together`"), md);
        assertTrue(md.contains("| KEN-14 | closure reasons \\| are a vocabulary |"), md);
    }

    @Test
    void aPolicyWithNothingOutOfScopeSaysSo() {
        String md = PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL), List.of());
        assertTrue(md.contains("## Out of scope\n\nEvery clause of the source is checked.\n"), md);
    }

    @Test
    void rulesComeInTheOrderACaseMeetsThemWhateverTheScriptOrder() {
        RuleSummary closure = new RuleSummary("KEN-14", List.of("KEN-14"), "closure-reason-not-permitted",
                new Citation("kent.txt, 7"), "A plan ends only for the reasons listed.", Optional.empty());
        RuleSummary moveOut = new RuleSummary("KEN-16", List.of("KEN-16"), "transfer-notification",
                new Citation("kent.txt, 8"), "Notify the receiving authority.", Optional.empty());
        RuleSummary assessment = new RuleSummary("WT-02", List.of("WT-02"), "assessment",
                new Citation("Working Together, 1"), "An assessment within 45 working days.", Optional.of("working-together"));
        String md = PolicyDocument.markdown(SampleReports.KENT, List.of(moveOut, closure, VISITS, INITIAL, assessment),
                List.of());
        List<String> order = md.lines().filter(l -> l.startsWith("## ") || l.startsWith("### ")).toList();
        assertEquals(List.of("## Referral and assessment", "### 1. WT-02",
                "## The first meeting, and who chairs meetings", "### 2. initial-meeting (KEN-01)",
                "## While the plan is open", "### 3. visits (KEN-05)",
                "## Ending the plan", "### 4. KEN-14",
                "## Moving out", "### 5. KEN-16",
                "## Out of scope"), order);
    }

    @Test
    void thePolicysDeclaredWordsAreListedWithTheirMeaningsAndNothingWhenNoneAre() {
        org.childinneed.dsl.Compilation compiled = org.childinneed.dsl.PolicyCompiler.create(
                org.childinneed.policies.calendar.BankHolidays.englandAndWalesWorkingDays(),
                org.childinneed.policies.bundled.BundledPolicies.standard())
                .compile(new org.childinneed.dsl.PolicySource("t.cin", """
                        policy t "T" version "1" source "t.txt"
                        event family-network-meeting "a family network meeting"
                          attribute chair role
                        obligation kind safety-plan "a written safety plan"
                        role family-group-coordinator "a family group conference coordinator"
                        plan element frequency-of-visits "how often the child is to be visited"
                        rule T-01 "x"
                          cite "s"
                          finding chair-not-permitted
                            for each meeting
                            unless chair is family-group-coordinator
                        """));
        String md = PolicyDocument.markdown(compiled.policy().orElseThrow());
        assertTrue(md.contains("## Words this policy declares\n\n"), md);
        assertTrue(md.contains("""
                | `family-network-meeting` | event type (attributes: chair) | a family network meeting |
                | `safety-plan` | obligation kind | a written safety plan |
                | `family-group-coordinator` | role | a family group conference coordinator |
                | `frequency-of-visits` | plan element | how often the child is to be visited |
                """), md);
        assertTrue(md.indexOf("## Words this policy declares") < md.indexOf("## Out of scope"), md);
        assertTrue(!PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL), List.of()).contains("declares"));
    }

    @Test
    void clausesNotExpressibleHaveASectionAndACountOfTheirOwn() {
        String md = PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL),
                List.of(new OutOfScope("KEN-14", "not recorded"), new OutOfScope("KEN-30", "a deadline in hours", true)));
        assertTrue(md.contains("| Clauses out of scope (a case record cannot show them) | 1 |\n"
                + "| Clauses not yet expressible in the language | 1 |\n"), md);
        assertTrue(md.contains("## Out of scope\n\n| Clause | Why it cannot be checked from a case record |\n|---|---|\n"
                + "| KEN-14 | not recorded |\n"), md);
        assertTrue(md.contains("## Not yet expressible\n\n"), md);
        assertTrue(md.contains("| Clause | What the language lacks |\n|---|---|\n| KEN-30 | a deadline in hours |\n"), md);
        assertTrue(md.indexOf("## Out of scope") < md.indexOf("## Not yet expressible"), md);
        String none = PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL), List.of(new OutOfScope("KEN-30", "hours", true)));
        assertTrue(none.contains("## Out of scope\n\nNone: a case record can show every clause of the source.\n"), none);
        assertTrue(!PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL), List.of()).contains("Not yet expressible"));
    }

    @Test
    void aRuleReadsAsAProcedureUnderItsTitleWithItsClausesAndCitation() {
        String md = PolicyDocument.markdown(org.childinneed.policies.bundled.BundledPolicies.standard().get("kent"));
        assertTrue(md.contains("""
                ### 3. KEN-01

                **Initial CIN meeting within 10 working days of an assessment that identifies s17 need**

                When an assessment is completed and its outcome is in need, an initial meeting is due within 10 working days.\
                 It is satisfied by an initial meeting since the last assessment started.

                - Clauses: KEN-01
                - Reports: initial-meeting
                - Source: kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting
                """), md);
    }

    /** Script syntax that must not reach a rule's words: the words of a script, brackets, codes as written. */
    private static final java.util.regex.Pattern SCRIPT_SYNTAX = java.util.regex.Pattern.compile(
            "\\bwith (outcome|meeting|chair|by|kind|reason|about|points|elements)\\b|\\bmet by\\b|\\[|\\]|\\bfor each\\b"
            + "|\\bthen every\\b|\\bwaived when\\b|\\bcounted from the later of date\\b|\\bdue within \\d+ [a-z ]+;"
            + "|\\b[a-z]+-[a-z]+\\b|\\b[a-z]+[A-Z]\\w*\\b");

    @Test
    void everyBundledPolicyRendersItsRulesWithoutScriptSyntax() {
        org.childinneed.policies.bundled.BundledPolicies bundled = org.childinneed.policies.bundled.BundledPolicies.standard();
        List<String> wrong = new java.util.ArrayList<>();
        for (String id : List.of("kent", "slough", "herefordshire", "sefton", "cheshire-west", "working-together")) {
            String md = PolicyDocument.markdown(bundled.get(id));
            // The paragraph after each rule's title: the rule in plain words.
            String[] blocks = md.split("\n\n");
            for (int i = 0; i + 1 < blocks.length; i++) {
                if (blocks[i].startsWith("**") && blocks[i].endsWith("**")) {
                    java.util.regex.Matcher syntax = SCRIPT_SYNTAX.matcher(blocks[i + 1]);
                    if (syntax.find()) {
                        wrong.add(id + ": '" + syntax.group() + "' in " + blocks[i + 1]);
                    }
                }
            }
            assertTrue(md.contains("It is satisfied by") || md.contains("is reported as"), md);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aDatedVersionIsShownWithTheDayItTookEffect() {
        String md = PolicyDocument.markdown(org.childinneed.policies.bundled.BundledPolicies.standard().get("working-together"));
        assertTrue(md.contains("| Version | 2023 (in force from Fri 15 Dec 2023) |\n"), md);
        assertTrue(PolicyDocument.markdown(SampleReports.KENT, List.of(INITIAL), List.of()).contains("| Version | "
                + SampleReports.KENT.version() + " |\n"));
    }
}
