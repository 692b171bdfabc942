package org.childinneed.model.event;

import java.util.Arrays;
import java.util.Optional;
import org.childinneed.model.Coded;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.PlanElement;

/**
 * The national code lists a policy may add codes to, because procedures name roles and plan
 * elements the national lists lack: {@code role family-group-coordinator},
 * {@code plan element frequency-of-visits}. The other code lists are closed.
 */
public enum OpenList {
    /** The roles that chair meetings, take decisions and supervise ({@link Role}). */
    ROLE("role", Role.class),
    /** The parts a plan records ({@link PlanElement}). */
    PLAN_ELEMENT("plan element", PlanElement.class);

    private final String words;
    private final Class<? extends Coded> national;

    OpenList(String words, Class<? extends Coded> national) {
        this.words = words;
        this.national = national;
    }

    /** How a script declares a code of this list and how messages name it: "role", "plan element". */
    public String words() {
        return words;
    }

    /** The national codes' enum. */
    public Class<? extends Coded> national() {
        return national;
    }

    /** Whether {@code code} is a national code of this list. */
    public boolean isNational(String code) {
        return Arrays.stream(national.getEnumConstants()).anyMatch(c -> c.code().equals(code));
    }

    /** The open list whose national codes are {@code vocabulary}'s, if that list is open. */
    public static Optional<OpenList> of(Class<? extends Coded> vocabulary) {
        return Arrays.stream(values()).filter(l -> l.national == vocabulary).findFirst();
    }
}
