package org.childinneed.model.event;

/** The kinds of value an event attribute holds. */
public enum AttributeType {
    /** {@code true} or {@code false}; absent means {@code false}. */
    FLAG,
    /** A whole number, zero or more. */
    COUNT,
    /** An ISO date. */
    DATE,
    /** One code from a vocabulary. */
    CODE,
    /** A list of codes from a vocabulary. */
    CODES,
    /** The id of another event in the same case file. */
    EVENT_REF,
    /** Free text that may hold personal data: read, never echoed. */
    TEXT
}
