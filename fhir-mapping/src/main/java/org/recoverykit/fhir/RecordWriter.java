package org.recoverykit.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverykit.model.Contact;
import org.recoverykit.model.NaturalSupport;
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
        Map<String, Integer> plans = index(ctx, record);
        PatientMapper.write(ctx, record.getPerson());
        for (int i = 0; i < record.getDomainAssessments().size(); i++) {
            ConditionMapper.write(ctx, record.getDomainAssessments().get(i), i);
        }
        for (int p = 0; p < record.getPlans().size(); p++) {
            CarePlanMapper.write(ctx, record.getPlans().get(p), p);
        }
        for (int i = 0; i < record.getContactArrangements().size(); i++) {
            CommunicationRequestMapper.write(
                    ctx, record.getContactArrangements().get(i), "contactArrangements/" + i);
        }
        for (int i = 0; i < record.getContacts().size(); i++) {
            Contact contact = record.getContacts().get(i);
            Integer p = contact.getPlanId().map(plans::get).orElse(null);
            ContactMapper.write(ctx, contact, i, p);
        }
        for (int i = 0; i < record.getReEngagementAttempts().size(); i++) {
            CommunicationMapper.write(ctx, record.getReEngagementAttempts().get(i), "reEngagementAttempts/" + i);
        }
        for (int i = 0; i < record.getReferrals().size(); i++) {
            ReferralMapper.write(ctx, record.getReferrals().get(i), i);
        }
        for (int i = 0; i < record.getEpisodes().size(); i++) {
            EpisodeOfCareMapper.write(ctx, record.getEpisodes().get(i), i);
        }
        for (int i = 0; i < record.getDischargePlans().size(); i++) {
            DischargePlanMapper.write(ctx, record.getDischargePlans().get(i), i);
        }
    }

    /**
     * Names every resource that a model id can refer to, before any is written.
     *
     * @return the index of each plan id's first plan
     */
    private static Map<String, Integer> index(WriteContext ctx, RecoveryRecord record) {
        List<NaturalSupport> supports = record.getPerson().getNaturalSupports();
        for (int i = 0; i < supports.size(); i++) {
            ctx.index(Places.NATURAL_SUPPORT, supports.get(i).getId(), ctx.id(Places.naturalSupport(i)));
        }
        Map<String, Integer> plans = new HashMap<>();
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            plans.putIfAbsent(plan.getId(), p);
            ctx.index(Places.PLAN, plan.getId(), ctx.id(Places.plan(p)));
            if (plan.getCrisisPlan().isPresent()) {
                ctx.index(
                        Places.CRISIS_PLAN, plan.getCrisisPlan().get().getId(), ctx.id(CarePlanMapper.crisisPlace(p)));
            }
            String goals = Places.goalScope(p);
            for (int g = 0; g < plan.getGoals().size(); g++) {
                ctx.index(goals, plan.getGoals().get(g).getId(), ctx.id(Places.goal(p, g)));
            }
            String interventions = Places.interventionScope(p);
            for (int i = 0; i < plan.getInterventions().size(); i++) {
                ctx.index(interventions, plan.getInterventions().get(i).getId(), ctx.id(Places.intervention(p, i)));
            }
        }
        for (int i = 0; i < record.getContacts().size(); i++) {
            Contact contact = record.getContacts().get(i);
            ctx.index(Places.CONTACT, contact.getId(), ctx.id(ContactMapper.place(i)));
            ctx.contactTypes.putIfAbsent(contact.getId(), ContactMapper.type(contact));
        }
        for (int i = 0; i < record.getReferrals().size(); i++) {
            ctx.index(Places.REFERRAL, record.getReferrals().get(i).getId(), ctx.id(ReferralMapper.place(i)));
        }
        for (int i = 0; i < record.getEpisodes().size(); i++) {
            ctx.index(Places.EPISODE, record.getEpisodes().get(i).getId(), ctx.id(EpisodeOfCareMapper.place(i)));
        }
        return plans;
    }
}
