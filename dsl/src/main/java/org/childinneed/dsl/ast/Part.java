package org.childinneed.dsl.ast;

/** One obligation or finding of a rule. */
public sealed interface Part extends Node permits ObligationPart, FindingPart {

    /** The obligation or finding kind as written. */
    Name kind();
}
