/**
 * Problems with inputs, in one shape for every reader: {@link org.childinneed.model.problem.Problem}
 * with a stable machine code, a {@link org.childinneed.model.problem.Severity} and a
 * {@link org.childinneed.model.problem.Location}.
 */
package org.childinneed.model.problem;
