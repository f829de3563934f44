/**
 * The built-in rules of the source documents, one small class a rule; {@link
 * org.recoverykit.validation.rules.BuiltInRules#all()} lists them.
 */
package org.recoverykit.validation.rules;
