package org.recoverykit.fhir;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.ContactMode;
import org.recoverykit.model.Setting;

/**
 * Maps a {@link Contact} to an Encounter when it was attended, else to an Appointment: {@code noshow} with reason
 * SNOMED CT 281399006 Did not attend when missed, {@code cancelled} with the cancellation reason {@code pat} or
 * {@code prov} when cancelled. Read back, {@code pat} and its children ({@code pat-crs}, ...) are cancellations by
 * the person and any other code by the service; a reason other than {@code pat} or {@code prov} is reported.
 *
 * <p>Both carry the mode and setting as codes ({@code Encounter.type}, {@code Appointment.serviceType}), the
 * need as a reason's text, the interventions delivered as {@code basedOn}, the goals in
 * {@code resource-pertainsToGoal}, and the plan, provider, response, next steps and whether the note was
 * collaborative in extensions. An Encounter's class is {@code VR} for phone and video, {@code HH} at home,
 * {@code FLD} in the community, school or workplace, else {@code AMB}. FHIR requires an Appointment to have an
 * end where it has a start: a missed contact without one ends when it starts, marked by
 * {@link FhirExtension#END_NOT_RECORDED}.
 */
final class ContactMapper {
    static final String DID_NOT_ATTEND = "281399006";
    private static final Set<String> ENCOUNTER = ReadContext.resourceProperties(
            "status", "class", "type", "subject", "episodeOfCare", "basedOn", "period", "reasonCode");
    private static final Set<String> APPOINTMENT = ReadContext.resourceProperties(
            "status", "cancelationReason", "serviceType", "reasonCode", "basedOn", "start", "end", "participant");

    private ContactMapper() {}

    static String place(int i) {
        return "contacts/" + i;
    }

    static String type(Contact contact) {
        return contact.getAttendance() == Attendance.ATTENDED ? "Encounter" : "Appointment";
    }

    static void write(WriteContext ctx, Contact contact, int index, Integer plan) {
        boolean attended = contact.getAttendance() == Attendance.ATTENDED;
        String type = type(contact);
        ctx.begin(type, place(index));
        String goals = plan == null ? Places.NOWHERE : Places.goalScope(plan);
        ServiceRequestMapper.goals(ctx, contact.getGoalIds(), goals);
        ctx.extString(FhirExtension.TEAM_MEMBER, contact.getProviderMemberId());
        if (contact.getPlanId().isPresent()) {
            ctx.extReferenceById(
                    FhirExtension.CARE_PLAN.getUrl(),
                    "CarePlan",
                    Places.PLAN,
                    contact.getPlanId().get());
        }
        if (!attended && contact.getEpisodeId().isPresent()) {
            ctx.extReferenceById(
                    FhirExtension.EPISODE_OF_CARE.getUrl(),
                    "EpisodeOfCare",
                    Places.EPISODE,
                    contact.getEpisodeId().get());
        }
        ctx.extString(FhirExtension.RESPONSE, contact.getResponse());
        ctx.extString(FhirExtension.NEXT_STEPS, contact.getNextSteps());
        if (contact.isCollaborative()) {
            ctx.extBoolean(FhirExtension.COLLABORATIVE, true);
        }
        if (!attended && contact.getEnd().isEmpty()) {
            ctx.extBoolean(FhirExtension.END_NOT_RECORDED, true);
        }
        ctx.closeExtensions();
        ctx.identifier(contact.getId());
        if (attended) {
            ctx.out.writeStringProperty("status", "finished");
            ctx.out.writeName("class");
            ctx.coding(FhirCodeSystems.V3_ACT_CODE, encounterClass(contact));
            codes(ctx, "type", contact);
            ctx.subject();
            if (contact.getEpisodeId().isPresent()) {
                ctx.out.writeArrayPropertyStart("episodeOfCare");
                ctx.referenceById(
                        "EpisodeOfCare", Places.EPISODE, contact.getEpisodeId().get());
                ctx.out.writeEndArray();
            }
            interventions(ctx, contact, plan);
            ctx.out.writeObjectPropertyStart("period");
            ctx.dateTime("start", contact.getStart());
            contact.getEnd().ifPresent(end -> ctx.dateTime("end", end));
            ctx.out.writeEndObject();
            need(ctx, contact, false);
        } else {
            boolean missed = contact.getAttendance() == Attendance.MISSED;
            ctx.out.writeStringProperty("status", missed ? "noshow" : "cancelled");
            if (!missed) {
                ctx.concept(
                        "cancelationReason",
                        FhirCodeSystems.APPOINTMENT_CANCELLATION_REASON,
                        contact.getAttendance() == Attendance.CANCELLED_BY_PERSON ? "pat" : "prov");
            }
            codes(ctx, "serviceType", contact);
            need(ctx, contact, missed);
            interventions(ctx, contact, plan);
            ctx.dateTime("start", contact.getStart());
            ctx.dateTime("end", contact.getEnd().orElse(contact.getStart()));
            ctx.out.writeArrayPropertyStart("participant");
            ctx.out.writeStartObject();
            ctx.reference("actor", "Patient", ctx.id(Places.PERSON));
            ctx.out.writeStringProperty("status", "accepted");
            ctx.out.writeEndObject();
            ctx.out.writeEndArray();
        }
        ctx.end();
    }

