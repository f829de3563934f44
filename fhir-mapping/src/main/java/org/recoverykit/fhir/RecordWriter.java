package org.recoverykit.fhir;

import java.util.List;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/**
 * Writes the resources of one record, in a fixed order: the Patient and RelatedPersons, the health concerns,
 * each plan with its team, goals, services, risks, reviews, agreements and crisis plan, the contact
 * arrangements, contacts, re-engagement attempts, referrals, episodes and discharge plans.
 */
final class RecordWriter {
    private RecordWriter() {}

    static void write(WriteContext ctx) {
        RecoveryRecord record = ctx.record;
        index(ctx, record);
        PatientMapper.write(ctx, record.getPerson());
        for (int i = 0; i < record.getDomainAssessments().size(); i++) {
            ConditionMapper.write(ctx, record.getDomainAssessments().get(i), i);
        }
        for (int p = 0; p < record.getPlans().size(); p++) {
            CarePlanMapper.write(ctx, record.getPlans().get(p), p);
        }
    }

    /** Names every resource that a model id can refer to, before any is written. */
    private static void index(WriteContext ctx, RecoveryRecord record) {
        List<org.recoverykit.model.NaturalSupport> supports = record.getPerson().getNaturalSupports();
        for (int i = 0; i < supports.size(); i++) {
            ctx.index(Places.NATURAL_SUPPORT, supports.get(i).getId(), ctx.id(Places.naturalSupport(i)));
        }
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            ctx.index(Places.PLAN, plan.getId(), ctx.id(Places.plan(p)));
            if (plan.getCrisisPlan().isPresent()) {
                ctx.index(
                        Places.CRISIS_PLAN, plan.getCrisisPlan().get().getId(), ctx.id(CarePlanMapper.crisisPlace(p)));
            }
            String goals = Places.inPlan(p, "goal");
            for (int g = 0; g < plan.getGoals().size(); g++) {
                ctx.index(goals, plan.getGoals().get(g).getId(), ctx.id(goals + 's' + '/' + g));
            }
            String interventions = Places.inPlan(p, "intervention");
            for (int i = 0; i < plan.getInterventions().size(); i++) {
                ctx.index(interventions, plan.getInterventions().get(i).getId(), ctx.id(interventions + 's' + '/' + i));
            }
        }
    }
}
