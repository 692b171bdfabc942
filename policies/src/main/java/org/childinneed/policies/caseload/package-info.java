/**
 * The application layer of checking a caseload: the {@link org.childinneed.policies.caseload.CheckCases}
 * use case and its ports. Cases come from a {@link org.childinneed.policies.caseload.CaseSource}
 * (case files and folders of them; importers of other formats add their own), reports go to a
 * {@link org.childinneed.policies.caseload.ReportWriter} (text, JSON, HTML, ndjson, CSV, summaries),
 * one case at a time, so memory does not grow with the number of cases.
 */
package org.childinneed.policies.caseload;
