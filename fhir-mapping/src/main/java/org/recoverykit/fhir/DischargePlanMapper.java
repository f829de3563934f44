package org.recoverykit.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.ContinuingService;
import org.recoverykit.model.DischargeKind;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.DischargeReason;
import org.recoverykit.model.FollowUpAppointment;
import org.recoverykit.model.ServiceFunction;

/**
 * Maps a {@link DischargePlan} to a CarePlan of category SNOMED CT 736372004 Discharge care plan (with the
 * discharge kind beside it), {@code basedOn} the recovery plan, {@code completed} once discharged and
 * {@code active} before; each continuing service is an activity referencing a ServiceRequest and each follow-up
 * appointment one referencing a proposed Appointment. The episode, reason, facility, planned and actual dates,
 * why there is no aftercare, the crisis plan, who took part and the person's agreement are extensions.
 */
final class DischargePlanMapper {
    static final String DISCHARGE_CARE_PLAN = "736372004";
    private static final Set<String> READ =
            ReadContext.resourceProperties("basedOn", "status", "intent", "category", "subject", "activity");
    private static final Set<String> SERVICE =
            ReadContext.resourceProperties("status", "intent", "code", "subject", "occurrenceDateTime", "performer");
    private static final Set<String> APPOINTMENT =
            Set.of("resourceType", "id", "meta", "text", "status", "description", "requestedPeriod", "participant");
    /** What is read of a follow-up appointment that has no requested period, whose start is then its own. */
    private static final Set<String> APPOINTMENT_BY_START =
            Set.of("resourceType", "id", "meta", "text", "status", "description", "start", "participant");

    private DischargePlanMapper() {}

    static String place(int i) {
        return "dischargePlans/" + i;
    }

    static void write(WriteContext ctx, DischargePlan discharge, int index) {
        String place = place(index);
        ctx.begin("CarePlan", place);
        if (discharge.getEpisodeId().isPresent()) {
            ctx.extReferenceById(
                    FhirExtension.EPISODE_OF_CARE.getUrl(),
                    "EpisodeOfCare",
                    Places.EPISODE,
                    discharge.getEpisodeId().get());
        }
        ctx.extCoding(FhirExtension.DISCHARGE_REASON, FhirCodeSystems.DISCHARGE_REASON, discharge.getReason());
        ctx.extString(FhirExtension.FACILITY, discharge.getFacility());
        ctx.extDate(FhirExtension.PLANNED_DATE, discharge.getPlannedDate());
        ctx.extDate(FhirExtension.ACTUAL_DATE, discharge.getActualDate());
        ctx.extString(FhirExtension.NO_AFTERCARE_REASON, discharge.getNoAftercareReason());
        if (discharge.getCrisisPlanId().isPresent()) {
            ctx.extReferenceById(
                    FhirExtension.CRISIS_PLAN.getUrl(),
                    "CarePlan",
                    Places.CRISIS_PLAN,
                    discharge.getCrisisPlanId().get());
        }
        ctx.extStrings(FhirExtension.TEAM_MEMBER, discharge.getParticipantIds());
        ctx.extBoolean(FhirExtension.PERSON_AGREED, discharge.getPersonAgreed());
        ctx.extDate(FhirExtension.AGREED_ON, discharge.getAgreedOn());
        ctx.closeExtensions();
        ctx.identifier(discharge.getId());
        if (discharge.getPlanId().isPresent()) {
            ctx.out.writeArrayPropertyStart("basedOn");
            ctx.referenceById("CarePlan", Places.PLAN, discharge.getPlanId().get());
            ctx.out.writeEndArray();
        }
        ctx.out.writeStringProperty("status", status(discharge.getActualDate().isPresent()));
        ctx.out.writeStringProperty("intent", "plan");
        ctx.out.writeArrayPropertyStart("category");
        ctx.displayedConcept(FhirCodeSystems.SNOMED, DISCHARGE_CARE_PLAN, "Discharge care plan");
        ctx.concept(FhirCodeSystems.DISCHARGE_KIND, discharge.getKind().getCode());
        ctx.out.writeEndArray();
        ctx.subject();
        int services = discharge.getContinuingServices().size();
        int appointments = discharge.getFollowUpAppointments().size();
        if (services + appointments > 0) {
            ctx.out.writeArrayPropertyStart("activity");
            for (int i = 0; i < services; i++) {
                CarePlanMapper.activity(ctx, "ServiceRequest", ctx.id(place + "/services/" + i));
            }
            for (int i = 0; i < appointments; i++) {
                CarePlanMapper.activity(ctx, "Appointment", ctx.id(place + "/appointments/" + i));
            }
            ctx.out.writeEndArray();
        }
        ctx.end();
        for (int i = 0; i < services; i++) {
            service(ctx, discharge.getContinuingServices().get(i), place + "/services/" + i);
        }
        for (int i = 0; i < appointments; i++) {
            appointment(ctx, discharge.getFollowUpAppointments().get(i), place + "/appointments/" + i);
        }
    }

