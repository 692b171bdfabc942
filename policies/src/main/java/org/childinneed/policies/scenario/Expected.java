package org.childinneed.policies.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One expected (or, in an absent list, unwanted) obligation or finding: the fields it gives, each
 * to be equal in the report; an empty value means the report must have no value there.
 *
 * @param subject obligation or finding
 * @param where where it is written: {@code expect.obligations[0] (line 14)}
 * @param fields the fields given, in file order
 * @param messageContains for a finding, text its message must contain
 */
record Expected(Subject subject, String where, Map<String, Optional<String>> fields, Optional<String> messageContains) {

    Expected {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The rule it names (every expectation names one). */
    String rule() {
        return fields.get("rule").orElseThrow();
    }

    /** Whether {@code item} has every field given here. */
    boolean matches(ReportItem item) {
        return item.subject() == subject && differences(item) == 0;
    }

    /** How many of the given fields (and the message condition) {@code item} does not have. */
    int differences(ReportItem item) {
        int count = 0;
        for (Map.Entry<String, Optional<String>> field : fields.entrySet()) {
            if (!field.getValue().equals(item.fields().get(field.getKey()))) {
                count++;
            }
        }
        if (messageContains.isPresent() && !item.message().orElse("").contains(messageContains.get())) {
            count++;
        }
        return count;
    }

    /** Each differing field: {@code due: expected 2027-01-04, report has 2027-01-05}. */
    List<String> describeDifferences(ReportItem item) {
        List<String> out = new ArrayList<>();
        fields.forEach((name, value) -> {
            Optional<String> actual = item.fields().get(name);
            if (!value.equals(actual)) {
                out.add(name + ": expected " + value.orElse("none") + ", report has " + actual.orElse("none"));
            }
        });
        messageContains.filter(text -> !item.message().orElse("").contains(text))
                .ifPresent(text -> out.add("message: expected to contain \"" + text + "\""));
        return out;
    }

    /** {@code rule KEN-01, trigger a1, due 2027-01-04}. */
    String describe() {
        String text = fields.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().orElse("none"))
                .collect(Collectors.joining(", "));
        return text + messageContains.map(m -> ", message containing \"" + m + "\"").orElse("");
    }
}
