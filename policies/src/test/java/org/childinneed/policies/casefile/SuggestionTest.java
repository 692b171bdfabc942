package org.childinneed.policies.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final List<String> IDS = List.of("working-together", "kent", "slough", "sefton");

    @Test
    void suggestsTheNearestCandidateForATypo() {
        assertEquals(Optional.of("kent"), Suggestion.closest("knet", IDS));
        assertEquals(Optional.of("sefton"), Suggestion.closest("Sefton", IDS));
        assertEquals(Optional.of("working-together"), Suggestion.closest("working-togther", IDS));
    }

    @Test
    void suggestsNothingForAFarOffWord() {
        assertEquals(Optional.empty(), Suggestion.closest("herefordshire", IDS));
        assertEquals(Optional.empty(), Suggestion.closest("x", List.of()));
    }

    @Test
    void onlyShortLowerCaseTokensAreShowable() {
        assertTrue(Suggestion.isShowableToken("team-manger"));
        assertFalse(Suggestion.isShowableToken("Jane Doe"));
        assertFalse(Suggestion.isShowableToken("a".repeat(41)));
        assertFalse(Suggestion.isShowableToken(""));
    }
}
