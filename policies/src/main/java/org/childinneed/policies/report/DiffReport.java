package org.childinneed.policies.report;

import org.childinneed.model.text.English;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.diff.DiffTally;
import org.childinneed.model.diff.FindingChange;
import org.childinneed.model.diff.ObligationChange;
import org.childinneed.model.diff.ReportDiff;
import org.childinneed.model.diff.RuleChanges;

/**
 * The changes from an old policy to a new one over a caseload, written case by case as they are
 * made (so a caseload streams through) and then the counts per rule: as text, JSON or CSV. Ids,
 * codes, dates and numbers only.
 */
public abstract class DiffReport {

    /** The formats. */
    public enum Format { TEXT, JSON, CSV }

    final PrintWriter out;
    final String oldPolicy;
    final String newPolicy;
    final LocalDate asOf;

    DiffReport(PrintWriter out, String oldPolicy, String newPolicy, LocalDate asOf) {
        this.out = out;
        this.oldPolicy = oldPolicy;
        this.newPolicy = newPolicy;
        this.asOf = asOf;
    }

    /** A report in {@code format} of the changes from {@code oldPolicy} to {@code newPolicy}, written to {@code out}. */
    public static DiffReport of(Format format, PrintWriter out, String oldPolicy, String newPolicy, LocalDate asOf) {
        return switch (format) {
            case TEXT -> new Text(out, oldPolicy, newPolicy, asOf);
            case JSON -> new Json(out, oldPolicy, newPolicy, asOf);
            case CSV -> new Csv(out, oldPolicy, newPolicy, asOf);
        };
    }

    /** Writes one case's changes (nothing for a case without any, but in JSON). */
    public abstract void add(ReportDiff diff);

    /** Writes the counts per rule and ends the report. */
    public abstract void finish(DiffTally tally);

    static String outcome(Optional<Obligation> o) {
        return o.map(x -> x.dueDate().map(d -> "due " + d).orElse("no due date") + ", " + x.status().code()
                + x.satisfiedBy().map(e -> " by " + e.label()).orElse("")).orElse("none");
    }

