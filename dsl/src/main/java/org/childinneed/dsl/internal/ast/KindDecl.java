package org.childinneed.dsl.internal.ast;

import java.util.Optional;

/**
 * {@code obligation kind individual-support-plan "an individual support plan"}: a kind of
 * obligation (or, with {@code finding}, of finding) the script declares.
 *
 * @param obligation whether it declares an obligation kind (else a finding kind)
 * @param word the word after {@code obligation} or {@code finding}, as written (the checker wants {@code kind})
 * @param code the kind's code, as rules and reports write it
 * @param description what it is, in the author's words
 * @param pos where it was written
 */
public record KindDecl(boolean obligation, Name word, Name code, Optional<Text> description, Position pos)
        implements Node {
}
