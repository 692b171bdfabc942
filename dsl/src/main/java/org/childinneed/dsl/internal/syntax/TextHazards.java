package org.childinneed.dsl.internal.syntax;

import java.util.Optional;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.model.text.Printable;

/**
 * Warns of characters in a script that a reader would not see as they are: control characters
 * (ESC, BEL, a CR alone...), bidirectional controls (U+202E, U+2066...: the Trojan-source attack),
 * zero-width and other invisible format characters, and lone surrogates, wherever they are (in
 * comments and strings too, which the parser otherwise accepts). One warning per line; diagnostics
 * show the characters escaped.
 */
final class TextHazards {

    private TextHazards() {
    }

    static void warn(String text, Reporter reporter) {
        int line = 1;
        int column = 1;
        boolean warnedOnLine = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                warnedOnLine = false;
                i += width;
                continue;
            }
            boolean lineEnd = cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!warnedOnLine && cp != '\t' && !lineEnd && Printable.isHazard(cp)) {
                reporter.warning(Codes.INVISIBLE_CHARACTER, new Position(line, column, width), "an invisible or control character, "
                        + Printable.name(cp) + " (" + kind(cp) + "), is in the script: it may make the text read "
                        + "other than it runs", Optional.of("remove it; it is shown here as "
                        + Printable.inline(new String(Character.toChars(cp)))));
                warnedOnLine = true;
            }
            column += width;
            i += width;
        }
    }

    private static String kind(int cp) {
        if (Character.isISOControl(cp)) {
            return "a control character";
        }
        if (Character.getType(cp) == Character.SURROGATE) {
            return "a lone surrogate";
        }
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C ? "a bidirectional control" : "an invisible format character";
    }
}
