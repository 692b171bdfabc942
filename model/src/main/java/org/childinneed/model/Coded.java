package org.childinneed.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A value from a closed vocabulary of the contract, written in files and reports by its
 * {@linkplain #code() code} (for example {@code team-manager} or {@code in-need}).
 */
public interface Coded {

    /** The code as written in case files, policy scripts and reports. */
    String code();

    /**
     * Finds the constant of {@code type} whose code is {@code code}.
     *
     * @return the constant, or empty when no constant has that code
     */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** All the codes of {@code type}, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    /**
     * Turns an enum constant name such as {@code TEAM_MANAGER} into its code {@code team-manager}
     * (computed once per enum type).
     */
    static String codeOf(Enum<?> constant) {
        return CodeCache.codesOf(constant.getDeclaringClass())[constant.ordinal()];
    }
}
