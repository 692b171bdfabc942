package org.childinneed.policies.importer.ssd;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** The rows of one table, fetched one ahead; {@link #fetch()} returns null at the end (or where reading stopped). */
abstract class RowIterator implements Iterator<Row> {

    private Row next;
    private boolean done;

    /** The next row, or null when there are no more. */
    abstract Row fetch();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = fetch();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
    }
}