    /** The CarePlan status the writer gives a discharge plan: completed once discharged, else active. */
    private static String status(boolean discharged) {
        return discharged ? "completed" : "active";
    }

    private static void service(WriteContext ctx, ContinuingService service, String place) {
        ctx.begin("ServiceRequest", place);
        ctx.extContactPoints(FhirExtension.PROGRAM_CONTACT, service.getProviderContact());
        ctx.closeExtensions();
        ctx.out.writeStringProperty("status", "active");
        ctx.out.writeStringProperty("intent", "plan");
        ServiceRequestMapper.code(ctx, service.getServiceFunction(), Optional.of(service.getDescription()));
        ctx.subject();
        ctx.date("occurrenceDateTime", service.getStartsOn());
        Optional<String> provider = WriteContext.nonBlank(service.getProvider());
        if (provider.isPresent()) {
            ctx.out.writeArrayPropertyStart("performer");
            ctx.display(provider.get());
            ctx.out.writeEndArray();
        }
        ctx.end();
    }

    private static void appointment(WriteContext ctx, FollowUpAppointment appointment, String place) {
        ctx.begin("Appointment", place);
        ctx.out.writeStringProperty("status", "proposed");
        ctx.string("description", appointment.getPurpose());
        ctx.out.writeArrayPropertyStart("participant");
        ctx.out.writeStartObject();
        ctx.reference("actor", "Patient", ctx.id(Places.PERSON));
        ctx.out.writeStringProperty("status", "needs-action");
        ctx.out.writeEndObject();
        Optional<String> withWhom = WriteContext.nonBlank(appointment.getWithWhom());
        if (withWhom.isPresent()) {
            ctx.out.writeStartObject();
            ctx.out.writeName("actor");
            ctx.display(withWhom.get());
            ctx.out.writeStringProperty("status", "needs-action");
            ctx.out.writeEndObject();
        }
        ctx.out.writeEndArray();
        ctx.out.writeArrayPropertyStart("requestedPeriod");
        ctx.out.writeStartObject();
        ctx.dateTime("start", appointment.getStart());
        ctx.out.writeEndObject();
        ctx.out.writeEndArray();
        ctx.end();
    }

    static boolean isDischargePlan(JsonValue carePlan) {
        return ReadContext.hasCode(carePlan.get("category"), FhirCodeSystems.SNOMED, DISCHARGE_CARE_PLAN);
    }

    /** Reads a discharge plan; the resources its activities reference are marked read, each once. */
    static DischargePlan read(ReadContext ctx, Resource carePlan) {
        JsonValue node = carePlan.node();
        String path = carePlan.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        DischargePlan.Builder discharge = DischargePlan.builder().id(ctx.index.modelId(carePlan));
        discharge.episodeId(ext.referenceId(FhirExtension.EPISODE_OF_CARE, carePlan));
        discharge
                .reason(ext.code(
                        FhirExtension.DISCHARGE_REASON, FhirCodeSystems.DISCHARGE_REASON, DischargeReason.class))
                .facility(ext.string(FhirExtension.FACILITY))
                .plannedDate(ext.date(FhirExtension.PLANNED_DATE));
        Optional<java.time.LocalDate> actualDate = ext.date(FhirExtension.ACTUAL_DATE);
        discharge.actualDate(actualDate).noAftercareReason(ext.string(FhirExtension.NO_AFTERCARE_REASON));
        discharge.crisisPlanId(ext.referenceId(FhirExtension.CRISIS_PLAN, carePlan));
        discharge
                .participantIds(ext.strings(FhirExtension.TEAM_MEMBER))
                .personAgreed(ext.bool(FhirExtension.PERSON_AGREED))
                .agreedOn(ext.date(FhirExtension.AGREED_ON));
        ext.close();
        discharge.planId(ctx.firstReferenceId(node, "basedOn", carePlan, path));
        discharge.kind(ctx.firstCoded(
                        node,
                        "category",
                        FhirCodeSystems.DISCHARGE_KIND,
                        DischargeKind.class,
                        path,
                        DISCHARGE_CARE_PLAN)
                .orElse(DischargeKind.FROM_SERVICE));
        for (ReadContext.Item activity : ctx.array(node, "activity", path)) {
            String at = activity.path();
            JsonValue reference = ctx.object(activity.node(), "reference", at);
            Optional<Resource> resolved = ctx.resource(reference, carePlan, at + ".reference");
            if (resolved.isEmpty()) {
                if (activity.node().has("detail")) {
                    ctx.skip(at + ".detail", "an inline activity of a discharge plan; the model has no place for it");
                }
                continue;
            }
            ctx.once(resolved, at + ".reference", ActivityMapper.NO_PLACE, "ServiceRequest", "Appointment")
                    .ifPresent(target -> {
                        if (target.type().equals("ServiceRequest")) {
                            discharge.addContinuingService(service(ctx, target));
                        } else {
                            appointment(ctx, target).ifPresent(discharge::addFollowUpAppointment);
                        }
                    });
        }
        ctx.derived(node, "status", path, status(actualDate.isPresent()));
        ctx.derived(node, "intent", path, "plan");
        ctx.skipOthers(node, path, READ);
        return discharge.build();
    }

