/**
 * Reading JSON input files (case files, scenario files): their text, read strictly and within
 * limits; their tree, with the position of every value; and syntax errors and value kinds in words
 * that repeat nothing personal from the file.
 */
package org.childinneed.policies.internal.json;
