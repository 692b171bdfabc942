package org.childinneed.policies.caseload;

import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.childinneed.policies.casefile.CaseFileReader;

/**
 * A source of {@code count} small case files made up as they are asked for (the text of each is
 * generated, then read by the case-file reader as a file's text would be): a caseload of any size
 * without a file system. Case {@code i} has an assessment and, for three in four, an initial
 * meeting, some late, some never held; every 50th case is damaged.
 */
final class GeneratedCases implements CaseSource {

    private final long count;

    GeneratedCases(long count) {
        this.count = count;
    }

    @Override
    public Stream<PendingCase> cases() {
        return LongStream.range(0, count).mapToObj(i -> {
            String name = "generated/" + i + ".json";
            return PendingCase.of(CaseOrigin.file(name), () -> CaseFileReader.parse(name, text(i)));
        });
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(count);
    }

    /** The text of case file {@code i}. */
    static String text(long i) {
        if (i % 50 == 49) {
            return "{\"case\": \"G-" + i + "\", \"child\": {\"born\": \"2015-02-30\"}, \"events\": []}";
        }
        LocalDate assessed = LocalDate.of(2025, 1, 6).plusDays(i % 400);
        StringBuilder json = new StringBuilder(256).append("{\"case\": \"G-").append(i)
                .append("\", \"child\": {\"born\": \"2014-05-04\"}, \"events\": [")
                .append("{\"id\": \"a1\", \"type\": \"assessment-completed\", \"date\": \"").append(assessed)
                .append("\", \"outcome\": \"in-need\"}");
        if (i % 4 != 3) {
            json.append(", {\"id\": \"m1\", \"type\": \"meeting\", \"date\": \"").append(assessed.plusDays(7 + i % 12))
                    .append("\", \"meeting\": \"initial\", \"chair\": \"team-manager\"}");
        }
        return json.append("]}").toString();
    }
}
