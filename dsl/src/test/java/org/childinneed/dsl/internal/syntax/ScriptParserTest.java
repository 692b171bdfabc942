package org.childinneed.dsl.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.childinneed.dsl.PolicySource;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.FindingPart;
import org.childinneed.dsl.internal.ast.ObligationPart;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.dsl.internal.ast.Render;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.dsl.internal.source.Reporter;
import org.junit.jupiter.api.Test;

/** The grammar and the syntax tree built from it: structure, positions, canonical text. */
class ScriptParserTest {

    private static final String SCRIPT = """
            policy kent "Kent"
              version "1"
              source "kent.txt"
              extends working-together

            # a comment
            rule KEN-12 "Disabled children"
              cite "6. Children open to the Disabled Children and Young People's Service"
              obligation review-meeting
                when plan-started
                if child is disabled
                due within 3 months
                then every 6 months
                met by meeting with meeting in [review, early-review]

            override rule WT-01 "x"
              clause SLO-09, SLO-10
              cite "s \\"quoted\\""
              finding plan-closed-too-early
                for each plan-ended
                if plan has origin child-protection and (plan open less than 3 months or not complexPackage)
                unless a management-decision with by assistant-director before the last meeting
            """;

    private static PolicyDecl parse(String text) {
        Reporter reporter = new Reporter("kent.cin", text);
        Optional<PolicyDecl> policy = ScriptParser.parse(reporter);
        assertEquals(List.of(), reporter.diagnostics());
        return policy.orElseThrow();
    }

    @Test
    void buildsTheTreeWithEveryNodesPosition() {
        PolicyDecl policy = parse(SCRIPT);
        assertEquals("kent", policy.id().text());
        assertEquals(new Position(1, 8, 4), policy.id().pos());
        assertEquals("working-together", policy.parents().get(0).text());
        assertTrue(policy.complete());

        RuleDecl first = policy.rules().get(0);
        assertEquals(new Position(7, 6, 6), first.name().pos());
        ObligationPart reviews = (ObligationPart) first.parts().get(0);
        assertEquals(new Position(9, 14, 14), reviews.kind().pos());
        assertEquals(Optional.of(TimeUnit.MONTHS), ((org.childinneed.dsl.internal.ast.Deadline.Within) reviews.dues().get(0))
                .duration().unit());
        Filter.In in = (Filter.In) reviews.metBys().get(0).patterns().get(0).filters().get(0);
        assertEquals(new Position(14, 25, 33), in.pos());
        assertEquals(List.of("review", "early-review"), in.values().stream().map(n -> n.text()).toList());

        RuleDecl second = policy.rules().get(1);
        assertTrue(second.override());
        assertEquals(List.of("SLO-09", "SLO-10"), second.clauseIds().stream().map(n -> n.text()).toList());
        assertEquals("s \"quoted\"", second.cites().get(0).value());
        FindingPart finding = (FindingPart) second.parts().get(0);
        Condition.AllOf all = (Condition.AllOf) finding.ifs().get(0);
        assertTrue(all.conditions().get(1) instanceof Condition.AnyOf, "parentheses group");
        assertEquals(new Position(21, 8, 89), all.pos());
    }

    @Test
    void rendersPartsBackAsCanonicalText() {
        PolicyDecl policy = parse(SCRIPT);
        assertEquals("obligation review-meeting when plan-started if child is disabled, due within 3 months, then"
                + " every 6 months; met by meeting with meeting in [review, early-review]",
                Render.part(policy.rules().get(0).parts().get(0)));
        assertEquals("finding plan-closed-too-early for each plan-ended if plan has origin child-protection and (plan"
                + " open less than 3 months or not complexPackage) unless a management-decision with by"
                + " assistant-director before the last meeting", Render.part(policy.rules().get(1).parts().get(0)));
    }

    @Test
    void fixedPointsSpansFromThePlansStartAndWordsAsCodesRenderBack() {
        PolicyDecl policy = parse("""
                policy t "T" version "1" source "t.txt"
                rule HER-05 "x"
                  cite "s"
                  obligation review-meeting
                    when plan-started
                    due within 6 weeks
                    then at 12 weeks
                    met by meeting with meeting review
                  finding closure-record-incomplete
                    for each plan-ended
                    unless views include [child, parents]
                       and a management-decision within 12 weeks after the plan started
                       and no visit within 2 weeks before the plan started
                """);
        assertEquals("obligation review-meeting when plan-started, due within 6 weeks, then at 12 weeks; met by meeting"
                + " with meeting review", Render.part(policy.rules().get(0).parts().get(0)));
        assertEquals("finding closure-record-incomplete for each plan-ended unless views include [child, parents] and a"
                + " management-decision within 12 weeks after the plan started and no visit within 2 weeks before the"
                + " plan started", Render.part(policy.rules().get(0).parts().get(1)));
    }

    @Test
    void aClauseWithASyntaxErrorIsLeftOutItsRuleMarkedPartialAndTheTreeIncomplete() {
        Reporter reporter = new Reporter("t.cin", "policy t \"T\" version \"1\" source \"s\"\n"
                + "rule A-1 cite \"c\" finding chair-not-permitted for each meeting with\n"
                + "rule A-2 cite \"c\" finding chair-not-permitted for each meeting\n");
        PolicyDecl policy = ScriptParser.parse(reporter).orElseThrow();
        assertEquals(List.of("A-1", "A-2"), policy.rules().stream().map(r -> r.name().text()).toList());
        assertEquals(List.of(true, false), policy.rules().stream().map(r -> r.partial()).toList());
        assertEquals(List.of(), ((FindingPart) policy.rules().get(0).parts().get(0)).subjects());
        assertTrue(!policy.complete());
        assertEquals(1, reporter.diagnostics().size());
    }

    @Test
    void aRuleWhoseFirstLineHasASyntaxErrorIsLeftOut() {
        Reporter reporter = new Reporter("t.cin", "policy t \"T\" version \"1\" source \"s\"\n"
                + "rule A-1 \"x\" \"y\" cite \"c\" finding chair-not-permitted for each meeting\n"
                + "rule A-2 cite \"c\" finding chair-not-permitted for each meeting\n");
        PolicyDecl policy = ScriptParser.parse(reporter).orElseThrow();
        assertEquals(List.of("A-2"), policy.rules().stream().map(r -> r.name().text()).toList());
        assertEquals(1, reporter.diagnostics().size());
    }
}
