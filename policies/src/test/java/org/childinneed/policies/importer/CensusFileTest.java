package org.childinneed.policies.importer;

import static org.childinneed.policies.importer.CensusFiles.census;
import static org.childinneed.policies.importer.CensusFiles.child;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;

class CensusFileTest {

    private static CensusFiles realistic() throws IOException {
        try (InputStream in = CensusFileTest.class.getResourceAsStream("/census/realistic-2024.xml")) {
            return CensusFiles.read(in.readAllBytes());
        }
    }

    static String events(CaseRecord record) {
        return record.events().stream().map(e -> e.ref().label() + " " + e.type().code() + " " + e.date()
                + e.type().attributes().stream().flatMap(s -> e.attribute(s.name()).filter(v -> !Boolean.FALSE.equals(v)).stream()
                        .map(v -> " " + s.name() + "=" + (v instanceof org.childinneed.model.Coded c ? c.code() : v)))
                        .collect(Collectors.joining())).collect(Collectors.joining("\n"));
    }

    @Test
    void everyEpisodeOfTheRealisticFixtureIsReadWithoutProblems() throws IOException {
        CensusFiles read = realistic();
        assertEquals(List.of(), read.described());
        assertEquals(List.of("C1001-1", "C1002-1", "C1003-1", "C1010-1", "C1011-1", "C1012-1", "C1013-1", "C1014-1",
                "C1015-1", "C1020-1", "C1020-2"), read.cases.stream().map(ImportedCase::caseId).toList());
        assertTrue(read.cases.stream().allMatch(c -> c.record().isPresent()));
    }

    @Test
    void aChildProtectionEpisodeMapsEveryBlockAndKeepsEveryReviewDate() throws IOException {
        CaseRecord c1002 = realistic().cases.get(1).record().orElseThrow();
        assertTrue(c1002.child().disabled());
        assertEquals("""
                r1 referral 2023-09-01
                a1s assessment-started 2023-09-04
                s1 s47-enquiry-started 2023-09-04
                c1 initial-cp-conference 2023-09-27 outcome=cp-plan
                cr1 cp-review 2023-12-20
                cr2 cp-review 2024-01-10
                k0 cp-conference 2024-01-10 outcome=step-down-to-cin
                p1 plan-started 2024-01-10 origin=child-protection
                p1e plan-ended 2024-02-20 reason=adopted""", events(c1002));
    }

    @Test
    void closureReasonCodesBecomeReasonsWhenThePlanEndsOnTheClosureDate() throws IOException {
        Map<String, String> reasons = realistic().cases.stream().map(c -> c.record().orElseThrow())
                .collect(Collectors.toMap(CaseRecord::caseId, r -> r.events().stream()
                        .filter(e -> e.type().code().equals("plan-ended"))
                        .map(e -> ((org.childinneed.model.Coded) e.attribute("reason").orElseThrow()).code())
                        .collect(Collectors.joining(","))));
        assertEquals("no-longer-in-need", reasons.get("C1001-1"));            // RC7
        assertEquals("adopted", reasons.get("C1002-1"));                       // RC1
        assertEquals("died", reasons.get("C1010-1"));                          // RC2
        assertEquals("child-arrangements-order", reasons.get("C1011-1"));      // RC3
        assertEquals("special-guardianship-order", reasons.get("C1012-1"));    // RC4
        assertEquals("transferred-to-another-authority", reasons.get("C1013-1")); // RC5
        assertEquals("adult-social-care", reasons.get("C1014-1"));             // RC6
        assertEquals("stepped-down-to-early-help", reasons.get("C1015-1"));    // RC9
        assertEquals("", reasons.get("C1003-1"));                              // RC8: no plan to end
    }

    @Test
    void anAssessmentIsInNeedWhenAPlanFollowsAndAnUnbornChildIsBornOnTheExpectedDate() throws IOException {
        CensusFiles read = realistic();
        assertTrue(events(read.cases.get(0).record().orElseThrow()).contains("a1 assessment-completed 2023-05-15 outcome=in-need"));
        assertTrue(events(read.cases.get(9).record().orElseThrow()).contains("a1 assessment-completed 2022-03-10 outcome=not-in-need"));
        assertEquals("2024-05-01", read.cases.get(2).record().orElseThrow().child().born().toString());
        assertTrue(events(read.cases.get(10).record().orElseThrow())
                .contains("s1e s47-enquiry-completed 2024-03-01 outcome=no-further-action"));
    }

