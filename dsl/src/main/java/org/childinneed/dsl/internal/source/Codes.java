package org.childinneed.dsl.internal.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine codes of the policy language's diagnostics ({@link org.childinneed.dsl.Diagnostic#code()}):
 * stable once published, whatever the messages' words become.
 */
public final class Codes {

    public static final String SYNTAX_ERROR = "syntax-error";
    public static final String SCRIPT_TOO_LARGE = "script-too-large";
    public static final String NESTED_TOO_DEEP = "nested-too-deep";
    public static final String UNCLOSED_STRING = "unclosed-string";
    public static final String UNEXPECTED_CHARACTER = "unexpected-character";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String UNKNOWN_POLICY = "unknown-policy";
    public static final String EXTENDS_CYCLE = "extends-cycle";
    public static final String EXTENDS_TOO_DEEP = "extends-too-deep";
    public static final String EXTENDS_UNREADABLE = "extends-unreadable";
    public static final String EXTENDS_POLICY_WITH_ERRORS = "extends-policy-with-errors";
    public static final String EXTENDS_WRONG_POLICY = "extends-wrong-policy";
    public static final String MISSING_CLAUSE = "missing-clause";
    public static final String DUPLICATE_CLAUSE = "duplicate-clause";
    public static final String MISPLACED_CLAUSE = "misplaced-clause";
    public static final String EMPTY_TEXT = "empty-text";
    public static final String DUPLICATE_RULE = "duplicate-rule";
    public static final String NOTHING_TO_OVERRIDE = "nothing-to-override";
    public static final String RULE_ALREADY_DEFINED = "rule-already-defined";
    public static final String NOT_A_CLAUSE_ID = "not-a-clause-id";
    public static final String DUPLICATE_CLAUSE_ID = "duplicate-clause-id";
    public static final String UNKNOWN_EVENT_TYPE = "unknown-event-type";
    public static final String UNKNOWN_ATTRIBUTE = "unknown-attribute";
    public static final String UNKNOWN_CODE = "unknown-code";
    public static final String UNKNOWN_OBLIGATION_KIND = "unknown-obligation-kind";
    public static final String UNKNOWN_FINDING_KIND = "unknown-finding-kind";
    public static final String UNKNOWN_UNIT = "unknown-unit";
    public static final String WRONG_KIND = "wrong-kind";
    public static final String WRONG_TYPE = "wrong-type";
    public static final String WRONG_UNIT = "wrong-unit";
    public static final String NEVER_HOLDS = "never-holds";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String LISTED_TWICE = "listed-twice";
    public static final String INVISIBLE_CHARACTER = "invisible-character";
    /** A condition of an obligation that looks for events further after the trigger than the obligation's due date. */
    public static final String LOOKS_PAST_DUE = "looks-past-due";
    /** A declared name that is already a name of the national vocabulary. */
    public static final String SHADOWS_NATIONAL = "shadows-national";
    /** A name declared twice (in the script, or by the policy it extends). */
    public static final String DECLARED_TWICE = "declared-twice";
    /** An unknown kind of value in an attribute declaration. */
    public static final String UNKNOWN_ATTRIBUTE_KIND = "unknown-attribute-kind";
    /** A declaration not written as the language has it ({@code obligation kinds x} for {@code obligation kind x}). */
    public static final String MALFORMED_DECLARATION = "malformed-declaration";
    /** A vocabulary script compiled as a policy, or holding what only a policy may (rules, extends). */
    public static final String VOCABULARY_NOT_A_POLICY = "vocabulary-not-a-policy";
    /** {@code uses x} where there is no script x. */
    public static final String UNKNOWN_VOCABULARY = "unknown-vocabulary";
    /** {@code uses x} where x is a policy, or {@code extends x} where x is a vocabulary script. */
    public static final String USES_WRONG_SCRIPT = "uses-wrong-script";
    /** Vocabulary scripts that use one another in a circle. */
    public static final String USES_CYCLE = "uses-cycle";
    /** {@code uses x} where the vocabulary script x has errors, or could not be read. */
    public static final String USES_VOCABULARY_WITH_ERRORS = "uses-vocabulary-with-errors";
    /** A script that cannot be read at all (no such file, not UTF-8 text). */
    public static final String SCRIPT_UNREADABLE = "script-unreadable";
    /** The note that more problems were found than a compilation holds. */
    public static final String TOO_MANY_PROBLEMS = "too-many-problems";

