package org.childinneed.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.model.text.Printable;

/**
 * Issue 11, seeds of the fuzz suites, the policy language's side: a control character, a
 * bidirectional or invisible mark, a lone surrogate or a terminal escape sequence put into any
 * string (title, version, source, rule label, citation, note...) or comment of a bundled script
 * never passes unnoticed (the Trojan-source attack): the compilation warns of it by its code point,
 * or fails; and no diagnostic shows it unescaped.
 */
class HostileTextProperties {

    /** A string literal or a comment: where text is the author's, not the grammar's. */
    private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|#[^\\n]*");
    private static final List<String> SEQUENCES = List.of("\u001b[2K\rcin: all good", "\u001b]0;owned\u0007",
            "\u001b[8m", "\u009b2K", "\b\b\b");

    private static String hazard(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> String.valueOf((char) new int[] {0x00, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f}[random.nextInt(7)]);
            case 1 -> String.valueOf((char) (0x7f + random.nextInt(0x21)));
            case 2 -> String.valueOf((char) (0x202a + random.nextInt(5)));
            case 3 -> String.valueOf((char) (0x2066 + random.nextInt(4)));
            case 4 -> String.valueOf((char) (0x200b + random.nextInt(5)));
            case 5 -> String.valueOf((char) new int[] {0x2028, 0x2029, 0xfeff, 0x061c, 0x00ad}[random.nextInt(5)]);
            case 6 -> String.valueOf((char) (0xd800 + random.nextInt(0x800)));
            default -> SEQUENCES.get(random.nextInt(SEQUENCES.size()));
        };
    }

    @Property(tries = 100)
    void aHazardInAnyStringOrCommentIsWarnedOfAndShownEscaped(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String id = Fixtures.BUNDLED_IDS.get(random.nextInt(Fixtures.BUNDLED_IDS.size()));
        String text = Fixtures.bundledText(id);
        List<int[]> spans = new ArrayList<>();
        Matcher m = TEXT.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        boolean string = text.charAt(span[0]) == '"';
        // inside the quotes of a string; anywhere after the # of a comment
        int at = span[0] + 1 + random.nextInt(Math.max(1, span[1] - span[0] - (string ? 1 : 0)));
        String hazard = hazard(random);
        String hostile = text.substring(0, at) + hazard + text.substring(at);
        Compilation compilation = Fixtures.compileSafely(id + ".cin", hostile);
        int codePoint = hazard.codePointAt(0);
        boolean warned = compilation.diagnostics().stream().map(Diagnostic::message)
                .anyMatch(message -> message.contains(Printable.name(codePoint)));
        assertTrue(warned || compilation.errorCount() > 0,
                () -> "passed unnoticed: " + Printable.name(codePoint) + " at " + at + "\n" + compilation.render());
        assertPrintable(compilation.render());
        compilation.diagnostics().forEach(d -> assertPrintable(d.message()));
    }

    private static void assertPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c != '\n' && c != '\t' && Printable.isHazard(c),
                    () -> "unescaped " + Printable.name(c) + " in: " + Printable.lines(text));
        }
    }
}
