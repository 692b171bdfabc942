package org.childinneed.policies.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.childinneed.model.calendar.BankHoliday;
import org.childinneed.policies.internal.json.JsonTrees;

/**
 * Reads the England and Wales division of a file in the shape of the government's published
 * bank-holidays list, reporting every problem at once.
 */
final class BankHolidaysReader {

    static final String DIVISION = "england-and-wales";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private BankHolidaysReader(String source) {
        this.source = source;
    }

    /** The holidays listed for England and Wales in {@code in}, in file order. */
    static List<BankHoliday> read(InputStream in, String source) throws BankHolidaysFormatException {
        return new BankHolidaysReader(source).read(in);
    }

    private List<BankHoliday> read(InputStream in) throws BankHolidaysFormatException {
        JsonNode root;
        try (JsonParser parser = FACTORY.createParser(in)) {
            root = JsonTrees.read(parser);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new BankHolidaysFormatException(source,
                    List.of(source + where + ": not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BankHolidaysFormatException(source, List.of(source + ": could not be read: " + e.getMessage()));
        }
        List<BankHoliday> holidays = events(root);
        if (!problems.isEmpty()) {
            throw new BankHolidaysFormatException(source, problems);
        }
        return holidays;
    }

    private List<BankHoliday> events(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("the file: expected a JSON object holding the division \"" + DIVISION + "\"");
            return List.of();
        }
        JsonNode division = root.get(DIVISION);
        if (division == null || !division.isObject()) {
            problem("field " + DIVISION + ": " + (division == null ? "missing" : "expected an object")
                    + "; the file must hold the England and Wales division");
            return List.of();
        }
        JsonNode name = division.get("division");
        if (name != null && !DIVISION.equals(name.textValue())) {
            problem("field " + DIVISION + ".division: expected \"" + DIVISION + "\"");
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray()) {
            problem("field " + DIVISION + ".events: " + (events == null ? "missing" : "expected a list of events"));
            return List.of();
        }
        if (events.isEmpty()) {
            problem("field " + DIVISION + ".events: the list holds no events");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        Map<LocalDate, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            if (!event.isObject()) {
                problem(i, null, "expected an object with title and date");
                continue;
            }
            String title = title(i, event.get("title"));
            LocalDate date = date(i, event.get("date"));
            String notes = optionalText(i, event, "notes");
            JsonNode bunting = event.get("bunting");
            if (bunting != null && !bunting.isBoolean()) {
                problem(i, "bunting", "expected true or false");
            }
            if (date != null) {
                Integer earlier = firstIndex.putIfAbsent(date, i);
                if (earlier != null) {
                    problem(i, "date", date + " is already listed by event #" + earlier);
                } else if (title != null && notes != null) {
                    holidays.add(new BankHoliday(date, title, notes));
                }
            }
        }
        return holidays;
    }

    private String title(int index, JsonNode node) {
        if (node == null) {
            problem(index, "title", "missing");
        } else if (!node.isTextual() || node.textValue().isBlank()) {
            problem(index, "title", "expected the holiday's name as text");
        } else {
            return node.textValue();
        }
        return null;
    }

    private LocalDate date(int index, JsonNode node) {
        if (node == null) {
            problem(index, "date", "missing");
            return null;
        }
        if (!node.isTextual() || !ISO_DATE.matcher(node.textValue()).matches()) {
            problem(index, "date", "expected a date as YYYY-MM-DD");
            return null;
        }
        String text = node.textValue();
        try {
            // the digits are checked above: LocalDate.of refuses what LocalDate.parse would, more cheaply
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            problem(index, "date", node.textValue() + " is not a real date");
            return null;
        }
    }

    private String optionalText(int index, JsonNode event, String field) {
        JsonNode node = event.get(field);
        if (node == null) {
            return "";
        }
        if (!node.isTextual()) {
            problem(index, field, "expected text");
            return null;
        }
        return node.textValue();
    }

    private void problem(int index, String field, String message) {
        problem("event #" + index + (field == null ? "" : ", field " + field) + ": " + message);
    }

    private void problem(String message) {
        problems.add(source + ": " + message);
    }
}
