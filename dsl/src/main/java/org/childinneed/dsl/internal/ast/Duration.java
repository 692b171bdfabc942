package org.childinneed.dsl.internal.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * A length of time: "10 working days", "12 weeks", "3 months".
 *
 * @param amount how many units
 * @param unit the unit; empty when the script names one the language does not know
 * @param unitName the unit as written
 * @param pos where it was written
 */
public record Duration(NumberLiteral amount, Optional<TimeUnit> unit, Name unitName, Position pos) implements Node {

    public Duration {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(pos, "pos");
    }

    /** "10 working days". */
    public String words() {
        return amount.value() + " " + unit.map(u -> u.words(amount.value())).orElse(unitName.text());
    }
}
