package org.childinneed.model.meeting;

import org.childinneed.model.Coded;

/**
 * A role as an event records it: a national {@link Role}, or a role a policy declares
 * ({@code role family-group-coordinator}), read as a {@link org.childinneed.model.event.DeclaredCode}.
 */
public interface RoleCode extends Coded {
}
