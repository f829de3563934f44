package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Agreement;
import org.recoverykit.model.Coded;
import org.recoverykit.model.CrisisPlan;
import org.recoverykit.model.Goal;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.Risk;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.Support;

/**
 * Maps a {@link RecoveryPlan} to a CarePlan and the resources it holds, and back.
 *
 * <p>The CarePlan has the plan's status (request-status), intent {@code plan}, or {@code proposal} for a draft,
 * category SNOMED CT 718347000 Mental health care plan and the plan's service model, its period, created date,
 * CareTeam, goals, and an activity referencing each intervention's and support's ServiceRequest; its risks (Flags)
 * and reviews (Encounters) are its {@code supportingInfo}, and an earlier version it replaces is
 * {@code replaces}. Each agreement is a Consent whose source is the CarePlan, and a crisis plan is a second
 * CarePlan that is {@code partOf} this one. Version, next review and copy offered are extensions.
 */
final class CarePlanMapper {
    static final String MENTAL_HEALTH_CARE_PLAN = "718347000";
    private static final Set<String> READ = ReadContext.resourceProperties(
            "status",
            "intent",
            "category",
            "subject",
            "period",
            "created",
            "careTeam",
            "goal",
            "activity",
            "supportingInfo",
            "replaces");
    /** What a reference to a resource of another type than its element allows is reported as, before the type. */
    private static final String NOT_A = "a reference to a resource that is not a ";
    /** What supporting information that is neither a risk nor a review is reported as. */
    private static final String NO_PLACE_FOR_INFO = "supporting information the model has no place for";

    private CarePlanMapper() {}

    static String crisisPlace(int p) {
        return Places.plan(p) + "/crisisPlan";
    }

    static void write(WriteContext ctx, RecoveryPlan plan, int p) {
        String status = plan.getStatus().getCode();
        String goals = Places.goalScope(p);
        String place = Places.plan(p);
        String id = ctx.begin("CarePlan", place);
        ctx.extPositiveInt(FhirExtension.PLAN_VERSION, Optional.of(plan.getVersion()));
        ctx.extDate(FhirExtension.NEXT_REVIEW_DUE, plan.getNextReviewDue());
        ctx.extDate(FhirExtension.COPY_OFFERED_ON, plan.getCopyOfferedOn());
        ctx.closeExtensions();
        ctx.identifier(plan.getId());
        if (plan.getReplacesPlanId().isPresent()) {
            ctx.out.writeArrayPropertyStart("replaces");
            ctx.referenceById("CarePlan", Places.PLAN, plan.getReplacesPlanId().get());
            ctx.out.writeEndArray();
        }
        ctx.out.writeStringProperty("status", status);
        ctx.out.writeStringProperty("intent", plan.getStatus() == PlanStatus.DRAFT ? "proposal" : "plan");
        ctx.out.writeArrayPropertyStart("category");
        ctx.displayedConcept(FhirCodeSystems.SNOMED, MENTAL_HEALTH_CARE_PLAN, "Mental health care plan");
        ctx.concept(FhirCodeSystems.SERVICE_MODEL, plan.getServiceModel().getCode());
        ctx.out.writeEndArray();
        ctx.subject();
        PeriodMapper.write(ctx, "period", plan.getPeriod());
        ctx.date("created", plan.getCreatedOn());
        ctx.out.writeArrayPropertyStart("careTeam");
        ctx.reference("CareTeam", ctx.id(CareTeamMapper.place(p)));
        ctx.out.writeEndArray();
        if (!plan.getGoals().isEmpty()) {
            ctx.out.writeArrayPropertyStart("goal");
            for (int g = 0; g < plan.getGoals().size(); g++) {
                ctx.reference("Goal", ctx.id(Places.goal(p, g)));
            }
            ctx.out.writeEndArray();
        }
        int services = plan.getInterventions().size() + plan.getSupports().size();
        if (services > 0) {
            ctx.out.writeArrayPropertyStart("activity");
            for (int i = 0; i < plan.getInterventions().size(); i++) {
                activity(ctx, "ServiceRequest", ctx.id(Places.intervention(p, i)));
            }
            for (int i = 0; i < plan.getSupports().size(); i++) {
                activity(ctx, "ServiceRequest", ctx.id(place + "/supports/" + i));
            }
            ctx.out.writeEndArray();
        }
        if (!plan.getRisks().isEmpty() || !plan.getReviews().isEmpty()) {
            ctx.out.writeArrayPropertyStart("supportingInfo");
            for (int i = 0; i < plan.getRisks().size(); i++) {
                ctx.reference("Flag", ctx.id(place + "/risks/" + i));
            }
            for (int i = 0; i < plan.getReviews().size(); i++) {
                ctx.reference("Encounter", ctx.id(place + "/reviews/" + i));
            }
            ctx.out.writeEndArray();
        }
        ctx.end();

        CareTeamMapper.write(ctx, plan.getTeam(), p, plan.getStatus() == PlanStatus.ACTIVE);
        for (int g = 0; g < plan.getGoals().size(); g++) {
            GoalMapper.write(ctx, plan.getGoals().get(g), Places.goal(p, g));
        }
        for (int i = 0; i < plan.getInterventions().size(); i++) {
            ServiceRequestMapper.write(ctx, plan.getInterventions().get(i), Places.intervention(p, i), goals, status);
        }
        for (int i = 0; i < plan.getSupports().size(); i++) {
            ServiceRequestMapper.write(ctx, plan.getSupports().get(i), place + "/supports/" + i, goals, status);
        }
        for (int i = 0; i < plan.getRisks().size(); i++) {
            FlagMapper.write(ctx, plan.getRisks().get(i), place + "/risks/" + i);
        }
        for (int i = 0; i < plan.getReviews().size(); i++) {
            ReviewMapper.write(ctx, plan.getReviews().get(i), place + "/reviews/" + i, goals);
        }
        for (int i = 0; i < plan.getAgreements().size(); i++) {
            ConsentMapper.write(ctx, plan.getAgreements().get(i), place + "/agreements/" + i, id);
        }
        if (plan.getCrisisPlan().isPresent()) {
            CrisisPlanMapper.write(ctx, plan.getCrisisPlan().get(), crisisPlace(p), id, status);
        }
    }

