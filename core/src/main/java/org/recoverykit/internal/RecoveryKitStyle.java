package org.recoverykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.recoverykit.model.InvariantViolationException;

/**
 * The one Immutables style of the model, applied from each model package's {@code package-info.java}.
 *
 * <p>Accessors are {@code getX}/{@code isX} because Hibernate Validator ignores constraints on
 * record-style accessors. Implementations are package-private and hidden behind the abstract type's own
 * {@code Builder}. A broken invariant throws {@link InvariantViolationException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        jakarta = true,
        depluralize = true,
        depluralizeDictionary = {
            "address:addresses",
            "strategy:strategies",
            "progress:progress",
            "crisis:crisis",
            "history:history",
            "person:people"
        },
        throwForInvalidImmutableState = InvariantViolationException.class,
        throwForNullPointer = InvariantViolationException.class,
        redactedMask = "****",
        defaults = @Value.Immutable(copy = true))
public @interface RecoveryKitStyle {}
