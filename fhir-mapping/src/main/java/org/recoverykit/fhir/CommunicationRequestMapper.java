package org.recoverykit.fhir;

import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.ContactArrangement;
import org.recoverykit.model.ContactMode;

/**
 * Maps a {@link ContactArrangement} to an active CommunicationRequest {@code basedOn} the plan: the preferred modes
 * as {@code medium}, the date agreed as {@code authoredOn}; preferred times, frequency, the worker's contact
 * points, whom to contact when the worker is unavailable and the next review are extensions.
 */
final class CommunicationRequestMapper {
    private static final Set<String> READ =
            ReadContext.resourceProperties("basedOn", "status", "medium", "subject", "authoredOn");

    private CommunicationRequestMapper() {}

    static void write(WriteContext ctx, ContactArrangement arrangement, String place) {
        ctx.begin("CommunicationRequest", place);
        ctx.extString(FhirExtension.PREFERRED_TIMES, arrangement.getPreferredTimes());
        if (arrangement.getFrequency().isPresent()) {
            ctx.extTiming(FhirExtension.FREQUENCY, arrangement.getFrequency().get());
        }
        ctx.extContactPoints(FhirExtension.WORKER_CONTACT, arrangement.getWorkerContact());
        ctx.extString(FhirExtension.WHEN_UNAVAILABLE, arrangement.getWhenUnavailable());
        ctx.extDate(FhirExtension.NEXT_REVIEW_DUE, arrangement.getReviewDue());
        ctx.closeExtensions();
        ctx.identifier(arrangement.getId());
        if (arrangement.getPlanId().isPresent()) {
            ctx.out.writeArrayPropertyStart("basedOn");
            ctx.referenceById("CarePlan", Places.PLAN, arrangement.getPlanId().get());
            ctx.out.writeEndArray();
        }
        ctx.out.writeStringProperty("status", "active");
        if (!arrangement.getPreferredModes().isEmpty()) {
            ctx.out.writeArrayPropertyStart("medium");
            for (ContactMode mode : arrangement.getPreferredModes()) {
                ctx.concept(FhirCodeSystems.CONTACT_MODE, mode.getCode());
            }
            ctx.out.writeEndArray();
        }
        ctx.subject();
        ctx.date("authoredOn", arrangement.getAgreedOn());
        ctx.end();
    }

    static ContactArrangement read(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        ContactArrangement.Builder arrangement = ContactArrangement.builder()
                .id(ctx.index.modelId(resource))
                .preferredTimes(ext.string(FhirExtension.PREFERRED_TIMES));
        ext.value(FhirExtension.FREQUENCY, "valueTiming")
                .ifPresent(item -> arrangement.frequency(TimingMapper.readFrequency(ctx, item.node(), item.path())));
        arrangement.addAllWorkerContact(ext.contactPoints(FhirExtension.WORKER_CONTACT));
        arrangement
                .whenUnavailable(ext.string(FhirExtension.WHEN_UNAVAILABLE))
                .reviewDue(ext.date(FhirExtension.NEXT_REVIEW_DUE));
        ext.close();
        arrangement.planId(ctx.firstReferenceId(node, "basedOn", resource, path));
        for (ReadContext.Item medium : ctx.array(node, "medium", path)) {
            ctx.codedOnly(medium.node(), FhirCodeSystems.CONTACT_MODE, ContactMode.class, medium.path())
                    .ifPresent(arrangement::addPreferredMode);
        }
        arrangement.agreedOn(ctx.date(node, "authoredOn", path));
        ctx.derived(node, "status", path, "active");
        ctx.skipOthers(node, path, READ);
        return arrangement.build();
    }
}