    /** Writes an activity of a CarePlan: a reference to the resource of a type and id that is the activity. */
    static void activity(WriteContext ctx, String type, String resourceId) {
        ctx.out.writeStartObject();
        ctx.reference("reference", type, resourceId);
        ctx.out.writeEndObject();
    }

    /**
     * Reads a recovery plan from its CarePlan, with the crisis plan and the Consents that point to it.
     *
     * @param crisisPlans the crisis CarePlans that are {@code partOf} this one
     * @param consents the Consents whose source is this one
     */
    static RecoveryPlan read(ReadContext ctx, Resource carePlan, List<Resource> crisisPlans, List<Resource> consents) {
        JsonValue node = carePlan.node();
        String path = carePlan.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        RecoveryPlan.Builder plan = RecoveryPlan.builder()
                .id(ctx.index.modelId(carePlan))
                .version(ext.positiveInt(FhirExtension.PLAN_VERSION).orElse(1))
                .nextReviewDue(ext.date(FhirExtension.NEXT_REVIEW_DUE))
                .copyOfferedOn(ext.date(FhirExtension.COPY_OFFERED_ON));
        ext.close();
        plan.replacesPlanId(ctx.firstReferenceId(node, "replaces", carePlan, path));
        PlanStatus status = status(ctx, node, path);
        plan.status(status);
        plan.serviceModel(ctx.firstCoded(
                        node,
                        "category",
                        FhirCodeSystems.SERVICE_MODEL,
                        ServiceModel.class,
                        path,
                        MENTAL_HEALTH_CARE_PLAN)
                .orElseGet(() -> {
                    ctx.skipReadAs(path + ".category", "no service model", "read as community-support");
                    return ServiceModel.COMMUNITY_SUPPORT;
                }));
        plan.period(PeriodMapper.read(ctx, node, "period", path));
        plan.createdOn(ctx.date(node, "created", path));
        List<ReadContext.Item> teams = ctx.array(node, "careTeam", path);
        for (int i = 0; i < teams.size(); i++) {
            String at = teams.get(i).path();
            Optional<Resource> team =
                    ctx.once(ctx.resource(teams.get(i).node(), carePlan, at), at, NOT_A + "CareTeam", "CareTeam");
            if (team.isPresent() && i == 0) {
                plan.team(CareTeamMapper.read(ctx, team.get(), status == PlanStatus.ACTIVE));
            } else if (team.isPresent()) {
                ctx.skip(at, "a further care team; the model holds one per plan");
            }
        }
        List<Goal> goals = new ArrayList<>();
        for (ReadContext.Item item : ctx.array(node, "goal", path)) {
            String at = item.path();
            ctx.once(ctx.resource(item.node(), carePlan, at), at, NOT_A + "Goal", "Goal")
                    .ifPresent(goal -> goals.add(GoalMapper.read(ctx, goal)));
        }
        plan.goals(goals);
        List<Intervention> interventions = new ArrayList<>();
        List<Support> supports = new ArrayList<>();
        for (ReadContext.Item activity : ctx.array(node, "activity", path)) {
            ActivityMapper.read(ctx, activity, carePlan, status.getCode(), interventions, supports);
        }
        plan.interventions(interventions).supports(supports);
        List<Risk> risks = new ArrayList<>();
        List<PlanReview> reviews = new ArrayList<>();
        for (ReadContext.Item item : ctx.array(node, "supportingInfo", path)) {
            String at = item.path();
            ctx.once(ctx.resource(item.node(), carePlan, at), at, NO_PLACE_FOR_INFO, "Flag", "Encounter")
                    .ifPresent(read -> {
                        if (read.type().equals("Flag")) {
                            risks.add(FlagMapper.read(ctx, read));
                        } else {
                            reviews.add(ReviewMapper.read(ctx, read));
                        }
                    });
        }
        plan.risks(risks).reviews(reviews);
        List<Agreement> agreements = new ArrayList<>();
        for (Resource consent : consents) {
            agreements.add(ConsentMapper.read(ctx, consent));
        }
        plan.agreements(agreements);
        for (int i = 0; i < crisisPlans.size(); i++) {
            if (i == 0) {
                CrisisPlan crisis = CrisisPlanMapper.read(ctx, crisisPlans.get(i), status.getCode());
                plan.crisisPlan(crisis);
            } else {
                ctx.skip(crisisPlans.get(i).path(), "a further crisis plan; the model holds one per plan");
            }
        }
        ctx.derived(node, "intent", path, status == PlanStatus.DRAFT ? "proposal" : "plan");
        ctx.skipOthers(node, path, READ);
        return plan.build();
    }

    static PlanStatus status(ReadContext ctx, JsonValue node, String path) {
        return ctx.mappedOr(
                node,
                "status",
                code -> Coded.find(PlanStatus.class, code).orElse(null),
                path,
                PlanStatus.DRAFT,
                "draft");
    }
}
