package org.childinneed.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    private static final String PRIVATE = "Mother Jane Smith, 12 Acacia Avenue";

    @Test
    void to_string_withholds_the_text_and_gives_only_its_length() {
        FreeText text = new FreeText(PRIVATE);
        assertEquals("FreeText[" + PRIVATE.length() + " characters, withheld]", text.toString());
        assertFalse(text.toString().contains("Smith"));
    }

    @Test
    void an_event_holding_free_text_does_not_show_it_either() {
        ManagementDecision decision = new ManagementDecision(EventRef.of(0, "d1"), LocalDate.of(2027, 1, 6),
                Optional.empty(), Optional.empty(), Optional.of(new FreeText(PRIVATE)));
        assertFalse(decision.toString().contains("Acacia"), decision.toString());
    }

    @Test
    void the_text_itself_is_read_only_on_purpose() {
        assertEquals(PRIVATE, new FreeText(PRIVATE).text());
        assertTrue(new FreeText(" \n").isBlank());
        assertFalse(new FreeText(PRIVATE).isBlank());
    }
}
