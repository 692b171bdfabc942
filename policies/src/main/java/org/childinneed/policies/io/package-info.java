/**
 * Files and streams as a careful command-line tool handles them: input files read within limits and
 * never blocking on a pipe, folders scanned without losing the readable files to an unreadable one,
 * reports written atomically and never over an input, standard output checked, and text for a
 * terminal with its control characters escaped. Any command, or a use case behind one, can call them.
 */
package org.childinneed.policies.io;
