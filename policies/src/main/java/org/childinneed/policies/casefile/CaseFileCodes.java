package org.childinneed.policies.casefile;

/**
 * The machine codes of the problems of a case file ({@link CaseFileException#problems()}), beside
 * those of the whole-case rules ({@link org.childinneed.model.timeline.CaseRules}). Stable once
 * published, whatever the messages' words become.
 */
public final class CaseFileCodes {

    /** The file cannot be read, is too large, or is not valid JSON. */
    public static final String NOT_JSON = "not-json";
    /** The document is not an object with case, child and events, or an event is not an object. */
    public static final String NOT_A_CASE = "not-a-case";
    /** A required field is missing. */
    public static final String MISSING_FIELD = "missing-field";
    /** A value of the wrong JSON kind (a list for a string, a text for a number...). */
    public static final String WRONG_TYPE = "wrong-type";
    /** A value that is empty, negative, too long, or holds characters an id may not. */
    public static final String BAD_VALUE = "bad-value";
    /** A date that is not a real date, or outside the years the calendar covers. */
    public static final String DATE_NOT_REAL = "date-not-real";
    /** An event type no case file has. */
    public static final String UNKNOWN_EVENT_TYPE = "unknown-event-type";
    /** A code not in its vocabulary (a role, an outcome...). */
    public static final String UNKNOWN_CODE = "unknown-code";
    /** More events than a case file holds. */
    public static final String TOO_MANY_EVENTS = "too-many-events";
    /** An event whose fields are each valid but do not make an event of its type together. */
    public static final String EVENT_UNREADABLE = "event-unreadable";
    /** A case of an imported file (census, SSD) that could not be read as a case. */
    public static final String NOT_IMPORTABLE = "not-importable";

    private CaseFileCodes() {
    }
}
