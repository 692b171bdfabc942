package org.childinneed.policies.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.event.ManagementDecision;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.PlanUpdated;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.PlanElement;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileReaderTest {

    /** A string that stands for personal data: it must never appear in any message. */
    private static final String SENTINEL = "Zebedee Quintrell";

    private static final String CONTRACT_EXAMPLE = """
            {
              "case": "K-0001",
              "child": { "born": "2014-05-04", "disabled": false },
              "events": [
                { "id": "r1", "type": "referral", "date": "2026-11-02" },
                { "id": "a1", "type": "assessment-completed", "date": "2026-12-17", "outcome": "in-need" },
                { "id": "m1", "type": "meeting", "date": "2027-01-06", "meeting": "initial", "chair": "team-manager" },
                { "type": "minutes-distributed", "date": "2027-01-15", "meetingRef": "m1" }
              ]
            }
            """;

    private static String caseWith(String... events) {
        return "{\n\"case\": \"K-9\",\n\"child\": {\"born\": \"2014-05-04\"},\n\"events\": [\n"
                + String.join(",\n", events) + "\n]\n}";
    }

    private static CaseFileException failure(String json) {
        return assertThrows(CaseFileException.class, () -> CaseFileReader.parse("case.json", json));
    }

    private static Problem only(CaseFileException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void readsTheContractExample() throws CaseFileException {
        CaseRecord record = CaseFileReader.parse("k.json", CONTRACT_EXAMPLE);
        assertEquals("K-0001", record.caseId());
        assertEquals(LocalDate.of(2014, 5, 4), record.child().born());
        assertEquals(4, record.events().size());
        Meeting meeting = (Meeting) record.events().get(2);
        assertEquals(EventRef.of(2, "m1"), meeting.ref());
        assertEquals(MeetingType.INITIAL, meeting.meetingType());
        assertEquals(Role.TEAM_MANAGER, meeting.chair());
        MinutesDistributed minutes = (MinutesDistributed) record.events().get(3);
        assertEquals(EventRef.at(3), minutes.ref());
        assertEquals(Optional.of("m1"), minutes.meetingRef());
    }

    @Test
    void readsEveryKindOfAttributeAndIgnoresUnknownFields() throws CaseFileException {
        CaseRecord record = CaseFileReader.parse("k.json", caseWith(
                "{\"type\": \"plan-updated\", \"date\": \"2027-01-06\", \"points\": 7, \"elements\": [\"keyworker\", \"contingency\"], \"colour\": \"blue\"}",
                "{\"type\": \"management-decision\", \"date\": \"2027-01-07\", \"about\": \"early-closure\", \"by\": \"team-manager\", \"rationale\": \"" + SENTINEL + "\"}"));
        PlanUpdated plan = (PlanUpdated) record.events().get(0);
        assertEquals(Optional.of(7), plan.points());
        assertEquals(Optional.of(java.util.Set.of(PlanElement.KEYWORKER, PlanElement.CONTINGENCY)), plan.elements());
        ManagementDecision decision = (ManagementDecision) record.events().get(1);
        assertEquals(Optional.of(new FreeText(SENTINEL)), decision.rationale());
    }

    @Test
    void anImpossibleDateNamesEventFieldAndLine() {
        Problem p = only(failure(caseWith("{\"id\": \"a1\", \"type\": \"referral\", \"date\": \"2026-02-30\"}")));
        assertEquals(Optional.of(EventRef.of(0, "a1")), p.location().event());
        assertEquals(Optional.of("date"), p.location().field());
        assertEquals(5, p.location().line());
        assertEquals(CaseFileCodes.DATE_NOT_REAL, p.code());
        assertTrue(p.message().contains("2026-02-30") && p.message().contains("28 days"), p.message());
    }

    @Test
    void aDateThatIsNotIsoIsNotRepeated() {
        Problem p = only(failure(caseWith("{\"type\": \"referral\", \"date\": \"" + SENTINEL + "\"}")));
        assertEquals(Optional.of("date"), p.location().field());
        assertFalse(p.message().contains(SENTINEL));
    }

    @Test
    void anUnknownEventTypeGetsADidYouMean() {
        Problem p = only(failure(caseWith("{\"type\": \"referral\", \"date\": \"2026-01-05\"}",
                "{\"id\": \"m1\", \"type\": \"meting\", \"date\": \"2026-01-05\"}")));
        assertEquals(Optional.of(EventRef.of(1, "m1")), p.location().event());
        assertEquals(Optional.of("type"), p.location().field());
        assertEquals(CaseFileCodes.UNKNOWN_EVENT_TYPE, p.code());
        assertEquals("unknown event type 'meting'; did you mean 'meeting'?", p.message());
    }

    @Test
    void anUnknownCodeGetsADidYouMeanAndTheFormatOfTheBrief() {
        CaseFileException e = failure(caseWith(
                "{\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"2027-01-06\", \"meeting\": \"initial\", \"chair\": \"team-manger\"}"));
        assertEquals("case.json:5: event #0 (id \"m1\"), field chair: unknown role 'team-manger'; did you mean 'team-manager'?",
                e.getMessage());
    }

    @Test
    void anUnknownCodeThatIsNotATokenIsNotRepeated() {
        Problem p = only(failure(caseWith(
                "{\"type\": \"meeting\", \"date\": \"2027-01-06\", \"meeting\": \"initial\", \"chair\": \"" + SENTINEL + "\"}")));
        assertTrue(p.message().startsWith("not a known role"), p.message());
        assertFalse(p.message().contains(SENTINEL));
    }

    @Test
    void aMissingRequiredAttributeIsNamed() {
        Problem p = only(failure(caseWith("{\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"2027-01-06\", \"meeting\": \"review\"}")));
        assertEquals(Optional.of("chair"), p.location().field());
        assertTrue(p.message().startsWith("missing"), p.message());
    }

    @Test
    void aWrongValueTypeSaysWhatWasExpectedWithoutTheValue() {
        Problem p = only(failure(caseWith(
                "{\"type\": \"management-decision\", \"date\": \"2027-01-06\", \"rationale\": [\"" + SENTINEL + "\"]}")));
        assertEquals(Optional.of("rationale"), p.location().field());
        assertEquals("expected text (a string), found a list", p.message());
    }

    @Test
    void aDanglingMeetingRefIsAnErrorNamingTheReference() {
        Problem p = only(failure(caseWith("{\"type\": \"minutes-distributed\", \"date\": \"2027-01-15\", \"meetingRef\": \"m9\"}")));
        assertEquals(Optional.of(EventRef.at(0)), p.location().event());
        assertEquals(Optional.of("meetingRef"), p.location().field());
        assertEquals(org.childinneed.model.timeline.CaseRules.MEETING_REF_UNKNOWN, p.code());
        assertTrue(p.message().contains("m9"), p.message());
    }

    @Test
    void duplicateIdsAreErrors() {
        Problem p = only(failure(caseWith("{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-15\"}",
                "{\"id\": \"v1\", \"type\": \"visit\", \"date\": \"2027-01-16\"}")));
        assertEquals(Optional.of(EventRef.of(1, "v1")), p.location().event());
        assertEquals(Optional.of("id"), p.location().field());
    }

    @Test
    void everyProblemInTheFileIsReportedAtOnceInFileOrder() {
        CaseFileException e = failure("{\"case\": \"K\", \"child\": {}, \"events\": [\n"
                + "{\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"2027-01-06\", \"meeting\": \"initial\"},\n"
                + "{\"type\": \"visit\", \"date\": \"2027-13-01\"},\n"
                + "{\"type\": \"case-note\", \"date\": \"2027-01-07\", \"meetingRef\": \"nope\"},\n"
                + "{\"type\": \"plan-updated\", \"date\": \"2027-01-07\", \"elements\": [\"objectives\", 4]}\n]}");
        List<String> fields = e.problems().stream().map(p -> p.location().field().orElse("")).toList();
        assertEquals(List.of("child.born", "chair", "date", "meetingRef", "elements[1]"), fields);
        assertEquals(5, e.getMessage().lines().count());
    }

    @Test
    void aReferenceToAnUnreadableMeetingIsNotCalledDangling() {
        Problem p = only(failure(caseWith(
                "{\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"2027-01-06\", \"meeting\": \"initial\", \"chair\": \"boss\"}",
                "{\"type\": \"case-note\", \"date\": \"2027-01-07\", \"meetingRef\": \"m1\"}")));
        assertEquals(Optional.of("chair"), p.location().field());
    }

    @Test
    void invalidJsonNamesTheLineAndWithholdsTheContent() {
        Problem p = only(failure("{\n\"case\": \"K\",\n\"child\": " + SENTINEL.replace(' ', '_') + "\n}"));
        assertEquals(3, p.location().line());
        assertEquals(CaseFileCodes.NOT_JSON, p.code());
        assertTrue(p.message().startsWith("not valid JSON"), p.message());
        assertFalse(p.message().contains("Zebedee"), p.message());
    }

    @Test
    void aDuplicateFieldIsAnErrorNotSilentDataLoss() {
        Problem p = only(failure("{\"case\": \"K\", \"case\": \"L\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": []}"));
        assertTrue(p.message().contains("duplicate field 'case'"), p.message());
    }

    @Test
    void theTopLevelMustBeACase() {
        assertTrue(only(failure("[]")).message().startsWith("expected a JSON object"));
        assertEquals("the file is empty", only(failure("  ")).message());
        assertEquals(List.of("case", "child", "events"),
                failure("{}").problems().stream().map(p -> p.location().field().orElse("")).toList());
    }

    @Test
    void aTreeIsReadWithoutLineNumbers() throws Exception {
        var tree = new ObjectMapper().readTree(caseWith("{\"type\": \"visit\"}"));
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseTreeReader.read("scenario.json#case", org.childinneed.policies.internal.json.LocatedJson.ofTree(tree)));
        assertEquals(0, only(e).location().line());
        assertEquals("scenario.json#case", e.source());
        CaseRecord ok = CaseTreeReader.read("x", org.childinneed.policies.internal.json.LocatedJson.ofTree(new ObjectMapper().readTree(CONTRACT_EXAMPLE)));
        assertEquals(4, ok.events().size());
    }

    @Test
    void filesThatCannotBeReadAreNamed(@TempDir Path dir) throws Exception {
        CaseFileException missing = assertThrows(CaseFileException.class, () -> CaseFileReader.read(dir.resolve("nope.json")));
        assertEquals(dir.resolve("nope.json") + ": no such file", missing.getMessage());
        CaseFileException directory = assertThrows(CaseFileException.class, () -> CaseFileReader.read(dir));
        assertTrue(directory.getMessage().endsWith("is a directory, not a case file"));
        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
        assertTrue(assertThrows(CaseFileException.class, () -> CaseFileReader.read(latin1)).getMessage().endsWith("is not UTF-8 text"));
        Path good = Files.writeString(dir.resolve("good.json"), "\uFEFF" + CONTRACT_EXAMPLE);
        assertEquals("K-0001", CaseFileReader.read(good).caseId());
    }

    @Test
    void problemsNeverShowTheSentinel() {
        String json = caseWith(
                "{\"id\": \"x\", \"type\": \"" + SENTINEL + "\", \"date\": \"2027-01-06\"}",
                "{\"type\": \"management-decision\", \"date\": \"" + SENTINEL + "\", \"by\": \"" + SENTINEL + "\", \"rationale\": \"" + SENTINEL + "\"}",
                "{\"type\": \"plan-updated\", \"date\": \"2027-01-06\", \"elements\": [\"" + SENTINEL + "\"], \"points\": \"" + SENTINEL + "\"}");
        CaseFileException e = failure(json);
        assertEquals(5, e.problems().size(), e.getMessage());
        assertFalse(e.getMessage().contains(SENTINEL), e.getMessage());
        assertFalse(e.getMessage().contains("Zebedee"), e.getMessage());
    }

    @Test
    void eventsKeepTheirFileIndex() throws CaseFileException {
        CaseRecord record = CaseFileReader.parse("k.json", CONTRACT_EXAMPLE);
        for (int i = 0; i < record.events().size(); i++) {
            CaseEvent event = record.events().get(i);
            assertEquals(i, event.ref().index());
        }
    }

    @Test
    void everyCodeOfACaseFileProblemIsDocumented() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/case-file.md"));
        for (java.lang.reflect.Field field : CaseFileCodes.class.getFields()) {
            String code = (String) field.get(null);
            assertTrue(docs.contains("`" + code + "`"), code);
        }
        for (java.lang.reflect.Field field : org.childinneed.model.timeline.CaseRules.class.getFields()) {
            String code = (String) field.get(null);
            assertTrue(docs.contains("`" + code + "`"), code);
        }
    }
}
