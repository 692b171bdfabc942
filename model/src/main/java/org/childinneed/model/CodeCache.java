package org.childinneed.model;

import java.util.Arrays;
import java.util.Locale;

/** The codes of each enum type, by ordinal, computed once per type (see {@link Coded#codeOf}). */
final class CodeCache {

    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toArray(String[]::new);
        }
    };

    private CodeCache() {
    }

    static String[] codesOf(Class<?> enumType) {
        return CODES.get(enumType);
    }
}
