/** The canonical layout of policy scripts ({@code cin fmt}), over the token stream, keeping every comment. */
package org.childinneed.dsl.internal.syntax.format;
