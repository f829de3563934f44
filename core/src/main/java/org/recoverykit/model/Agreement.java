package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A team member's agreement to a plan version: who, when, how (person-centred planning, Team 3; MH22 P10; 42 CFR 441.301(c)(2)(ix)).
 */
@Value.Immutable
@JsonDeserialize(builder = Agreement.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"memberId", "decision", "agreedOn", "method"})
public abstract class Agreement {
    Agreement() {}

    /**
     * Gets the id of the team member who agreed.
     *
     * @return the id of the team member who agreed, not null
     */
    public abstract String getMemberId();

    /**
     * Gets what the member decided.
     *
     * @return what the member decided, not null
     */
    @Value.Default
    public AgreementDecision getDecision() {
        return AgreementDecision.AGREED;
    }

    /**
     * Gets when.
     *
     * @return when, empty if not recorded
     */
    public abstract Optional<LocalDate> getAgreedOn();

    /**
     * Gets how the agreement was given.
     *
     * @return how the agreement was given, empty if not recorded
     */
    public abstract Optional<AgreementMethod> getMethod();

    /**
     * Returns a copy of this agreement with another member id.
     *
     * @param value the new member id, not null
     * @return the copy, not null
     */
    public abstract Agreement withMemberId(String value);

    /**
     * Returns a copy of this agreement with another decision.
     *
     * @param value the new decision, not null
     * @return the copy, not null
     */
    public abstract Agreement withDecision(AgreementDecision value);

    /**
     * Returns a copy of this agreement with another agreed on.
     *
     * @param value the new agreed on, not null
     * @return the copy, not null
     */
    public abstract Agreement withAgreedOn(LocalDate value);

    /**
     * Returns a copy of this agreement with another method.
     *
     * @param value the new method, not null
     * @return the copy, not null
     */
    public abstract Agreement withMethod(AgreementMethod value);

    /**
     * Returns a copy of this agreement with another agreed on, or none.
     *
     * @param value the new agreed on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Agreement withAgreedOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this agreement with another method, or none.
     *
     * @param value the new method, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Agreement withMethod(Optional<? extends AgreementMethod> value);

    /**
     * Obtains a builder of agreements.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Agreement}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableAgreement.Builder {
        /** Creates an empty builder; {@link Agreement#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
