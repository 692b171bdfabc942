package org.childinneed.model.meeting;

import org.childinneed.model.Coded;

/** The roles that chair meetings, take decisions and supervise. */
public enum Role implements RoleCode {
    SOCIAL_WORKER,
    SENIOR_SOCIAL_WORKER,
    SENIOR_PRACTITIONER,
    SENIOR_PRACTICE_LEAD,
    CONSULTANT_SOCIAL_WORKER,
    TEAM_MANAGER,
    GROUP_MANAGER,
    SERVICE_MANAGER,
    HEAD_OF_SERVICE,
    ASSISTANT_DIRECTOR,
    INDEPENDENT_REVIEWING_OFFICER,
    CONFERENCE_CHAIR,
    FAMILY_SUPPORT_WORKER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
