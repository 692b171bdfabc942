/**
 * The bank holidays of England and Wales, read from the government's published list shape.
 *
 * <p>The embedded {@code bank-holidays.json} covers 1995 to 2027. It was generated once from
 * {@link org.childinneed.model.calendar.EnglandAndWalesRules} plus the one-off and moved days
 * (1995-05-08 VE day in place of 1 May; 1999-12-31; 2002-06-03 and the spring holiday moved to
 * 2002-06-04 in place of 27 May; 2011-04-29; the spring holiday moved to 2012-06-04 and 2012-06-05;
 * 2020-05-08 in place of 4 May; the spring holiday moved to 2022-06-02, 2022-06-03 and 2022-09-19;
 * 2023-05-08), and checked against the gov.uk list for 2012 to 2022 as cached by the
 * ministryofjustice/govuk-bank-holidays project, and against Jollyday. Titles and notes follow the
 * gov.uk wording; for years before 2012 gov.uk publishes no list, and the titles and notes of the
 * one-off days there are this project's.
 */
package org.childinneed.policies.calendar;
