package org.childinneed.dsl.source;

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
    /** The note that more problems were found than a compilation holds. */
    public static final String TOO_MANY_PROBLEMS = "too-many-problems";

    private Codes() {
    }
}
