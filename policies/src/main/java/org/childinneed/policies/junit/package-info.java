/**
 * Compliance scenarios as JUnit 5 dynamic tests, for a vendor's own test suite. The only package
 * that needs {@code junit-jupiter-api}, which the library does not bring (the {@code cin} command
 * never loads it).
 */
package org.childinneed.policies.junit;
