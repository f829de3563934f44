package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A billing code of a claim line: a HCPCS Level II procedure code and its modifiers, such as {@code H0043 U6}
 * or {@code T1016 U8 GQ}.
 *
 * <p>The same procedure code recurs with different modifiers for different services, so a billing code is
 * the pair: two billing codes are equal when their codes and their modifiers, in order, are equal. A billing
 * code is not patient data, and {@link #toString()} shows it.
 */
@Value.Immutable
@JsonDeserialize(builder = BillingCode.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"code", "modifiers"})
public abstract class BillingCode {
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final int MAX_MODIFIERS = 4;

    BillingCode() {}

    /**
     * Gets the HCPCS Level II procedure code.
     *
     * @return the code, a capital letter and four digits such as {@code H0043}, not null
     */
    public abstract String getCode();

    /**
     * Gets the modifiers, in the order they are billed.
     *
     * @return the modifiers, each two capital letters or digits such as {@code U8}; at most four, none
     *     repeated; unmodifiable, empty if none, not null
     */
    public abstract List<@NotBlank String> getModifiers();

    /**
     * Obtains a billing code from its procedure code and modifiers.
     *
     * @param code the HCPCS Level II code, such as {@code T1016}, not null
     * @param modifiers the modifiers in billing order, such as {@code U8} and {@code GQ}, not null
     * @return the billing code, not null
     * @throws InvariantViolationException if the code or a modifier is malformed, there are more than four
     *     modifiers or one is repeated
     */
    public static BillingCode of(String code, String... modifiers) {
        if (modifiers == null) {
            throw new InvariantViolationException("BillingCode.modifiers must not be null");
        }
        return builder().code(code).addModifiers(modifiers).build();
    }

    /**
     * Obtains a billing code from its text form, such as {@code T1016 U8 GQ}: the procedure code, then each
     * modifier, separated by spaces.
     *
     * @param text the text form, not null
     * @return the billing code, not null
     * @throws InvariantViolationException if the code or a modifier is malformed, there are more than four
     *     modifiers or one is repeated
     */
    public static BillingCode parse(CharSequence text) {
        if (text == null) {
            throw new InvariantViolationException("BillingCode text must not be null");
        }
        String[] parts = text.toString().trim().split(" +", -1);
        return builder()
                .code(parts[0])
                .addAllModifiers(List.of(parts).subList(1, parts.length))
                .build();
    }

    /**
     * Returns a copy of this billing code with another code.
     *
     * @param value the new code, not null
     * @return the copy, not null
     */
    public abstract BillingCode withCode(String value);

    /**
     * Returns a copy of this billing code with another modifiers.
     *
     * @param value the new modifiers, not null
     * @return the copy, not null
     */
    public abstract BillingCode withModifiers(Iterable<String> value);

    /**
     * Obtains a builder of billing codes.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BillingCode}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableBillingCode.Builder {
        /** Creates an empty builder; {@link BillingCode#builder()} is the usual way to get one. */
        public Builder() {}
    }

    /**
     * Outputs this billing code in its text form, such as {@code T1016 U8 GQ}.
     *
     * @return the code followed by each modifier, separated by single spaces, not null
     */
    @Override
    public String toString() {
        return getModifiers().isEmpty() ? getCode() : getCode() + " " + String.join(" ", getModifiers());
    }

    @Value.Check
    void check() {
        if (!CODE.matcher(getCode()).matches()) {
            throw new InvariantViolationException(
                    "BillingCode.code must be a HCPCS Level II code: a capital letter and four digits");
        }
        if (!getModifiers().stream().allMatch(m -> MODIFIER.matcher(m).matches())) {
            throw new InvariantViolationException("BillingCode.modifiers must each be two capital letters or digits");
        }
        if (getModifiers().size() > MAX_MODIFIERS) {
            throw new InvariantViolationException("BillingCode.modifiers must not hold more than four modifiers");
        }
        if (new HashSet<>(getModifiers()).size() < getModifiers().size()) {
            throw new InvariantViolationException("BillingCode.modifiers must not repeat a modifier");
        }
    }
}
