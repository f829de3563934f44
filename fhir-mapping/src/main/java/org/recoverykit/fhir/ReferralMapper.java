package org.recoverykit.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.OutreachAttempt;
import org.recoverykit.model.PersonsChoice;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralClosureReason;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.model.ReferralStatusUpdate;

/**
 * Maps a {@link Referral} to a ServiceRequest of intent {@code order} and category SNOMED CT 410606002 Social
 * service procedure (with the referral kind beside it), a Task ({@code fulfill}, focus the ServiceRequest) that
 * holds its status as {@code businessStatus} and its past statuses in {@link FhirExtension#STATUS_UPDATE}, and a
 * Communication per outreach attempt.
 *
 * <p>The ServiceRequest has the plan as {@code basedOn}, the date referred as {@code authoredOn}, the program as a
 * performer's display, the billing code as its code; the program's contact points, the Community Support, the
 * person's choice, who referred, and whether the plan requires it, the contact details were given and contact was
 * facilitated are extensions.
 */
final class ReferralMapper {
    static final String SOCIAL_SERVICE_PROCEDURE = "410606002";
    private static final Set<String> REQUEST = ReadContext.resourceProperties(
            "basedOn", "status", "intent", "category", "code", "subject", "authoredOn", "performer");
    private static final Set<String> TASK =
            ReadContext.resourceProperties("status", "businessStatus", "intent", "code", "focus", "for");

    private static final Map<ReferralStatus, String> REQUEST_STATUS = Map.of(
            ReferralStatus.DRAFT, "draft",
            ReferralStatus.SENT, "active",
            ReferralStatus.RECEIVED, "active",
            ReferralStatus.ACCEPTED, "active",
            ReferralStatus.DECLINED, "revoked",
            ReferralStatus.CANCELLED, "revoked",
            ReferralStatus.COMPLETED, "completed",
            ReferralStatus.CLOSED, "completed");
    private static final Map<ReferralStatus, String> TASK_STATUS = Map.of(
            ReferralStatus.DRAFT, "draft",
            ReferralStatus.SENT, "requested",
            ReferralStatus.RECEIVED, "received",
            ReferralStatus.ACCEPTED, "accepted",
            ReferralStatus.DECLINED, "rejected",
            ReferralStatus.CANCELLED, "cancelled",
            ReferralStatus.COMPLETED, "completed",
            ReferralStatus.CLOSED, "completed");

    private ReferralMapper() {}

    static String place(int i) {
        return "referrals/" + i;
    }

    static void write(WriteContext ctx, Referral referral, int index) {
        String place = place(index);
        String id = ctx.begin("ServiceRequest", place);
        ctx.extString(FhirExtension.COMMUNITY_SUPPORT, referral.getCommunitySupport());
        ServiceRequestMapper.modifiers(ctx, referral.getBillingCode());
        ctx.extContactPoints(FhirExtension.PROGRAM_CONTACT, referral.getProgramContact());
        if (referral.getPersonsChoice().isPresent()) {
            PersonsChoice choice = referral.getPersonsChoice().get();
            ctx.startComplex(FhirExtension.PERSONS_CHOICE);
            if (choice.getExpressedOn().isPresent()) {
                ctx.part("expressedOn");
                ctx.date("valueDate", choice.getExpressedOn().get());
                ctx.out.writeEndObject();
            } else if (WriteContext.nonBlank(choice.getInOwnWords()).isEmpty()) {
                // A choice recorded without its date or the person's words: a complex extension needs a part
                // (ext-1), so the date is there, absent, with a data-absent-reason.
                ctx.part("expressedOn");
                ctx.absent("_valueDate");
                ctx.out.writeEndObject();
            }
            ctx.partString("inOwnWords", choice.getInOwnWords());
            ctx.endComplex();
        }
        ctx.extString(FhirExtension.TEAM_MEMBER, referral.getReferredByMemberId());
        flag(ctx, FhirExtension.REQUIRED_BY_PLAN, referral.isRequiredByPlan());
        flag(ctx, FhirExtension.CONTACT_DETAILS_GIVEN, referral.isContactDetailsGiven());
        flag(ctx, FhirExtension.CONTACT_FACILITATED, referral.isContactFacilitated());
        ctx.closeExtensions();
        ctx.identifier(referral.getId());
        if (referral.getPlanId().isPresent()) {
            ctx.out.writeArrayPropertyStart("basedOn");
            ctx.referenceById("CarePlan", Places.PLAN, referral.getPlanId().get());
            ctx.out.writeEndArray();
        }
        ctx.out.writeStringProperty("status", REQUEST_STATUS.get(referral.getStatus()));
        ctx.out.writeStringProperty("intent", "order");
        ctx.out.writeArrayPropertyStart("category");
        ctx.displayedConcept(FhirCodeSystems.SNOMED, SOCIAL_SERVICE_PROCEDURE, "Social service procedure");
        ctx.concept(FhirCodeSystems.REFERRAL_KIND, referral.getKind().getCode());
        ctx.out.writeEndArray();
        ServiceRequestMapper.billingCode(ctx, referral.getBillingCode(), Optional.empty());
        ctx.subject();
        ctx.date("authoredOn", referral.getReferredOn());
        Optional<String> program = WriteContext.nonBlank(referral.getProgram());
        if (program.isPresent()) {
            ctx.out.writeArrayPropertyStart("performer");
            ctx.display(program.get());
            ctx.out.writeEndArray();
        }
        ctx.end();
        task(ctx, referral, place + "/task", id);
        for (int i = 0; i < referral.getOutreachAttempts().size(); i++) {
            CommunicationMapper.write(ctx, referral.getOutreachAttempts().get(i), place + "/outreach/" + i, id);
        }
    }

