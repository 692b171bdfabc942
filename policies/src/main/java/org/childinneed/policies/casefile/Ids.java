package org.childinneed.policies.casefile;

import java.util.Optional;
import java.util.OptionalInt;
import org.childinneed.model.text.Printable;

/**
 * Ids are shown in reports, explanations and messages, so they must be printable: an id holding a
 * control character (ESC, CR, BS, BEL...), a bidirectional or invisible format character, or a lone
 * surrogate (which an encoder would turn into {@code ?}, making different ids collide) is refused,
 * and so is one longer than {@link CaseFileReader#MAX_ID_LENGTH} (each report repeats it many times).
 */
final class Ids {

    private Ids() {
    }

    /** Why {@code id} cannot be an id, if it cannot. */
    static Optional<String> unprintable(String id) {
        if (id.length() > CaseFileReader.MAX_ID_LENGTH) {
            return Optional.of("is " + id.length() + " characters long; an id holds at most " + CaseFileReader.MAX_ID_LENGTH);
        }
        OptionalInt hazard = Printable.firstHazard(id);
        if (hazard.isEmpty()) {
            return Optional.empty();
        }
        int cp = hazard.getAsInt();
        String what = Character.getType(cp) == Character.SURROGATE ? "a lone surrogate"
                : Character.isISOControl(cp) ? "a control character" : "an invisible or bidirectional format character";
        return Optional.of("contains " + what + " (" + Printable.name(cp)
                + "); ids are shown in reports and must hold printable characters only");
    }
}
