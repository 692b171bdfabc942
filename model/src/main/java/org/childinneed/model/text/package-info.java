/**
 * Text that is shown to people: which characters a terminal or a reader would not see as they are
 * (control characters, bidirectional and invisible format characters, lone surrogates), and how
 * they are written so that they are seen.
 */
package org.childinneed.model.text;