    private static String encounterClass(Contact contact) {
        if (contact.getMode()
                .filter(m -> m == ContactMode.PHONE || m == ContactMode.VIDEO)
                .isPresent()) {
            return "VR";
        }
        Setting setting = contact.getSetting().orElse(Setting.OTHER);
        return switch (setting) {
            case HOME -> "HH";
            case COMMUNITY, SCHOOL, WORKPLACE -> "FLD";
            default -> "AMB";
        };
    }

    private static void codes(WriteContext ctx, String name, Contact contact) {
        if (contact.getMode().isEmpty() && contact.getSetting().isEmpty()) {
            return;
        }
        ctx.out.writeArrayPropertyStart(name);
        contact.getMode().ifPresent(mode -> ctx.concept(FhirCodeSystems.CONTACT_MODE, mode.getCode()));
        contact.getSetting().ifPresent(setting -> ctx.concept(FhirCodeSystems.SETTING, setting.getCode()));
        ctx.out.writeEndArray();
    }

    private static void need(WriteContext ctx, Contact contact, boolean didNotAttend) {
        Optional<String> need = WriteContext.nonBlank(contact.getNeed());
        if (need.isEmpty() && !didNotAttend) {
            return;
        }
        ctx.out.writeArrayPropertyStart("reasonCode");
        if (didNotAttend) {
            ctx.displayedConcept(FhirCodeSystems.SNOMED, DID_NOT_ATTEND, "Did not attend");
        }
        need.ifPresent(ctx::text);
        ctx.out.writeEndArray();
    }

    private static void interventions(WriteContext ctx, Contact contact, Integer plan) {
        if (contact.getInterventionIds().isEmpty()) {
            return;
        }
        String scope = plan == null ? Places.NOWHERE : Places.interventionScope(plan);
        ctx.out.writeArrayPropertyStart("basedOn");
        for (String interventionId : contact.getInterventionIds()) {
            ctx.referenceById("ServiceRequest", scope, interventionId);
        }
        ctx.out.writeEndArray();
    }