    private static void flag(WriteContext ctx, FhirExtension extension, boolean value) {
        if (value) {
            ctx.extBoolean(extension, true);
        }
    }

    private static void task(WriteContext ctx, Referral referral, String place, String requestId) {
        ctx.begin("Task", place);
        for (ReferralStatusUpdate update : referral.getStatusHistory()) {
            ctx.startComplex(FhirExtension.STATUS_UPDATE);
            ctx.part("status");
            ctx.out.writeName("valueCoding");
            ctx.coding(FhirCodeSystems.REFERRAL_STATUS, update.getStatus());
            ctx.out.writeEndObject();
            ctx.part("date");
            ctx.date("valueDate", update.getDate());
            ctx.out.writeEndObject();
            if (update.getClosureReason().isPresent()) {
                ctx.part("closureReason");
                ctx.out.writeName("valueCoding");
                ctx.coding(
                        FhirCodeSystems.REFERRAL_CLOSURE_REASON,
                        update.getClosureReason().get());
                ctx.out.writeEndObject();
            }
            ctx.endComplex();
        }
        ctx.closeExtensions();
        ctx.out.writeStringProperty("status", TASK_STATUS.get(referral.getStatus()));
        ctx.concept(
                "businessStatus",
                FhirCodeSystems.REFERRAL_STATUS,
                referral.getStatus().getCode());
        ctx.out.writeStringProperty("intent", "order");
        ctx.concept("code", FhirCodeSystems.TASK_CODE, "fulfill");
        ctx.reference("focus", "ServiceRequest", requestId);
        ctx.reference("for", "Patient", ctx.id(Places.PERSON));
        ctx.end();
    }

    /** Whether a ServiceRequest is a referral: of intent order, with the social service category or a referral kind. */
    static boolean isReferral(JsonValue request) {
        JsonValue intent = request.get("intent");
        if (intent == null || !intent.isString() || !intent.stringValue().equals("order")) {
            return false;
        }
        JsonValue categories = request.get("category");
        return ReadContext.hasCode(categories, FhirCodeSystems.SNOMED, SOCIAL_SERVICE_PROCEDURE)
                || ReadContext.hasSystem(categories, FhirCodeSystems.REFERRAL_KIND);
    }