    static String statusChanges(RuleChanges r) {
        return r.statusChanges().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static final class Text extends DiffReport {

        Text(PrintWriter out, String oldPolicy, String newPolicy, LocalDate asOf) {
            super(out, oldPolicy, newPolicy, asOf);
            out.println("Changes from " + oldPolicy + " to " + newPolicy + ", as of " + English.date(asOf));
        }

        @Override
        public void add(ReportDiff diff) {
            if (diff.isEmpty()) {
                return;
            }
            int n = diff.obligations().size() + diff.findings().size();
            out.println();
            out.println("Case " + diff.caseId() + ": " + n + (n == 1 ? " change" : " changes"));
            Table table = new Table("RULE", "CHANGE", "KIND", "TRIGGER", "OLD", "NEW");
            for (ObligationChange c : diff.obligations()) {
                Obligation any = c.after().or(c::before).orElseThrow();
                table.row(c.rule(), c.kind().name().toLowerCase(java.util.Locale.ROOT), any.kind().code(),
                        c.trigger().label() + " " + c.triggerDate(), outcome(c.before()), outcome(c.after()));
            }
            for (FindingChange f : diff.findings()) {
                String finding = f.finding().kind().code() + " on " + f.finding().date() + ": " + f.finding().message();
                table.row(f.rule(), f.added() ? "finding added" : "finding removed", f.finding().kind().code(),
                        f.finding().event().label() + " " + f.finding().date(), f.added() ? "none" : finding,
                        f.added() ? finding : "none");
            }
            out.print(table.render("  ", Style.PLAIN));
        }

        @Override
        public void finish(DiffTally tally) {
            out.println();
            if (tally.casesChanged() == 0) {
                out.println("No changes: " + tally.cases() + (tally.cases() == 1 ? " case" : " cases")
                        + " judged alike by both policies");
                out.flush();
                return;
            }
            out.println("Per rule: " + tally.casesChanged() + " of " + tally.cases() + " cases change");
            Table table = new Table("RULE", "APPEAR", "DISAPPEAR", "CHANGED", "DUE EARLIER", "DUE LATER",
                    "FINDINGS ADDED", "FINDINGS REMOVED", "STATUS CHANGES");
            for (RuleChanges r : tally.rules()) {
                table.row(r.rule(), "" + r.appeared(), "" + r.disappeared(), "" + r.changed(), "" + r.dueEarlier(),
                        "" + r.dueLater(), "" + r.findingsAdded(), "" + r.findingsRemoved(), statusChanges(r));
            }
            out.print(table.render("  ", Style.PLAIN));
            out.flush();
        }
    }

    private static final class Json extends DiffReport {

        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        private final JsonGenerator json;

        Json(PrintWriter out, String oldPolicy, String newPolicy, LocalDate asOf) {
            super(out, oldPolicy, newPolicy, asOf);
            try {
                json = new ObjectMapper().getFactory().createGenerator(out);
                json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeStringField("old", oldPolicy);
                json.writeStringField("new", newPolicy);
                json.writeStringField("asOf", asOf.toString());
                json.writeArrayFieldStart("cases");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void add(ReportDiff diff) {
            if (diff.isEmpty()) {
                return;
            }
            ObjectNode node = NODES.objectNode();
            node.put("case", diff.caseId());
            ArrayNode obligations = node.putArray("obligations");
            for (ObligationChange c : diff.obligations()) {
                ObjectNode item = obligations.addObject();
                item.put("rule", c.rule());
                item.put("change", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                item.put("trigger", c.trigger().label());
                item.put("triggerDate", c.triggerDate().toString());
                item.set("old", c.before().<com.fasterxml.jackson.databind.JsonNode>map(Json::outcomeNode).orElse(NODES.nullNode()));
                item.set("new", c.after().<com.fasterxml.jackson.databind.JsonNode>map(Json::outcomeNode).orElse(NODES.nullNode()));
            }
            ArrayNode findings = node.putArray("findings");
            for (FindingChange f : diff.findings()) {
                ObjectNode item = findings.addObject();
                item.put("rule", f.rule());
                item.put("change", f.added() ? "added" : "removed");
                item.put("kind", f.finding().kind().code());
                item.put("event", f.finding().event().label());
                item.put("date", f.finding().date().toString());
                item.put("message", f.finding().message());
            }
            write(node);
        }

        private static ObjectNode outcomeNode(Obligation o) {
            ObjectNode node = NODES.objectNode();
            node.put("kind", o.kind().code());
            node.put("due", o.dueDate().map(Object::toString).orElse(null));
            node.put("status", o.status().code());
            node.put("satisfiedBy", o.satisfiedBy().map(e -> e.label()).orElse(null));
            return node;
        }

        private void write(ObjectNode node) {
            try {
                json.writeTree(node);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(DiffTally tally) {
            try {
                json.writeEndArray();
                json.writeArrayFieldStart("rules");
                for (RuleChanges r : tally.rules()) {
                    ObjectNode node = NODES.objectNode();
                    node.put("rule", r.rule());
                    node.put("appeared", r.appeared());
                    node.put("disappeared", r.disappeared());
                    node.put("changed", r.changed());
                    node.put("dueEarlier", r.dueEarlier());
                    node.put("dueLater", r.dueLater());
                    ObjectNode statuses = node.putObject("statusChanges");
                    r.statusChanges().forEach(statuses::put);
                    node.put("findingsAdded", r.findingsAdded());
                    node.put("findingsRemoved", r.findingsRemoved());
                    json.writeTree(node);
                }
                json.writeEndArray();
                json.writeNumberField("casesCompared", tally.cases());
                json.writeNumberField("casesChanged", tally.casesChanged());
                json.writeEndObject();
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }
    }

    private static final class Csv extends DiffReport {

        Csv(PrintWriter out, String oldPolicy, String newPolicy, LocalDate asOf) {
            super(out, oldPolicy, newPolicy, asOf);
            out.println("case,rule,change,kind,trigger,triggerDate,oldDue,oldStatus,oldSatisfiedBy,newDue,newStatus,"
                    + "newSatisfiedBy,message");
        }

        @Override
        public void add(ReportDiff diff) {
            for (ObligationChange c : diff.obligations()) {
                Obligation any = c.after().or(c::before).orElseThrow();
                row(diff.caseId(), c.rule(), c.kind().name().toLowerCase(java.util.Locale.ROOT), any.kind().code(),
                        c.trigger().label(), c.triggerDate().toString(), due(c.before()), status(c.before()),
                        by(c.before()), due(c.after()), status(c.after()), by(c.after()), "");
            }
            for (FindingChange f : diff.findings()) {
                row(diff.caseId(), f.rule(), f.added() ? "finding-added" : "finding-removed", f.finding().kind().code(),
                        f.finding().event().label(), f.finding().date().toString(), "", "", "", "", "", "",
                        f.finding().message());
            }
            out.flush();
        }

        private static String due(Optional<Obligation> o) {
            return o.flatMap(Obligation::dueDate).map(Object::toString).orElse("");
        }

        private static String status(Optional<Obligation> o) {
            return o.map(x -> x.status().code()).orElse("");
        }

        private static String by(Optional<Obligation> o) {
            return o.flatMap(Obligation::satisfiedBy).map(e -> e.label()).orElse("");
        }

        private void row(String... cells) {
            out.println(java.util.Arrays.stream(cells).map(Csv::quote).collect(Collectors.joining(",")));
        }

        static String quote(String cell) {
            return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
        }

        /** The per-rule counts go to their own CSV ({@code --counts FILE}), not after the rows. */
        @Override
        public void finish(DiffTally tally) {
            out.flush();
        }
    }

    /** The per-rule counts of {@code tally} as CSV, one row per rule. */
    public static String countsCsv(DiffTally tally) {
        StringBuilder csv = new StringBuilder("rule,appeared,disappeared,changed,dueEarlier,dueLater,findingsAdded,"
                + "findingsRemoved,statusChanges\n");
        for (RuleChanges r : tally.rules()) {
            csv.append(String.join(",", List.of(r.rule(), "" + r.appeared(), "" + r.disappeared(), "" + r.changed(),
                    "" + r.dueEarlier(), "" + r.dueLater(), "" + r.findingsAdded(), "" + r.findingsRemoved(),
                    Csv.quote(statusChanges(r))))).append('\n');
        }
        return csv.toString();
    }
}
