package org.childinneed.model.problem;

import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.event.EventRef;

/**
 * Where a problem is, as precisely as its input allows: the file, the line and column (from 1;
 * 0 when not known), and for a case the event (index and id) and the field.
 *
 * @param file the file or script, as its reader names it
 * @param line the line, from 1, or 0 when not known
 * @param column the column, from 1, or 0 when not known
 * @param event the event at fault, for a problem in a case
 * @param field the field at fault ({@code meetingRef}, {@code child.born} ...)
 */
public record Location(Optional<String> file, int line, int column, Optional<EventRef> event,
        Optional<String> field) {

    /** Nowhere in particular. */
    public static final Location NOWHERE = new Location(Optional.empty(), 0, 0, Optional.empty(), Optional.empty());

    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(field, "field");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column count from 1, or are 0 when not known");
        }
    }

    /** A place in a script or file: {@code kent.cin:12:5}. */
    public static Location inSource(String file, int line, int column) {
        return new Location(Optional.of(file), line, column, Optional.empty(), Optional.empty());
    }

    /** A field of an event of a case. */
    public static Location ofEvent(EventRef event, String field) {
        return new Location(Optional.empty(), 0, 0, Optional.of(event), Optional.of(field));
    }

    /** A field of a case as a whole. */
    public static Location ofCase(String field) {
        return new Location(Optional.empty(), 0, 0, Optional.empty(), Optional.of(field));
    }

    /** This place, in {@code file}. */
    public Location inFile(String name) {
        return new Location(Optional.of(name), line, column, event, field);
    }

    /** This place, at {@code line} (and column 0 when it is not known). */
    public Location at(int atLine, int atColumn) {
        return new Location(file, atLine, atColumn, event, field);
    }
}