    private static ContinuingService service(ReadContext ctx, Resource request) {
        JsonValue node = request.node();
        String path = request.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        ContinuingService.Builder service = ContinuingService.builder();
        service.addAllProviderContact(ext.contactPoints(FhirExtension.PROGRAM_CONTACT));
        ext.close();
        JsonValue code = ctx.object(node, "code", path);
        service.serviceFunction(
                ctx.codedOnly(code, FhirCodeSystems.SERVICE_FUNCTION, ServiceFunction.class, path + ".code"));
        service.description(ctx.text(code, path + ".code").orElseGet(() -> {
            ctx.skipReadAs(
                    path + ".code", "a continuing service without a description", "described as a continuing service");
            return "continuing service";
        }));
        service.startsOn(ctx.date(node, "occurrenceDateTime", path));
        service.provider(ServiceRequestMapper.firstPerformerDisplay(ctx, node, path));
        ctx.derived(node, "status", path, "active");
        ctx.derived(node, "intent", path, "plan");
        ctx.skipOthers(node, path, SERVICE);
        return service.build();
    }

    private static Optional<FollowUpAppointment> appointment(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        List<ReadContext.Item> periods = ctx.array(node, "requestedPeriod", path);
        Optional<java.time.OffsetDateTime> start = periods.isEmpty()
                ? ctx.dateTime(node, "start", path)
                : ctx.dateTime(periods.get(0).node(), "start", periods.get(0).path());
        if (start.isEmpty()) {
            ctx.skip(path, "a follow-up appointment without a start");
            return Optional.empty();
        }
        FollowUpAppointment.Builder appointment =
                FollowUpAppointment.builder().start(start.get()).purpose(ctx.string(node, "description", path));
        if (!periods.isEmpty()) {
            ctx.skipOthers(periods.get(0).node(), periods.get(0).path(), PeriodMapper.START);
        }
        ctx.skipFurther(periods, "a further period; the model holds one start");
        boolean withWhom = false;
        for (ReadContext.Item item : ctx.array(node, "participant", path)) {
            JsonValue participant = item.node();
            String at = item.path();
            JsonValue actor = participant.get("actor");
            boolean display = actor != null && actor.isObject() && !actor.has("reference");
            if (display && !withWhom) {
                appointment.withWhom(Datatypes.display(ctx, actor, at + ".actor"));
                withWhom = true;
            } else if (display) {
                ctx.skip(at, "a further participant; the model holds one besides the person");
                continue;
            } else if (!ContactMapper.isPatient(ctx, participant, resource, at)) {
                ctx.skip(at, ContactMapper.OTHER_PARTICIPANT);
                continue;
            }
            ctx.derived(participant, "status", at, "needs-action");
            ctx.skipOthers(participant, at, ContactMapper.PARTICIPANT);
        }
        ctx.derived(node, "status", path, "proposed");
        ctx.skipOthers(node, path, periods.isEmpty() ? APPOINTMENT_BY_START : APPOINTMENT);
        return Optional.of(appointment.build());
    }
}
