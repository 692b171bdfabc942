package org.childinneed.dsl.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damage done to a script as editors and copy-paste do it: lines and tokens deleted, duplicated,
 * swapped or replaced, stray characters inserted, the text cut short.
 */
final class Mutations {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final String[] REPLACEMENTS = {"(", ")", "[", "]", ",", "\"", "#", "and", "or", "not", "rule",
        "override", "obligation", "finding", "when", "due", "within", "every", "then", "met", "by", "if", "unless",
        "for", "each", "with", "in", "is", "0", "99999999999999999999", "extends", "kent", "meeting", "team-manger",
        "\"x\"", "é", "\t", "\r", "\n"};

    private Mutations() {
    }

    /** {@code text} with one to four random mutations. */
    static String damage(String text, SplittableRandom random) {
        String damaged = text;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            damaged = mutate(damaged, random);
        }
        return damaged;
    }

    private static String mutate(String text, SplittableRandom random) {
        return switch (random.nextInt(9)) {
            case 0 -> lines(text, random, 0);
            case 1 -> lines(text, random, 1);
            case 2 -> lines(text, random, 2);
            case 3 -> tokens(text, random, 0);
            case 4 -> tokens(text, random, 1);
            case 5 -> tokens(text, random, 2);
            case 6 -> tokens(text, random, 3);
            case 7 -> insert(text, random);
            default -> text.substring(0, random.nextInt(text.length() + 1));
        };
    }

    /** Deletes (0), duplicates (1) or swaps (2) lines. */
    private static String lines(String text, SplittableRandom random, int how) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        switch (how) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(j, lines.get(i));
            default -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        return String.join("\n", lines);
    }

    /** Deletes (0), duplicates (1), swaps (2) or replaces (3) tokens. */
    private static String tokens(String text, SplittableRandom random, int how) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] a = spans.get(random.nextInt(spans.size()));
        int[] b = spans.get(random.nextInt(spans.size()));
        String tokenA = text.substring(a[0], a[1]);
        return switch (how) {
            case 0 -> text.substring(0, a[0]) + text.substring(a[1]);
            case 1 -> text.substring(0, b[0]) + tokenA + " " + text.substring(b[0]);
            case 2 -> {
                if (a[0] == b[0]) {
                    yield text;
                }
                int[] first = a[0] < b[0] ? a : b;
                int[] second = a[0] < b[0] ? b : a;
                yield text.substring(0, first[0]) + text.substring(second[0], second[1])
                        + text.substring(first[1], second[0]) + text.substring(first[0], first[1])
                        + text.substring(second[1]);
            }
            default -> text.substring(0, a[0]) + REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]
                    + text.substring(a[1]);
        };
    }

    /** Inserts one to three random characters, any code point below U+FFFF or a pair. */
    private static String insert(String text, SplittableRandom random) {
        int at = random.nextInt(text.length() + 1);
        StringBuilder junk = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(3)) {
                case 0 -> junk.append((char) (0x20 + random.nextInt(0x5F)));
                case 1 -> junk.append((char) random.nextInt(0x10000));
                default -> junk.appendCodePoint(0x10000 + random.nextInt(0x1000));
            }
        }
        return text.substring(0, at) + junk + text.substring(at);
    }
}
