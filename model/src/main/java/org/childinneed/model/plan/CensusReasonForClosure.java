package org.childinneed.model.plan;

/** The DfE Children in Need census {@code ReasonForClosure} codes. */
public enum CensusReasonForClosure {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to services of another local authority"),
    RC6("Transferred to adult social care services"),
    RC7("Services ceased for any other reason, including child no longer in need"),
    RC8("Case closed after assessment, no further action"),
    RC9("Case closed after assessment, referred to early help");

    private final String description;

    CensusReasonForClosure(String description) {
        this.description = description;
    }

    /** The census description of the code. */
    public String description() {
        return description;
    }
}
