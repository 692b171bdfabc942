package org.childinneed.dsl.internal.ast;

/** A node of a policy script's syntax tree: immutable, and it knows where it was written. */
public interface Node {

    /** Where the node was written. */
    Position pos();
}
