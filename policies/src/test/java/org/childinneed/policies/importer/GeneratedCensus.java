package org.childinneed.policies.importer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Optional;
import org.childinneed.policies.importer.census.CensusFile;

/**
 * A census of any number of children, generated as it is read (never held in memory or on disk),
 * and a main that reads it: the capped-heap test runs it in a JVM of its own.
 */
public final class GeneratedCensus {

    private GeneratedCensus() {
    }

    /** A census of {@code children} children, each a realistic episode with every block. */
    static InputStream of(int children) {
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= children;
            }

            @Override
            public InputStream nextElement() {
                int i = next++;
                String text = i < 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails>"
                        + "<Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate>"
                        + "</CollectionDetails></Header><Children>\n"
                        : i == children ? "</Children></Message>\n" : child(i);
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static String child(int i) {
        int day = 1 + i % 27;
        return "<Child><ChildIdentifiers><LAchildID>G" + i + "</LAchildID><UPN>A00000000000" + (i % 10)
                + "</UPN><PersonBirthDate>2012-05-" + two(day) + "</PersonBirthDate></ChildIdentifiers>"
                + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>" + (i % 7 == 0 ? "AUT" : "NONE")
                + "</Disability></Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>2023-04-" + two(day)
                + "</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>"
                + "<ReferralNFA>false</ReferralNFA><Assessments><AssessmentActualStartDate>2023-04-" + two(day)
                + "</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-05-" + two(day)
                + "</AssessmentAuthorisationDate></Assessments><Section47><S47ActualStartDate>2023-06-" + two(day)
                + "</S47ActualStartDate><DateOfInitialCPC>2023-07-" + two(day) + "</DateOfInitialCPC><ICPCnotRequired>false"
                + "</ICPCnotRequired></Section47><ChildProtectionPlans><CPPstartDate>2023-07-" + two(day) + "</CPPstartDate>"
                + "<CPPendDate>2023-10-" + two(day) + "</CPPendDate><Reviews><CPPreviewDate>2023-09-" + two(day)
                + "</CPPreviewDate></Reviews></ChildProtectionPlans><CINPlanDates><CINPlanStartDate>2023-10-" + two(day)
                + "</CINPlanStartDate><CINPlanEndDate>2024-01-" + two(day) + "</CINPlanEndDate></CINPlanDates>"
                + "<CINclosureDate>2024-01-" + two(day) + "</CINclosureDate><ReasonForClosure>RC" + (1 + i % 9)
                + "</ReasonForClosure></CINdetails></Child>\n";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Reads a generated census of {@code args[0]} children; prints cases, problems and children per second. */
    public static void main(String[] args) throws Exception {
        int children = Integer.parseInt(args[0]);
        long start = System.nanoTime();
        int cases = 0;
        int problems = 0;
        try (CensusFile census = CensusFile.of(of(children))) {
            for (Optional<ImportedCase> c = census.next(); c.isPresent(); c = census.next()) {
                cases += c.get().record().isPresent() ? 1 : 0;
                problems += c.get().problems().size();
            }
            problems += census.sourceProblems().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(cases + " " + problems + " " + Math.round(children / seconds));
    }
}
