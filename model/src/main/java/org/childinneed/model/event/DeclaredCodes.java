package org.childinneed.model.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The codes a policy adds to the {@linkplain OpenList open national lists}, each with its
 * description, in the order declared. A declared code never has a national code's spelling.
 */
public final class DeclaredCodes {

    /** No declared codes: the national lists alone. */
    public static final DeclaredCodes NONE = new DeclaredCodes(new EnumMap<>(OpenList.class));

    private final Map<OpenList, Map<String, String>> codes;

    private DeclaredCodes(Map<OpenList, Map<String, String>> codes) {
        this.codes = codes;
    }

    /**
     * {@code codes} by list, each code mapped to its description.
     *
     * @throws IllegalArgumentException when a code is a national code of its list
     */
    public static DeclaredCodes of(Map<OpenList, Map<String, String>> codes) {
        Map<OpenList, Map<String, String>> copy = new EnumMap<>(OpenList.class);
        codes.forEach((list, declared) -> {
            declared.keySet().forEach(code -> {
                if (list.isNational(code)) {
                    throw new IllegalArgumentException("'" + code + "' is a national " + list.words() + " and cannot be declared");
                }
            });
            if (!declared.isEmpty()) {
                copy.put(list, Collections.unmodifiableMap(new LinkedHashMap<>(declared)));
            }
        });
        return new DeclaredCodes(copy);
    }

    /** The codes declared for {@code list} with their descriptions, in the order declared. */
    public Map<String, String> of(OpenList list) {
        return codes.getOrDefault(Objects.requireNonNull(list), Map.of());
    }

    /** Whether no code is declared. */
    public boolean isEmpty() {
        return codes.values().stream().allMatch(Map::isEmpty);
    }

    /** These codes and then those of {@code other} not already here. */
    public DeclaredCodes and(DeclaredCodes other) {
        Map<OpenList, Map<String, String>> all = new EnumMap<>(OpenList.class);
        for (OpenList list : OpenList.values()) {
            Map<String, String> merged = new LinkedHashMap<>(of(list));
            other.of(list).forEach(merged::putIfAbsent);
            all.put(list, merged);
        }
        return of(all);
    }

    /** The declared code {@code code} of {@code list}, if declared. */
    public Optional<DeclaredCode> parse(OpenList list, String code) {
        return of(list).containsKey(code) ? Optional.of(new DeclaredCode(code)) : Optional.empty();
    }

    /** The codes of {@code list}, national then declared. */
    public List<String> codes(OpenList list) {
        List<String> all = new ArrayList<>(java.util.Arrays.stream(list.national().getEnumConstants())
                .map(org.childinneed.model.Coded::code).toList());
        all.addAll(of(list).keySet());
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeclaredCodes d && d.codes.equals(codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return codes.toString();
    }
}
