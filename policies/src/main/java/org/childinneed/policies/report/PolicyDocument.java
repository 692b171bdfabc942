package org.childinneed.policies.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.OutOfScope;
import org.childinneed.dsl.RuleSummary;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.event.OpenList;
import org.childinneed.model.text.English;
import java.util.stream.Collectors;

/**
 * A compiled policy described for people, as Markdown: what it is, each rule (its title, then the
 * rule in plain words, {@link RuleSummary#description()}) with its clauses and citation in timeline
 * order (grouped by the stage of a case it applies to), the words it declares, the clauses it
 * leaves out of scope and those the language cannot express yet, with reasons.
 */
public final class PolicyDocument {

    private PolicyDocument() {
    }

    /** The policy as a Markdown document, ending in a newline. */
    public static String markdown(CompiledPolicy policy) {
        List<OutOfScope> notCovered = new java.util.ArrayList<>(policy.outOfScope());
        notCovered.addAll(policy.notExpressible());
        return markdown(policy.info(), policy.rules(), notCovered, declared(policy));
    }

    static String markdown(PolicyInfo info, List<RuleSummary> rules, List<OutOfScope> outOfScope) {
        return markdown(info, rules, outOfScope, List.of());
    }

    /** One declared word: its code, what kind of word it is, and its meaning in the author's words. */
    record Declared(String code, String kind, String meaning) {
    }

    /** What the policy, the policies it extends and the vocabularies it uses declare, in that order by kind. */
    static List<Declared> declared(CompiledPolicy policy) {
        List<Declared> words = new java.util.ArrayList<>();
        policy.declaredEvents().forEach(t -> words.add(new Declared(t.code(), t.attributes().isEmpty() ? "event type"
                : "event type (attributes: " + t.attributes().stream().map(a -> a.name()).collect(Collectors.joining(", ")) + ")",
                t.description())));
        policy.declaredVocabulary().extended().forEach(t -> words.add(new Declared(t.code(), "national event type, attributes added: "
                + t.added().stream().map(a -> a.name()).collect(Collectors.joining(", ")), "the national " + t.code() + " event")));
        policy.declaredObligationKinds().forEach(k -> words.add(new Declared(k.code(), "obligation kind", k.description())));
        policy.declaredFindingKinds().forEach(k -> words.add(new Declared(k.code(), "finding kind", k.description())));
        for (OpenList list : OpenList.values()) {
            policy.declaredCodes().of(list).forEach((code, meaning) -> words.add(new Declared(code, list.words(), meaning)));
        }
        return words;
    }

    /**
     * The document; {@code notCovered} holds the clauses out of scope and those not expressible
     * ({@link OutOfScope#notExpressible()}), each shown in its own section.
     */
    static String markdown(PolicyInfo info, List<RuleSummary> rules, List<OutOfScope> notCovered, List<Declared> declared) {
        List<OutOfScope> outOfScope = notCovered.stream().filter(o -> !o.notExpressible()).toList();
        List<OutOfScope> notExpressible = notCovered.stream().filter(OutOfScope::notExpressible).toList();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(info.title())).append("\n\n");
        long inherited = rules.stream().filter(r -> r.inheritedFrom().isPresent()).count();
        md.append("| | |\n|---|---|\n");
        md.append("| Policy id | `").append(info.id()).append("` |\n");
        md.append("| Version | ").append(cell(info.version()))
                .append(info.effective().map(d -> " (in force from " + English.date(d) + ")").orElse("")).append(" |\n");
        md.append("| Source document | ").append(cell(info.source())).append(" |\n");
        md.append("| Rules | ").append(rules.size())
                .append(inherited > 0 ? " (" + inherited + " inherited)" : "").append(" |\n");
        md.append("| Clauses out of scope (a case record cannot show them) | ").append(outOfScope.size()).append(" |\n");
        md.append("| Clauses not yet expressible in the language | ").append(notExpressible.size()).append(" |\n\n");
        if (rules.isEmpty()) {
            md.append("## Rules\n\nThis policy has no rules.\n\n");
        }
        int n = 1;
        CaseStage current = null;
        for (RuleSummary rule : inTimelineOrder(rules)) {
            CaseStage stage = stageOf(rule);
            if (stage != current) {
                md.append("## ").append(stage.title()).append("\n\n");
                current = stage;
            }
            md.append("### ").append(n++).append(". ").append(inline(rule.name()));
            if (!rule.clauses().isEmpty() && !rule.clauses().equals(List.of(rule.name()))) {
                md.append(" (").append(String.join(", ", rule.clauses())).append(')');
            }
            md.append("\n\n");
            if (!rule.title().isBlank()) {
                md.append("**").append(inline(rule.title())).append("**\n\n");
            }
            md.append(inline(rule.description())).append("\n\n");
            md.append("- Clauses: ").append(rule.clauses().isEmpty() ? "none" : String.join(", ", rule.clauses())).append('\n');
            md.append("- Reports: ").append(inline(rule.kind())).append('\n');
            md.append("- Source: ").append(inline(rule.cite().text())).append('\n');
            rule.inheritedFrom().ifPresent(from -> md.append("- Inherited from: `").append(from).append("`\n"));
            md.append('\n');
        }
        if (!declared.isEmpty()) {
            md.append("## Words this policy declares\n\n");
            md.append("Its procedure needs these and the national vocabulary lacks them; case files may use them.\n\n");
            md.append("| Word | What it is | Meaning |\n|---|---|---|\n");
            declared.forEach(d -> md.append("| `").append(d.code()).append("` | ").append(cell(d.kind())).append(" | ")
                    .append(cell(d.meaning())).append(" |\n"));
            md.append('\n');
        }
        md.append("## Out of scope\n\n");
        if (outOfScope.isEmpty()) {
            md.append(notExpressible.isEmpty() ? "Every clause of the source is checked.\n"
                    : "None: a case record can show every clause of the source.\n");
        } else {
            md.append("| Clause | Why it cannot be checked from a case record |\n|---|---|\n");
            outOfScope.forEach(o -> md.append("| ").append(cell(o.clause())).append(" | ").append(cell(o.reason())).append(" |\n"));
        }
        if (!notExpressible.isEmpty()) {
            md.append("\n## Not yet expressible\n\n");
            md.append("A case record could show these, but the policy language cannot say them yet; they are not checked.\n\n");
            md.append("| Clause | What the language lacks |\n|---|---|\n");
            notExpressible.forEach(o -> md.append("| ").append(cell(o.clause())).append(" | ").append(cell(o.reason())).append(" |\n"));
        }
        return md.toString();
    }

    /** The rules grouped by the stage of a case they apply to, in script order within a stage. */
    private static List<RuleSummary> inTimelineOrder(List<RuleSummary> rules) {
        return rules.stream().sorted(Comparator.comparing(PolicyDocument::stageOf)).toList();
    }

    private static CaseStage stageOf(RuleSummary rule) {
        return CaseStage.of(Arrays.stream(rule.kind().split(",")).map(String::strip).toList());
    }

    /** Text safe inside a Markdown paragraph or heading: no raw HTML, no stray emphasis. */
    private static String inline(String text) {
        return text.replace("\\", "\\\\").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("\r", "").replace("\n", " ");
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
