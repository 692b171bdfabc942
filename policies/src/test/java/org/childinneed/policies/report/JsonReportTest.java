package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract section 2: the report's JSON field names, values and order. */
class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> REPORT_FIELDS = List.of("case", "policy", "asOf", "obligations", "findings");
    static final List<String> OBLIGATION_FIELDS = List.of("rule", "kind", "trigger", "triggerDate", "earliest", "due",
            "status", "satisfiedBy", "satisfiedOn", "cite", "severity", "explanation");
    static final List<String> FINDING_FIELDS = List.of("rule", "kind", "event", "date", "message", "cite", "severity");

    @Test
    void theContractExampleComesOutAsTheContractShowsIt() throws Exception {
        JsonNode report = MAPPER.readTree(JsonReport.render(List.of(SampleReports.contractExample())));
        assertEquals(REPORT_FIELDS, JsonFieldNames.of(report));
        assertEquals("K-0001", report.get("case").asText());
        assertEquals("kent", report.get("policy").asText());
        assertEquals("2027-03-01", report.get("asOf").asText());
        JsonNode o = report.get("obligations").get(0);
        assertEquals(OBLIGATION_FIELDS, JsonFieldNames.of(o));
        assertEquals("KEN-01", o.get("rule").asText());
        assertEquals("initial-meeting", o.get("kind").asText());
        assertEquals("a1", o.get("trigger").asText());
        assertEquals("2026-12-17", o.get("triggerDate").asText());
        assertTrue(o.get("earliest").isNull());
        assertEquals("2027-01-05", o.get("due").asText());
        assertEquals("met-late", o.get("status").asText());
        assertEquals("m1", o.get("satisfiedBy").asText());
        assertEquals("2027-01-06", o.get("satisfiedOn").asText());
        assertEquals("kent.txt, 5. Child in Need Meetings: Initial Child in Need meeting", o.get("cite").asText());
        assertEquals(List.of("trigger", "computation", "resolution"), JsonFieldNames.of(o.get("explanation")));
        JsonNode f = report.get("findings").get(0);
        assertEquals(FINDING_FIELDS, JsonFieldNames.of(f));
        assertEquals("chair-not-permitted", f.get("kind").asText());
        assertEquals("m1", f.get("event").asText());
        assertEquals("2027-01-06", f.get("date").asText());
    }

    @Test
    void absentValuesAreNullAndEventsWithoutIdsAreNamedByIndex() throws Exception {
        JsonNode report = MAPPER.readTree(JsonReport.render(List.of(SampleReports.everyStatus())));
        JsonNode obligations = report.get("obligations");
        assertEquals(5, obligations.size());
        JsonNode overdue = obligations.get(2);
        assertEquals("overdue", overdue.get("status").asText());
        assertTrue(overdue.get("satisfiedBy").isNull() && overdue.get("satisfiedOn").isNull());
        assertEquals("#7", obligations.get(1).get("satisfiedBy").asText());
        assertEquals("2027-02-17", obligations.get(3).get("earliest").asText());
        assertEquals("#9", report.get("findings").get(0).get("event").asText());
    }

    @Test
    void obligationsComeSortedByDueDate() throws Exception {
        JsonNode obligations = MAPPER.readTree(JsonReport.render(List.of(SampleReports.everyStatus()))).get("obligations");
        List<String> due = new ArrayList<>();
        obligations.forEach(o -> due.add(o.get("due").asText()));
        assertEquals(List.of("2027-01-07", "2027-01-20", "2027-02-07", "2027-03-03", "2027-03-31"), due);
    }

    @Test
    void severalReportsMakeAnArrayAndOneMayBeForcedIntoOne() throws Exception {
        JsonNode several = MAPPER.readTree(JsonReport.render(List.of(SampleReports.contractExample(), SampleReports.empty())));
        assertTrue(several.isArray());
        assertEquals(2, several.size());
        assertEquals("K-0003", several.get(1).get("case").asText());
        assertTrue(MAPPER.readTree(JsonReport.render(List.of(SampleReports.empty()), true)).isArray());
        assertTrue(MAPPER.readTree(JsonReport.render(List.of(SampleReports.empty()), false)).isObject());
    }
}