    @Test
    void damagedChildrenGiveClearProblemsAndLoseNoOtherChild() {
        CensusFiles read = CensusFiles.read(census(
                child("C1", "2015-02-30", "<CINreferralDate>2023-01-02</CINreferralDate>"),
                child("C2", "2015-01-01", "<CINreferralDate>2023-01-02</CINreferralDate><ReasonForClosure>RC10</ReasonForClosure>"
                        + "<Assessments><AssessmentActualStartDate>yesterday</AssessmentActualStartDate></Assessments>"),
                "<Child><ChildIdentifiers><UPN>A123456789012</UPN><PersonBirthDate>2015-01-01</PersonBirthDate></ChildIdentifiers>"
                        + "<CINdetails><CINreferralDate>2023-01-02</CINreferralDate></CINdetails></Child>",
                child("C4", "2015-01-01", "<ReferralNFA>maybe</ReferralNFA>"),
                child("C5", "2015-01-01", "<CINreferralDate>2023-01-02</CINreferralDate>")));
        assertEquals(List.of(
                "census.xml:3: child LAchildID \"C1\", Child/ChildIdentifiers/PersonBirthDate: '2015-02-30' is not a real date in the form YYYY-MM-DD",
                "census.xml:4: child LAchildID \"C2\", episode 1, Child/CINdetails/ReasonForClosure: not a census closure reason (RC1 to RC9)",
                "census.xml:4: child LAchildID \"C2\", episode 1, Child/CINdetails/Assessments/AssessmentActualStartDate: is not a real date in the form YYYY-MM-DD",
                "census.xml:5: Child/ChildIdentifiers/LAchildID: missing",
                "census.xml:6: child LAchildID \"C4\", episode 1, Child/CINdetails/ReferralNFA: not true, false, 1 or 0",
                "census.xml:6: child LAchildID \"C4\", episode 1, Child/CINdetails/CINreferralDate: missing"),
                read.described());
        assertEquals(List.of("C2-1", "C5-1"), read.cases.stream().filter(c -> c.record().isPresent())
                .map(ImportedCase::caseId).toList());
        assertFalse(String.join("\n", read.described()).contains("A123456789012"));
    }

    @Test
    void aTruncatedFileKeepsTheChildrenBeforeTheBreak() {
        String whole = census(child("C1", "2015-01-01", "<CINreferralDate>2023-01-02</CINreferralDate>"),
                child("C2", "2015-01-01", "<CINreferralDate>2023-01-02</CINreferralDate>"));
        CensusFiles read = CensusFiles.read(whole.substring(0, whole.indexOf("C2") + 30));
        assertEquals(List.of("C1-1"), read.cases.stream().map(ImportedCase::caseId).toList());
        assertEquals(1, read.fileProblems.size());
        assertTrue(read.described().get(0).contains("children after this point are not read"), read.described().get(0));
    }

    @Test
    void bytesNotInTheDeclaredEncodingStopTheReadWithoutEchoingThem() {
        byte[] good = census(child("C1", "2015-01-01", "<CINreferralDate>2023-01-02</CINreferralDate>")).getBytes(StandardCharsets.UTF_8);
        String bad = "<Child><ChildIdentifiers><LAchildID>C2</LAchildID><UPN>Jos\u00e9</UPN></ChildIdentifiers></Child>";
        String text = new String(good, StandardCharsets.UTF_8).replace("</Children>", bad + "</Children>");
        CensusFiles read = CensusFiles.read(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("C1-1"), read.cases.stream().map(ImportedCase::caseId).toList());
        assertEquals(1, read.fileProblems.size(), read.described().toString());
        assertFalse(read.described().get(0).contains("Jos"));
    }

    @Test
    void aFileThatIsNotACensusSaysSo() {
        CensusFiles read = CensusFiles.read("<?xml version=\"1.0\"?><Report/>");
        assertEquals(List.of("census.xml:1: the root element is not Message: not a Children in Need census file"),
                read.described());
    }

    @Test
    void aDoctypeIsRefused() {
        CensusFiles read = CensusFiles.read("<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>");
        assertTrue(read.cases.stream().allMatch(c -> c.record().isEmpty()));
        assertFalse(String.join("\n", read.described()).contains("root:"));
    }
}
