package org.childinneed.policies.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.ExtendedEvent;
import org.childinneed.model.event.Visit;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.junit.jupiter.api.Test;

/**
 * Case files with what issue 12 added: attributes a policy adds to national event types (read and
 * checked with the policy, ignored without it) and an event's optional {@code time}.
 */
class ExtendedCaseFilesTest {

    private static final CompiledPolicy WALSALL = BundledPolicies.standard()
            .compile(Path.of("..", "dsl", "src", "test", "resources", "sixth-authority", "walsall.cin")).policy().orElseThrow();

    private static String caseWith(String event) {
        return "{\"case\": \"W-1\", \"child\": {\"born\": \"2015-01-01\"}, \"events\": [" + event + "]}";
    }

    @Test
    void withThePolicyAnAddedAttributeIsReadBesideTheNationalOnes() throws CaseFileException {
        CaseRecord record = CaseFileReader.parse("w.json", caseWith(
                "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-04\", \"seen\": \"alone\", \"childNotSeen\": false}"),
                WALSALL.declaredVocabulary());
        CaseEvent visit = record.events().get(0);
        assertInstanceOf(ExtendedEvent.class, visit);
        assertInstanceOf(Visit.class, ExtendedEvent.national(visit));
        assertEquals("alone", visit.attribute("seen").map(v -> ((org.childinneed.model.Coded) v).code()).orElseThrow());
        assertEquals(Optional.of(false), visit.attribute("childNotSeen"));
        assertTrue(CaseFileWriter.write(record).contains("\"seen\" : \"alone\""), CaseFileWriter.write(record));
    }

    @Test
    void aVisitGivingNoAddedAttributeIsTheNationalEventAsBefore() throws CaseFileException {
        String file = caseWith("{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-04\"}");
        assertEquals(CaseFileReader.parse("w.json", file), CaseFileReader.parse("w.json", file, WALSALL.declaredVocabulary()));
    }

    @Test
    void withThePolicyAnAddedAttributeIsCheckedAsDeclared() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileReader.parse("w.json", caseWith(
                "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-04\", \"seen\": \"alon\"}"), WALSALL.declaredVocabulary()));
        Problem problem = e.problems().get(0);
        assertEquals("unknown-code", problem.code());
        assertTrue(problem.message().contains("did you mean 'alone'?"), problem.message());
    }

    @Test
    void withoutThePolicyAnAddedAttributeIsAnUnknownFieldAndIgnored() throws CaseFileException {
        CaseRecord record = CaseFileReader.parse("w.json", caseWith(
                "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-04\", \"seen\": \"alon\"}"));
        assertInstanceOf(Visit.class, record.events().get(0));
        assertEquals(Optional.empty(), record.events().get(0).attribute("seen"));
    }

    @Test
    void anEventsTimeIsReadAndWrittenBack() throws CaseFileException {
        CaseRecord record = CaseFileReader.parse("w.json", caseWith(
                "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-04\", \"time\": \"09:05\"}"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), record.timeOf(record.events().get(0)));
        assertTrue(CaseFileWriter.write(record).contains("\"time\" : \"09:05\""), CaseFileWriter.write(record));
    }

    @Test
    void aTimeThatIsNoTimeOfDayMakesTheFileBad() {
        for (String bad : new String[] {"\"24:00\"", "\"9:05\"", "\"09:05:00\"", "905"}) {
            CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileReader.parse("w.json", caseWith(
                    "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-04\", \"time\": " + bad + "}")));
            assertEquals(Optional.of("time"), e.problems().get(0).location().field(), bad);
        }
    }
}
