/**
 * Adapters of the {@link org.childinneed.policies.caseload.CaseSource} port: {@link
 * org.childinneed.policies.sources.CaseFiles}, case files (JSON, contract section 1) and folders
 * of them, read lazily in path order.
 */
package org.childinneed.policies.sources;