    /**
     * Reads a referral from its ServiceRequest, the Tasks whose focus it is and the Communications based on it.
     */
    static Referral read(ReadContext ctx, Resource request, List<Resource> tasks, List<Resource> outreach) {
        JsonValue node = request.node();
        String path = request.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Referral.Builder referral = Referral.builder()
                .id(ctx.index.modelId(request))
                .communitySupport(ext.string(FhirExtension.COMMUNITY_SUPPORT));
        List<String> modifiers = ext.strings(FhirExtension.BILLING_MODIFIER);
        referral.addAllProgramContact(ext.contactPoints(FhirExtension.PROGRAM_CONTACT));
        ext.complexOne(FhirExtension.PERSONS_CHOICE).ifPresent(choice -> {
            referral.personsChoice(PersonsChoice.builder()
                    .expressedOn(choice.part("expressedOn").flatMap(i -> ctx.date(i.node(), "valueDate", i.path())))
                    .inOwnWords(choice.part("inOwnWords").flatMap(i -> ctx.string(i.node(), "valueString", i.path())))
                    .build());
            choice.close();
        });
        referral.referredByMemberId(ext.string(FhirExtension.TEAM_MEMBER))
                .requiredByPlan(ext.bool(FhirExtension.REQUIRED_BY_PLAN).orElse(false))
                .contactDetailsGiven(
                        ext.bool(FhirExtension.CONTACT_DETAILS_GIVEN).orElse(false))
                .contactFacilitated(ext.bool(FhirExtension.CONTACT_FACILITATED).orElse(false));
        ext.close();
        referral.planId(ctx.firstReferenceId(node, "basedOn", request, path));
        referral.kind(ctx.firstCoded(
                        node,
                        "category",
                        FhirCodeSystems.REFERRAL_KIND,
                        ReferralKind.class,
                        path,
                        SOCIAL_SERVICE_PROCEDURE)
                .orElse(ReferralKind.OTHER));
        referral.billingCode(
                ServiceRequestMapper.billingCode(ctx, ctx.object(node, "code", path), modifiers, path + ".code"));
        referral.referredOn(ctx.date(node, "authoredOn", path));
        referral.program(ServiceRequestMapper.firstPerformerDisplay(ctx, node, path));
        ReferralStatus status = null;
        for (Resource task : tasks) {
            status = readTask(ctx, task, referral, status);
        }
        if (status != null) {
            ctx.derived(node, "status", path, REQUEST_STATUS.get(status));
        } else {
            status = ctx.mappedOr(
                    node,
                    "status",
                    s -> switch (s) {
                        case "draft" -> ReferralStatus.DRAFT;
                        case "active" -> ReferralStatus.SENT;
                        case "completed" -> ReferralStatus.COMPLETED;
                        case "revoked" -> ReferralStatus.CANCELLED;
                        default -> null;
                    },
                    path,
                    ReferralStatus.SENT,
                    "sent, as no Task gives the referral's status");
        }
        referral.status(status);
        List<OutreachAttempt> attempts = new ArrayList<>();
        for (Resource communication : outreach) {
            CommunicationMapper.readOutreach(ctx, communication).ifPresent(attempts::add);
        }
        referral.outreachAttempts(attempts);
        ctx.skipOthers(node, path, REQUEST);
        return referral.build();
    }

    private static ReferralStatus readTask(
            ReadContext ctx, Resource task, Referral.Builder referral, ReferralStatus found) {
        JsonValue node = task.node();
        String path = task.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        for (ExtensionReader update : ext.complex(FhirExtension.STATUS_UPDATE)) {
            Optional<ReferralStatus> status = update.part("status")
                    .flatMap(i -> ctx.codedValue(
                            ctx.object(i.node(), "valueCoding", i.path()),
                            FhirCodeSystems.REFERRAL_STATUS,
                            ReferralStatus.class,
                            i.path()));
            Optional<LocalDate> date = update.part("date").flatMap(i -> ctx.date(i.node(), "valueDate", i.path()));
            Optional<ReferralClosureReason> reason = update.part("closureReason")
                    .flatMap(i -> ctx.codedValue(
                            ctx.object(i.node(), "valueCoding", i.path()),
                            FhirCodeSystems.REFERRAL_CLOSURE_REASON,
                            ReferralClosureReason.class,
                            i.path()));
            update.close();
            if (status.isPresent() && date.isPresent()) {
                referral.addStatusHistory(ReferralStatusUpdate.builder()
                        .status(status.get())
                        .date(date.get())
                        .closureReason(reason)
                        .build());
            } else {
                ctx.skip(update.path(), "a status update without both a status and a date of the model's");
            }
        }
        ext.close();
        ctx.derived(node, "intent", path, "order");
        ctx.derivedCoding(node, "code", FhirCodeSystems.TASK_CODE, path, "fulfill");
        ctx.skipOthers(node, path, TASK);
        if (found != null) {
            ctx.skip(path, "a further task for the same referral; its status is not read");
            return found;
        }
        Optional<ReferralStatus> business = ctx.codedOnly(
                ctx.object(node, "businessStatus", path),
                FhirCodeSystems.REFERRAL_STATUS,
                ReferralStatus.class,
                path + ".businessStatus");
        if (business.isPresent()) {
            ctx.derived(node, "status", path, TASK_STATUS.get(business.get()));
            return business.get();
        }
        return ctx.mapped(
                        node,
                        "status",
                        s -> switch (s) {
                            case "draft" -> ReferralStatus.DRAFT;
                            case "requested" -> ReferralStatus.SENT;
                            case "received" -> ReferralStatus.RECEIVED;
                            case "accepted" -> ReferralStatus.ACCEPTED;
                            case "rejected" -> ReferralStatus.DECLINED;
                            case "cancelled" -> ReferralStatus.CANCELLED;
                            case "completed" -> ReferralStatus.COMPLETED;
                            default -> null;
                        },
                        path)
                .orElse(null);
    }
}
