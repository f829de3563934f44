/**
 * Checks records against the rules of the source documents and reports every problem.
 *
 * <p>{@link org.recoverykit.validation.RecordValidator} runs the Jakarta constraints on the model's
 * accessors and the record-level {@link org.recoverykit.validation.Rule}s, under a
 * {@link org.recoverykit.validation.ValidationPolicy}, and returns an immutable
 * {@link org.recoverykit.validation.ValidationReport}. Validating never throws for bad data; it throws only
 * when validation itself cannot run.
 *
 * <p>Every {@link org.recoverykit.validation.Issue} names its rule, a JSON Pointer into the native document
 * and the source clause the rule enforces. Messages come from the resource bundle
 * {@code org.recoverykit.validation.Messages} and never contain a value of the record.
 */
@RecoveryKitStyle
package org.recoverykit.validation;

import org.recoverykit.internal.RecoveryKitStyle;
