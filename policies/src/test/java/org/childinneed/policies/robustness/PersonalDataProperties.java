package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;

/**
 * However a case file holding personal data is damaged (see {@link Mutants}), the problems the
 * reader reports never show it: not when a rationale becomes a field name, an unquoted token, a
 * code, a date or a value of the wrong type. (When damage turns it into an id, it is an id and may
 * be shown; such samples are set aside.)
 */
class PersonalDataProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pieces of the sentinel: damage to one byte leaves at least three of them whole. */
    private static final String[] PIECES = {"ZZSEN", "TINEL", "Jane", "Doe-", "077009", "00123"};

    @Property(tries = 500)
    void problemsWithADamagedFileNeverShowItsPersonalData(@ForAll long seed) throws Exception {
        byte[] bytes = Mutants.mutate(PersonalDataTest.CASE, new SplittableRandom(seed));
        String text = new String(bytes, StandardCharsets.UTF_8);
        Assume.that(!sentinelInAnId(text));
        StringBuilder shown = new StringBuilder();
        shown.append(Capture.of(() -> {
            try {
                CaseFileReader.parse("case.json", text);
            } catch (CaseFileException e) {
                shown.append(e.getMessage());
            }
        }));
        long pieces = java.util.Arrays.stream(PIECES).filter(p -> shown.indexOf(p) >= 0).count();
        assertFalse(pieces >= 2, () -> "personal data shown:\n" + shown);
    }

    private static boolean holdsAPiece(JsonNode node) {
        String text = node.toString();
        return java.util.Arrays.stream(PIECES).anyMatch(text::contains);
    }

    /** Whether damage moved (part of) the sentinel into the case id, an event id or a reference. */
    private static boolean sentinelInAnId(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null) {
                return false;
            }
            if (holdsAPiece(root.path("case"))) {
                return true;
            }
            for (JsonNode event : root.path("events")) {
                if (holdsAPiece(event.path("id")) || holdsAPiece(event.path("meetingRef"))) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException notJson) {
            return false;
        }
    }
}
