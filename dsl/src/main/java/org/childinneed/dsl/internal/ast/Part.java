package org.childinneed.dsl.internal.ast;

/** One obligation or finding of a rule. */
public sealed interface Part extends Node permits ObligationPart, FindingPart {

    /** The obligation or finding kind as written. */
    Name kind();
}