    static Optional<Contact> read(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        boolean encounter = resource.type().equals("Encounter");
        Optional<OffsetDateTime> start;
        Optional<OffsetDateTime> end;
        if (encounter) {
            JsonValue period = ctx.object(node, "period", path);
            start = Optional.empty();
            end = Optional.empty();
            if (period != null) {
                String at = path + ".period";
                start = ctx.dateTime(period, "start", at);
                end = ctx.dateTime(period, "end", at);
                ctx.skipOthers(period, at, PeriodMapper.START_END);
            }
        } else {
            start = ctx.dateTime(node, "start", path);
            end = ctx.dateTime(node, "end", path);
        }
        if (start.isEmpty()) {
            ctx.skip(path, "a contact without a start");
            return Optional.empty();
        }
        if (end.isPresent() && end.get().isBefore(start.get())) {
            ctx.skip(encounter ? path + ".period.end" : path + ".end", "an end before the start");
            end = Optional.empty();
        }
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Contact.Builder contact = Contact.builder()
                .id(ctx.index.modelId(resource))
                .start(start.get())
                .goalIds(ext.referenceIds(FhirCodeSystems.PERTAINS_TO_GOAL, resource))
                .providerMemberId(ext.string(FhirExtension.TEAM_MEMBER));
        contact.planId(ext.referenceId(FhirExtension.CARE_PLAN, resource));
        contact.episodeId(ext.referenceId(FhirExtension.EPISODE_OF_CARE, resource));
        contact.response(ext.string(FhirExtension.RESPONSE))
                .nextSteps(ext.string(FhirExtension.NEXT_STEPS))
                .collaborative(ext.bool(FhirExtension.COLLABORATIVE).orElse(false));
        boolean endNotRecorded = ext.bool(FhirExtension.END_NOT_RECORDED).orElse(false);
        ext.close();
        if (endNotRecorded && end.isPresent() && !end.equals(start)) {
            ctx.skip(encounter ? path + ".period.end" : path + ".end", "an end that the input says was not recorded");
        }
        contact.end(endNotRecorded ? Optional.empty() : end);
        boolean modeRead = false;
        boolean settingRead = false;
        for (ReadContext.Item item : ctx.array(node, encounter ? "type" : "serviceType", path)) {
            String at = item.path();
            JsonValue code = item.node();
            Optional<ContactMode> mode = ctx.coded(code, FhirCodeSystems.CONTACT_MODE, ContactMode.class, at);
            Optional<Setting> setting = ctx.coded(code, FhirCodeSystems.SETTING, Setting.class, at);
            if (mode.isPresent() && modeRead || setting.isPresent() && settingRead) {
                ctx.skip(at, "a further mode or setting; the model holds one of each");
            }
            if (mode.isPresent() && !modeRead) {
                contact.mode(mode);
                modeRead = true;
            }
            if (setting.isPresent() && !settingRead) {
                contact.setting(setting);
                settingRead = true;
            }
            if (mode.isEmpty() && setting.isEmpty() && !code.has("coding")) {
                ctx.skip(at, "a type without a mode or setting of the model's");
            }
            ctx.otherCodings(code, at, FhirCodeSystems.CONTACT_MODE, FhirCodeSystems.SETTING);
        }
        boolean needRead = false;
        for (ReadContext.Item item : ctx.array(node, "reasonCode", path)) {
            JsonValue reason = item.node();
            String at = item.path();
            if (ReadContext.hasCode(reason, FhirCodeSystems.SNOMED, DID_NOT_ATTEND)) {
                ctx.otherCodings(
                        reason, at, coding -> ReadContext.isCoding(coding, FhirCodeSystems.SNOMED, DID_NOT_ATTEND));
                continue;
            }
            Optional<String> text = ctx.text(reason, at);
            if (text.isEmpty()) {
                ctx.skip(at, "a reason without a text or display");
            } else if (needRead) {
                ctx.skip(at, "a further reason; the model holds one need");
            } else {
                contact.need(text);
                needRead = true;
                ctx.otherCodings(reason, at); // the model keeps the need's text only
            }
        }
        contact.interventionIds(ctx.referenceIds(node, "basedOn", resource, path));
        if (encounter) {
            contact.attendance(encounterAttendance(ctx, node, path));
            contact.episodeId(ctx.firstReferenceId(node, "episodeOfCare", resource, path));
            Contact read = contact.build();
            ctx.derivedCoding(node, "class", FhirCodeSystems.V3_ACT_CODE, path, encounterClass(read));
            ctx.skipOthers(node, path, ENCOUNTER);
            return Optional.of(read);
        }
        contact.attendance(appointmentAttendance(ctx, node, path));
        participants(ctx, resource);
        ctx.skipOthers(node, path, APPOINTMENT);
        return Optional.of(contact.build());
    }

