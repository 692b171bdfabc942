/**
 * What changes between two compliance reports of one case, as when a policy author compares a
 * revised policy with the one in force: obligations that appear or disappear, due dates that move,
 * statuses that change, findings added or removed; and the counts of those changes per rule over a
 * caseload.
 */
package org.childinneed.model.diff;
