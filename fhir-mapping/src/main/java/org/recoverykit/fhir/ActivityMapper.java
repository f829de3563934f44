package org.recoverykit.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.ServiceFunction;
import org.recoverykit.model.Support;

/**
 * Reads a CarePlan activity: a reference to a ServiceRequest (an intervention, or a support where its category
 * is a support kind), or, as systems that follow older patterns send, an inline {@code detail}, read as an
 * intervention whose description is the detail's code or description and whose goals are the detail's goals.
 */
final class ActivityMapper {
    private static final Set<String> ACTIVITY = Set.of("reference", "detail");
    private static final Set<String> DETAIL = Set.of("code", "description", "goal", "status");
    /** What an activity's reference to a resource that the model holds no activity of is reported as. */
    static final String NO_PLACE = "an activity the model has no place for";

    private ActivityMapper() {}

    /**
     * Reads an activity of a plan whose status, as its ServiceRequests give it, is {@code status}; an inline detail's
     * intervention is numbered by the activity's index in the input.
     */
    static void read(
            ReadContext ctx,
            ReadContext.Item item,
            Resource carePlan,
            String status,
            List<Intervention> interventions,
            List<Support> supports) {
        JsonValue activity = item.node();
        String path = item.path();
        JsonValue reference = ctx.object(activity, "reference", path);
        if (reference != null) {
            String at = path + ".reference";
            ctx.once(ctx.resource(reference, carePlan, at), at, NO_PLACE, "ServiceRequest")
                    .ifPresent(request -> {
                        if (ServiceRequestMapper.isSupport(request.node())) {
                            supports.add(ServiceRequestMapper.readSupport(ctx, request, status));
                        } else {
                            interventions.add(ServiceRequestMapper.readIntervention(ctx, request, status));
                        }
                    });
        }
        JsonValue detail = ctx.object(activity, "detail", path);
        if (detail != null) {
            interventions.add(detail(ctx, detail, carePlan, path + ".detail", item.index()));
        }
        ctx.skipOthers(activity, path, ACTIVITY);
    }

    private static Intervention detail(ReadContext ctx, JsonValue detail, Resource carePlan, String path, int index) {
        JsonValue code = ctx.object(detail, "code", path);
        Optional<String> description = ctx.string(detail, "description", path);
        Intervention.Builder intervention = Intervention.builder()
                .id(ctx.index.modelId(carePlan) + "-activity-" + (index + 1))
                .serviceFunction(
                        ctx.codedOnly(code, FhirCodeSystems.SERVICE_FUNCTION, ServiceFunction.class, path + ".code"))
                .description(description.isPresent() ? description : ctx.text(code, path + ".code"))
                .goalIds(ctx.referenceIds(detail, "goal", carePlan, path));
        if (detail.has("status")) {
            ctx.skip(path + ".status", "an activity's own status; the model has none");
        }
        ctx.skipOthers(detail, path, DETAIL);
        return intervention.build();
    }
}
