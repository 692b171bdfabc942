package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.EventType;
import org.childinneed.model.plan.ClosureView;
import org.junit.jupiter.api.Test;

/**
 * Every name and code of the domain model can be written in a script where it belongs, including
 * codes that are also words of the language (the closure view {@code child}, dsl-requests 4 and 8:
 * SLO-11, HER-10). The vocabularies are read from the model, so a code added later is covered.
 */
class VocabularyInScriptsTest {

    private static final String HEAD = "policy t \"T\" version \"1\" source \"t.txt\"\n";

    /** Compiles the rules, which must give no diagnostic at all. */
    private static void compilesCleanly(List<String> rules) {
        StringBuilder script = new StringBuilder(HEAD);
        for (int i = 0; i < rules.size(); i++) {
            script.append("rule T-").append(i + 1).append(" \"x\"\n  cite \"s\"\n").append(rules.get(i)).append('\n');
        }
        Compilation compilation = Scripts.compile(script.toString());
        assertEquals(List.of(), compilation.diagnostics(), compilation::render);
    }

    @Test
    void everyCodeOfEveryAttributeIsWritableWhereverACodeGoes() {
        List<String> rules = new ArrayList<>();
        int codes = 0;
        for (EventType type : EventType.national()) {
            for (AttributeSpec spec : type.attributes()) {
                for (String code : spec.codes()) {
                    codes++;
                    String each = "  finding chair-not-permitted\n    for each " + type.code() + " with " + spec.name();
                    String unless = "  finding chair-not-permitted\n    for each " + type.code() + "\n    unless "
                            + spec.name();
                    if (spec.type() == AttributeType.CODES) {
                        rules.add(each + " include [" + code + "]");
                        rules.add(unless + " include [" + code + "]");
                    } else {
                        rules.add(each + " " + code);
                        rules.add(each + " is " + code);
                        rules.add(each + " is not " + code);
                        rules.add(each + " in [" + code + "]");
                        rules.add(each + " not in [" + code + "]");
                        rules.add(unless + " is " + code);
                        rules.add(unless + " " + code);
                        if (type == EventType.PLAN_STARTED) {
                            rules.add("  finding chair-not-permitted\n    for each meeting\n    if plan has "
                                    + spec.name() + " " + code);
                        }
                    }
                }
            }
        }
        assertTrue(codes > 50, "the vocabularies were read: " + codes + " codes");
        compilesCleanly(rules);
    }

    @Test
    void theClosureViewsIncludingChildAreCodesOfPlanEnded() {
        AttributeSpec views = EventType.PLAN_ENDED.attribute("views").orElseThrow();
        assertEquals(Coded.codes(ClosureView.class), views.codes());
        assertTrue(views.codes().contains("child"), "'child' is a word of the language and a code: " + views.codes());
        compilesCleanly(List.of("  finding closure-record-incomplete\n    for each plan-ended\n"
                + "    unless views include [child, parents, professionals]"));
    }

    @Test
    void everyEventTypeKindAndAttributeNameIsWritableWhereANameGoes() {
        List<String> rules = new ArrayList<>();
        for (EventType type : EventType.national()) {
            rules.add("  finding chair-not-permitted\n    for each " + type.code());
            for (AttributeSpec spec : type.attributes()) {
                String filter = switch (spec.type()) {
                    case FLAG -> spec.name();
                    case COUNT -> spec.name() + " more than 1";
                    case CODE -> spec.name() + " in [" + spec.codes().get(0) + "]";
                    case CODES -> spec.name() + " include [" + spec.codes().get(0) + "]";
                    case DATE, EVENT_REF, TEXT -> spec.name() + " recorded";
                };
                rules.add("  finding chair-not-permitted\n    for each " + type.code() + " with " + filter);
            }
        }
        for (String kind : Coded.codes(ObligationKind.class)) {
            rules.add("  obligation " + kind + "\n    when referral\n    due at once\n    met by visit");
        }
        for (String kind : Coded.codes(FindingKind.class)) {
            rules.add("  finding " + kind + "\n    for each referral");
        }
        compilesCleanly(rules);
    }
}
