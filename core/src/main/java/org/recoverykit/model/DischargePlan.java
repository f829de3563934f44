package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A discharge and aftercare or continuing-recovery plan, from the service or from hospital: reason, planned date, continuing services and their providers, follow-up appointments, the relapse-prevention plan, who took part and the person's agreement (Community Support key service functions 8 and 11).
 */
@Value.Immutable
@JsonDeserialize(builder = DischargePlan.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "kind",
    "planId",
    "episodeId",
    "reason",
    "facility",
    "plannedDate",
    "actualDate",
    "continuingServices",
    "noAftercareReason",
    "followUpAppointments",
    "crisisPlanId",
    "participantIds",
    "personAgreed",
    "agreedOn"
})
public abstract class DischargePlan {
    DischargePlan() {}

    /**
     * Gets the id of the discharge plan, unique within the record.
     *
     * @return the id of the discharge plan, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets what the discharge is from.
     *
     * @return what the discharge is from, not null
     */
    public abstract DischargeKind getKind();

    /**
     * Gets the id of the recovery plan version it concludes.
     *
     * @return the id of the recovery plan version it concludes, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getPlanId();

    /**
     * Gets the id of the service episode it ends.
     *
     * @return the id of the service episode it ends, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getEpisodeId();

    /**
     * Gets why the person is being discharged.
     *
     * @return why the person is being discharged, empty if not recorded
     */
    public abstract Optional<DischargeReason> getReason();

    /**
     * Gets the hospital or facility, for a discharge from hospital.
     *
     * @return the hospital or facility, for a discharge from hospital, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getFacility();

    /**
     * Gets the planned date of discharge.
     *
     * @return the planned date of discharge, empty if not recorded
     */
    public abstract Optional<LocalDate> getPlannedDate();

    /**
     * Gets the date the person was discharged.
     *
     * @return the date the person was discharged, empty if not recorded
     */
    public abstract Optional<LocalDate> getActualDate();

    /**
     * Gets the aftercare and continuing-recovery services.
     *
     * @return the aftercare and continuing-recovery services, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContinuingService> getContinuingServices();

    /**
     * Gets why no aftercare is needed, where there is none.
     *
     * @return why no aftercare is needed, where there is none, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getNoAftercareReason();

    /**
     * Gets the follow-up appointments made.
     *
     * @return the follow-up appointments made, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid FollowUpAppointment> getFollowUpAppointments();

    /**
     * Gets the id of the relapse-prevention or crisis plan that goes with it.
     *
     * @return the id of the relapse-prevention or crisis plan that goes with it, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getCrisisPlanId();

    /**
     * Gets the ids of the team members who took part.
     *
     * @return the ids of the team members who took part, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getParticipantIds();

    /**
     * Gets whether the person agreed to the discharge plan, if recorded.
     *
     * @return true or false as recorded, empty if not recorded
     */
    public abstract Optional<Boolean> getPersonAgreed();

    /**
     * Gets when the person agreed.
     *
     * @return when the person agreed, empty if not recorded
     */
    public abstract Optional<LocalDate> getAgreedOn();

    /**
     * Returns a copy of this discharge plan with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withId(String value);

    /**
     * Returns a copy of this discharge plan with another kind.
     *
     * @param value the new kind, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withKind(DischargeKind value);

    /**
     * Returns a copy of this discharge plan with another plan id.
     *
     * @param value the new plan id, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withPlanId(String value);

    /**
     * Returns a copy of this discharge plan with another episode id.
     *
     * @param value the new episode id, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withEpisodeId(String value);

    /**
     * Returns a copy of this discharge plan with another reason.
     *
     * @param value the new reason, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withReason(DischargeReason value);

    /**
     * Returns a copy of this discharge plan with another facility.
     *
     * @param value the new facility, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withFacility(String value);

    /**
     * Returns a copy of this discharge plan with another planned date.
     *
     * @param value the new planned date, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withPlannedDate(LocalDate value);

    /**
     * Returns a copy of this discharge plan with another actual date.
     *
     * @param value the new actual date, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withActualDate(LocalDate value);

    /**
     * Returns a copy of this discharge plan with another continuing services.
     *
     * @param value the new continuing services, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withContinuingServices(Iterable<? extends ContinuingService> value);

    /**
     * Returns a copy of this discharge plan with another no aftercare reason.
     *
     * @param value the new no aftercare reason, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withNoAftercareReason(String value);

    /**
     * Returns a copy of this discharge plan with another follow up appointments.
     *
     * @param value the new follow up appointments, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withFollowUpAppointments(Iterable<? extends FollowUpAppointment> value);

    /**
     * Returns a copy of this discharge plan with another crisis plan id.
     *
     * @param value the new crisis plan id, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withCrisisPlanId(String value);

    /**
     * Returns a copy of this discharge plan with another participant ids.
     *
     * @param value the new participant ids, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withParticipantIds(Iterable<String> value);

    /**
     * Returns a copy of this discharge plan with another person agreed.
     *
     * @param value the new person agreed, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withPersonAgreed(boolean value);

    /**
     * Returns a copy of this discharge plan with another agreed on.
     *
     * @param value the new agreed on, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withAgreedOn(LocalDate value);

    /**
     * Returns a copy of this discharge plan with another plan id, or none.
     *
     * @param value the new plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withPlanId(Optional<String> value);

    /**
     * Returns a copy of this discharge plan with another episode id, or none.
     *
     * @param value the new episode id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withEpisodeId(Optional<String> value);

    /**
     * Returns a copy of this discharge plan with another reason, or none.
     *
     * @param value the new reason, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withReason(Optional<? extends DischargeReason> value);

    /**
     * Returns a copy of this discharge plan with another facility, or none.
     *
     * @param value the new facility, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withFacility(Optional<String> value);

    /**
     * Returns a copy of this discharge plan with another planned date, or none.
     *
     * @param value the new planned date, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withPlannedDate(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this discharge plan with another actual date, or none.
     *
     * @param value the new actual date, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withActualDate(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this discharge plan with another no aftercare reason, or none.
     *
     * @param value the new no aftercare reason, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withNoAftercareReason(Optional<String> value);

    /**
     * Returns a copy of this discharge plan with another crisis plan id, or none.
     *
     * @param value the new crisis plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withCrisisPlanId(Optional<String> value);

    /**
     * Returns a copy of this discharge plan with another person agreed, or none.
     *
     * @param value the new person agreed, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withPersonAgreed(Optional<Boolean> value);

    /**
     * Returns a copy of this discharge plan with another agreed on, or none.
     *
     * @param value the new agreed on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DischargePlan withAgreedOn(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of discharge plans.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DischargePlan}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableDischargePlan.Builder {
        /** Creates an empty builder; {@link DischargePlan#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "DischargePlan.id");
    }
}
