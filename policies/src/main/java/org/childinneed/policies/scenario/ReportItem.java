package org.childinneed.policies.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.EventRef;

/**
 * An obligation or finding of a report, as its contract fields read in a report (section 2):
 * codes, event labels and ISO dates, an absent optional field as empty.
 *
 * @param subject obligation or finding
 * @param fields every field of {@link Subject#fields()}, in that order
 * @param message a finding's message (empty for obligations)
 * @param computation how an obligation's due date was computed (empty for findings)
 */
record ReportItem(Subject subject, Map<String, Optional<String>> fields, Optional<String> message,
        Optional<String> computation) {

    static ReportItem of(Obligation o) {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("rule", Optional.of(o.rule()));
        fields.put("kind", Optional.of(o.kind().code()));
        fields.put("trigger", Optional.of(o.trigger().label()));
        fields.put("triggerDate", Optional.of(o.triggerDate().toString()));
        fields.put("earliest", o.earliest().map(LocalDate::toString));
        fields.put("due", o.dueDate().map(LocalDate::toString));
        fields.put("status", Optional.of(o.status().code()));
        fields.put("satisfiedBy", o.satisfiedBy().map(EventRef::label));
        fields.put("satisfiedOn", o.satisfiedOn().map(LocalDate::toString));
        fields.put("severity", Optional.of(o.severity().code()));
        return new ReportItem(Subject.OBLIGATION, fields, Optional.empty(), Optional.of(o.explanation().computation()));
    }

    static ReportItem of(Finding f) {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("rule", Optional.of(f.rule()));
        fields.put("kind", Optional.of(f.kind().code()));
        fields.put("event", Optional.of(f.event().label()));
        fields.put("date", Optional.of(f.date().toString()));
        fields.put("severity", Optional.of(f.severity().code()));
        return new ReportItem(Subject.FINDING, fields, Optional.of(f.message()), Optional.empty());
    }

    String rule() {
        return fields.get("rule").orElseThrow();
    }

    /** {@code rule KEN-01, kind initial-meeting, trigger a1, ...}, leaving out absent fields. */
    String describe() {
        String text = fields.entrySet().stream().filter(e -> e.getValue().isPresent())
                .map(e -> e.getKey() + " " + e.getValue().get()).collect(Collectors.joining(", "));
        return text + message.map(m -> ", message \"" + m + "\"").orElse("");
    }
}
