package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.childinneed.dsl.internal.source.Codes;
import org.junit.jupiter.api.Test;

/** The one list of the language's codes: every code the compiler can give is listed, with a summary. */
class DiagnosticCodeTest {

    @Test
    void everyCodeConstantIsListedOnceWithASummary() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Codes.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        List<String> listed = DiagnosticCode.all().stream().map(DiagnosticCode::code).toList();
        assertEquals(constants, listed);
        assertEquals(listed.size(), listed.stream().distinct().count());
        for (DiagnosticCode code : DiagnosticCode.all()) {
            assertTrue(code.code().matches("[a-z0-9]+(-[a-z0-9]+)*"), code.code());
            assertFalse(code.summary().startsWith("a problem of code"), code.code());
        }
    }

    @Test
    void aScriptThatCannotBeReadIsOneErrorOfItsOwnCode() {
        Diagnostic unreadable = Diagnostic.unreadable("missing.cin", "no such policy file");
        assertEquals("script-unreadable", unreadable.code());
        assertEquals(Severity.ERROR, unreadable.severity());
        assertEquals("script-unreadable", unreadable.problem().code());
        assertTrue(DiagnosticCode.all().contains(DiagnosticCode.of("script-unreadable")));
    }
}