    /** What each code stands for, in one line, in declaration order. */
    private static final Map<String, String> SUMMARIES = ordered(
            Map.entry(SYNTAX_ERROR, "the script does not follow the grammar"),
            Map.entry(SCRIPT_TOO_LARGE, "the script is larger than the language allows"),
            Map.entry(NESTED_TOO_DEEP, "brackets or conditions nested deeper than the language allows"),
            Map.entry(UNCLOSED_STRING, "a quoted text with no closing quote"),
            Map.entry(UNEXPECTED_CHARACTER, "a character the language does not use"),
            Map.entry(INTERNAL_ERROR, "the compiler failed on the script (a defect of cin)"),
            Map.entry(UNKNOWN_POLICY, "extends a policy that does not exist"),
            Map.entry(EXTENDS_CYCLE, "policies that extend one another in a circle"),
            Map.entry(EXTENDS_TOO_DEEP, "too many policies extend one another, or too many versions"),
            Map.entry(EXTENDS_UNREADABLE, "the policy extended cannot be read"),
            Map.entry(EXTENDS_POLICY_WITH_ERRORS, "the policy extended has errors"),
            Map.entry(EXTENDS_WRONG_POLICY, "the script found for a policy extended is another policy, or its versions do not fit"),
            Map.entry(MISSING_CLAUSE, "a required part is missing (a citation, a trigger, a due clause, a header line...)"),
            Map.entry(DUPLICATE_CLAUSE, "a part written twice where one is allowed"),
            Map.entry(MISPLACED_CLAUSE, "a part in a place or combination the language does not allow"),
            Map.entry(EMPTY_TEXT, "a title, citation or other text that is empty"),
            Map.entry(DUPLICATE_RULE, "a rule written twice"),
            Map.entry(NOTHING_TO_OVERRIDE, "an 'override' of a rule the policy extended does not have"),
            Map.entry(RULE_ALREADY_DEFINED, "a rule the policy extended already defines, without 'override'"),
            Map.entry(NOT_A_CLAUSE_ID, "a clause id that does not look like one of the catalogue"),
            Map.entry(DUPLICATE_CLAUSE_ID, "a clause id used by two rules, or declared out of scope or not expressible and used"),
            Map.entry(UNKNOWN_EVENT_TYPE, "an unknown event type"),
            Map.entry(UNKNOWN_ATTRIBUTE, "an attribute the event type does not have"),
            Map.entry(UNKNOWN_CODE, "a code the attribute does not have (a role, an outcome...)"),
            Map.entry(UNKNOWN_OBLIGATION_KIND, "an unknown obligation kind"),
            Map.entry(UNKNOWN_FINDING_KIND, "an unknown finding kind"),
            Map.entry(UNKNOWN_UNIT, "an unknown duration unit"),
            Map.entry(WRONG_KIND, "a finding kind for an obligation, or an obligation kind for a finding"),
            Map.entry(WRONG_TYPE, "a value of the wrong type (not a real date, not a date to count from...)"),
            Map.entry(WRONG_UNIT, "a duration in a unit that does not fit where it is used"),
            Map.entry(NEVER_HOLDS, "a condition, window or extension that can never hold"),
            Map.entry(OUT_OF_RANGE, "a number or date outside what the language allows"),
            Map.entry(LISTED_TWICE, "a value listed twice"),
            Map.entry(INVISIBLE_CHARACTER, "an invisible or control character in the script"),
            Map.entry(LOOKS_PAST_DUE, "an obligation's condition that looks for events beyond its own due date"),
            Map.entry(SHADOWS_NATIONAL, "a declared event type, kind, role or plan element that is already a national one"),
            Map.entry(DECLARED_TWICE, "an event type, attribute or kind declared twice"),
            Map.entry(UNKNOWN_ATTRIBUTE_KIND, "an attribute declared with an unknown kind of value"),
            Map.entry(MALFORMED_DECLARATION, "a declaration not written as the language has it ('obligation kind x')"),
            Map.entry(VOCABULARY_NOT_A_POLICY, "a vocabulary script compiled as a policy, or holding rules or 'extends'"),
            Map.entry(UNKNOWN_VOCABULARY, "uses a vocabulary script that does not exist"),
            Map.entry(USES_WRONG_SCRIPT, "uses a policy, or extends a vocabulary script"),
            Map.entry(USES_CYCLE, "vocabulary scripts that use one another in a circle"),
            Map.entry(USES_VOCABULARY_WITH_ERRORS, "the vocabulary script used has errors or cannot be read"),
            Map.entry(SCRIPT_UNREADABLE, "the script cannot be read: no such file, or not UTF-8 text"),
            Map.entry(TOO_MANY_PROBLEMS, "further problems not reported (a compilation reports at most 100)"));

    private Codes() {
    }

    /** Every code, in declaration order. */
    public static List<String> all() {
        return List.copyOf(SUMMARIES.keySet());
    }

    /** What {@code code} stands for, in one line, or empty for a code this language does not give. */
    public static java.util.Optional<String> summary(String code) {
        return java.util.Optional.ofNullable(SUMMARIES.get(code));
    }

    @SafeVarargs
    private static Map<String, String> ordered(Map.Entry<String, String>... entries) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries) {
            all.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(all);
    }
}
