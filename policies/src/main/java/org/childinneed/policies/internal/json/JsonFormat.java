package org.childinneed.policies.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.util.Set;

/**
 * How the files of one format are read: how deep their JSON may nest, how deep positions are noted
 * (a large file need not note every leaf), and the format's field names, which syntax errors may
 * repeat. Strict: a field twice in one object is an error. Immutable and thread-safe: make one per
 * format and keep it.
 */
public final class JsonFormat {

    private static final JsonFormat EVERY_POSITION =
            new JsonFormat(StreamReadConstraints.defaults().getMaxNestingDepth(), Integer.MAX_VALUE, Set.of());

    private final int notedDepth;
    private final Set<String> fieldNames;
    private final JsonFactory factory;

    /**
     * A format nested at most {@code maxNesting} deep, noting the positions of values and field
     * names down to {@code notedDepth} ({@code /events/3/elements/0} is depth 4).
     */
    public JsonFormat(int maxNesting, int notedDepth, Set<String> fieldNames) {
        if (maxNesting < 1 || notedDepth < 0) {
            throw new IllegalArgumentException("nesting " + maxNesting + ", noted depth " + notedDepth);
        }
        this.notedDepth = notedDepth;
        this.fieldNames = Set.copyOf(fieldNames);
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNesting).build())
                .build();
    }

    /** A format nested as deep as Jackson accepts by default, noting every position, repeating no field name. */
    public static JsonFormat everyPosition() {
        return EVERY_POSITION;
    }

    int notedDepth() {
        return notedDepth;
    }

    Set<String> fieldNames() {
        return fieldNames;
    }

    JsonFactory factory() {
        return factory;
    }
}