    /** What the writer writes of an Appointment's participant: the Patient as its actor, and a status. */
    static final Set<String> PARTICIPANT = Set.of("actor", "status");

    /** What a participant other than the ones the writer writes is reported as. */
    static final String OTHER_PARTICIPANT = "a participant the model has no place for";

    /**
     * Checks an Appointment's participants against the one the writer writes, the Patient, {@code accepted}; any
     * other participant is reported, and another status.
     */
    private static void participants(ReadContext ctx, Resource appointment) {
        for (ReadContext.Item item : ctx.array(appointment.node(), "participant", appointment.path())) {
            String at = item.path();
            JsonValue participant = item.node();
            if (isPatient(ctx, participant, appointment, at)) {
                ctx.derived(participant, "status", at, "accepted");
                ctx.skipOthers(participant, at, PARTICIPANT);
            } else {
                ctx.skip(at, OTHER_PARTICIPANT);
            }
        }
    }

    /** Whether an Appointment's participant is the record's Patient. */
    static boolean isPatient(ReadContext ctx, JsonValue participant, Resource appointment, String path) {
        JsonValue actor = ctx.object(participant, "actor", path);
        return actor != null
                && actor.has("reference")
                && ctx.resource(actor, appointment, path + ".actor")
                        .filter(ctx::isRecordPatient)
                        .isPresent();
    }

    private static Attendance encounterAttendance(ReadContext ctx, JsonValue node, String path) {
        String status = ctx.mappedOr(node, "status", code -> code, path, "finished", "attended");
        if (status.equals("cancelled")) {
            ctx.skip(
                    path + ".status",
                    "a cancelled encounter, which says not by whom; read as cancelled by the service");
            return Attendance.CANCELLED_BY_SERVICE;
        }
        if (!status.equals("finished")) {
            ctx.skip(path + ".status", "an encounter that is not finished; read as attended");
        }
        return Attendance.ATTENDED;
    }

    private static Attendance appointmentAttendance(ReadContext ctx, JsonValue node, String path) {
        String status = ctx.string(node, "status", path).orElse("");
        if (status.equals("cancelled")) {
            JsonValue reason = ctx.object(node, "cancelationReason", path);
            boolean byPerson = ReadContext.code(reason, FhirCodeSystems.APPOINTMENT_CANCELLATION_REASON)
                    .filter(ContactMapper::isPatientCancellation)
                    .isPresent();
            if (reason == null) {
                ctx.skip(path + ".status", "a cancellation without a reason; read as cancelled by the service");
            } else { // a reason of another system, or text alone, is reported as well as pat-crs
                ctx.derivedCoding(
                        node,
                        "cancelationReason",
                        FhirCodeSystems.APPOINTMENT_CANCELLATION_REASON,
                        path,
                        byPerson ? "pat" : "prov");
            }
            return byPerson ? Attendance.CANCELLED_BY_PERSON : Attendance.CANCELLED_BY_SERVICE;
        }
        if (node.has("cancelationReason")) {
            ctx.skip(path + ".cancelationReason", ReadContext.NO_PLACE);
        }
        if (!status.equals("noshow")) {
            ctx.skip(path + ".status", "an appointment that was not missed; read as missed");
        }
        return Attendance.MISSED;
    }

    /**
     * Whether a code of HL7's appointment cancellation reasons says the patient cancelled: {@code pat} and its
     * children ({@code pat-crs}, {@code pat-mv}, ...) do.
     */
    private static boolean isPatientCancellation(String code) {
        return code.equals("pat") || code.startsWith("pat-");
    }

    /** Whether an Appointment is a contact that did not happen, which this mapper reads. */
    static boolean isMissedOrCancelled(JsonValue appointment) {
        JsonValue status = appointment.get("status");
        return status != null
                && status.isString()
                && (status.stringValue().equals("noshow")
                        || status.stringValue().equals("cancelled"));
    }
}
