package org.childinneed.policies.scenario;

/**
 * The machine codes of the problems of a scenario file ({@link ScenarioFileException#problems()}).
 * A problem of the case a scenario holds keeps the case file's code
 * ({@link org.childinneed.policies.casefile.CaseFileCodes}, {@link org.childinneed.model.timeline.CaseRules}).
 * Stable once published, whatever the messages' words become.
 */
public final class ScenarioCodes {

    /** The file cannot be read, is too large, or is not valid JSON. */
    public static final String NOT_JSON = "not-json";
    /** The document is not a scenario object. */
    public static final String NOT_A_SCENARIO = "not-a-scenario";
    /** A field no scenario has, at the top, in {@code expect} or in an expected item. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A required field is missing ({@code scenario}, {@code pins}, {@code policy}, {@code asOf}, {@code case}, {@code expect}, {@code rule}). */
    public static final String MISSING_FIELD = "missing-field";
    /** A value of the wrong JSON kind (a number for a text, an object for a list, null where a value is needed...). */
    public static final String WRONG_TYPE = "wrong-type";
    /** A value that is empty: a blank text, an empty list of pins. */
    public static final String BAD_VALUE = "bad-value";
    /** A date not written YYYY-MM-DD, or not a real date. */
    public static final String DATE_NOT_REAL = "date-not-real";
    /** A policy no lookup knows. */
    public static final String UNKNOWN_POLICY = "unknown-policy";
    /** A policy that is known, or given by path, but cannot be loaded (unreadable, does not compile). */
    public static final String POLICY_NOT_LOADED = "policy-not-loaded";
    /** A code not in its vocabulary: an obligation or finding kind, a status, a severity. */
    public static final String UNKNOWN_CODE = "unknown-code";
    /** An event label that names no event of the case as reports name it. */
    public static final String UNKNOWN_EVENT = "unknown-event";
    /** An {@code expect} block with no expectation in it. */
    public static final String NOTHING_EXPECTED = "nothing-expected";
    /** A pinned clause that no expectation names. */
    public static final String PIN_UNUSED = "pin-unused";

    private ScenarioCodes() {
    }
}
