package org.recoverykit.validation.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.model.Contact;
import org.recoverykit.model.CrisisContact;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.Goal;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.ReEngagementAttempt;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.Support;
import org.recoverykit.model.TeamMember;

/** Every id a record defines, with its pointer, and every reference it makes, with the kind it must name. */
final class RecordIds {
    enum Kind {
        PERSON,
        NATURAL_SUPPORT,
        PLAN,
        TEAM_MEMBER,
        GOAL,
        INTERVENTION,
        CRISIS_PLAN,
        CONTACT,
        EPISODE,
        REFERRAL,
        OTHER
    }

    /** An id and where it is defined; the pointer is built only when it is reported. */
    record Definition(String id, Object[] path) {
        String pointer() {
            return BuiltInRule.pointer(path);
        }
    }

    /** A reference and the kind of entity it must name; the pointer is built only when it is reported. */
    record Reference(String id, Kind kind, Object[] path) {
        String pointer() {
            return BuiltInRule.pointer(path);
        }
    }

    final List<Definition> definitions = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final Map<Kind, Set<String>> ids = new EnumMap<>(Kind.class);

    private RecordIds() {}

    boolean resolves(Reference reference) {
        return ids.getOrDefault(reference.kind(), Set.of()).contains(reference.id());
    }

    static RecordIds of(RecoveryRecord record) {
        RecordIds index = new RecordIds();
        index.define(Kind.OTHER, record.getId(), "id");
        index.define(Kind.PERSON, record.getPerson().getId(), "person", "id");
        for (int n = 0; n < record.getPerson().getNaturalSupports().size(); n++) {
            index.define(
                    Kind.NATURAL_SUPPORT,
                    record.getPerson().getNaturalSupports().get(n).getId(),
                    "person",
                    "naturalSupports",
                    n,
                    "id");
        }
        for (int a = 0; a < record.getDomainAssessments().size(); a++) {
            index.define(Kind.OTHER, record.getDomainAssessments().get(a).getId(), "domainAssessments", a, "id");
        }
        for (int p = 0; p < record.getPlans().size(); p++) {
            index.plan(record.getPlans().get(p), p);
        }
        for (int a = 0; a < record.getContactArrangements().size(); a++) {
            var arrangement = record.getContactArrangements().get(a);
            index.define(Kind.OTHER, arrangement.getId(), "contactArrangements", a, "id");
            index.refer(arrangement.getPlanId(), Kind.PLAN, "contactArrangements", a, "planId");
        }
        for (int c = 0; c < record.getContacts().size(); c++) {
            Contact contact = record.getContacts().get(c);
            index.define(Kind.CONTACT, contact.getId(), "contacts", c, "id");
            index.refer(contact.getPlanId(), Kind.PLAN, "contacts", c, "planId");
            index.refer(contact.getEpisodeId(), Kind.EPISODE, "contacts", c, "episodeId");
            index.refer(contact.getProviderMemberId(), Kind.TEAM_MEMBER, "contacts", c, "providerMemberId");
            index.referAll(contact.getInterventionIds(), Kind.INTERVENTION, "contacts", c, "interventionIds");
            index.referAll(contact.getGoalIds(), Kind.GOAL, "contacts", c, "goalIds");
        }
        for (int a = 0; a < record.getReEngagementAttempts().size(); a++) {
            ReEngagementAttempt attempt = record.getReEngagementAttempts().get(a);
            index.define(Kind.OTHER, attempt.getId(), "reEngagementAttempts", a, "id");
            index.refer(attempt.getAfterContactId(), Kind.CONTACT, "reEngagementAttempts", a, "afterContactId");
            index.refer(attempt.getByMemberId(), Kind.TEAM_MEMBER, "reEngagementAttempts", a, "byMemberId");
        }
        for (int r = 0; r < record.getReferrals().size(); r++) {
            Referral referral = record.getReferrals().get(r);
            index.define(Kind.REFERRAL, referral.getId(), "referrals", r, "id");
            index.refer(referral.getPlanId(), Kind.PLAN, "referrals", r, "planId");
            index.refer(referral.getReferredByMemberId(), Kind.TEAM_MEMBER, "referrals", r, "referredByMemberId");
            for (int o = 0; o < referral.getOutreachAttempts().size(); o++) {
                index.define(
                        Kind.OTHER,
                        referral.getOutreachAttempts().get(o).getId(),
                        "referrals",
                        r,
                        "outreachAttempts",
                        o,
                        "id");
            }
        }
        for (int e = 0; e < record.getEpisodes().size(); e++) {
            ServiceEpisode episode = record.getEpisodes().get(e);
            index.define(Kind.EPISODE, episode.getId(), "episodes", e, "id");
            index.refer(episode.getPlanId(), Kind.PLAN, "episodes", e, "planId");
            index.refer(episode.getReferralId(), Kind.REFERRAL, "episodes", e, "referralId");
            index.referAll(episode.getTeamMemberIds(), Kind.TEAM_MEMBER, "episodes", e, "teamMemberIds");
        }
        for (int d = 0; d < record.getDischargePlans().size(); d++) {
            DischargePlan discharge = record.getDischargePlans().get(d);
            index.define(Kind.OTHER, discharge.getId(), "dischargePlans", d, "id");
            index.refer(discharge.getPlanId(), Kind.PLAN, "dischargePlans", d, "planId");
            index.refer(discharge.getEpisodeId(), Kind.EPISODE, "dischargePlans", d, "episodeId");
            index.refer(discharge.getCrisisPlanId(), Kind.CRISIS_PLAN, "dischargePlans", d, "crisisPlanId");
            index.referAll(discharge.getParticipantIds(), Kind.TEAM_MEMBER, "dischargePlans", d, "participantIds");
        }
        return index;
    }

    private void plan(RecoveryPlan plan, int p) {
        define(Kind.PLAN, plan.getId(), "plans", p, "id");
        refer(plan.getReplacesPlanId(), Kind.PLAN, "plans", p, "replacesPlanId");
        for (int t = 0; t < plan.getTeam().size(); t++) {
            TeamMember member = plan.getTeam().get(t);
            define(Kind.TEAM_MEMBER, member.getId(), "plans", p, "team", t, "id");
            refer(member.getPersonId(), Kind.PERSON, "plans", p, "team", t, "personId");
            refer(member.getNaturalSupportId(), Kind.NATURAL_SUPPORT, "plans", p, "team", t, "naturalSupportId");
        }
        for (int g = 0; g < plan.getGoals().size(); g++) {
            Goal goal = plan.getGoals().get(g);
            define(Kind.GOAL, goal.getId(), "plans", p, "goals", g, "id");
            for (int o = 0; o < goal.getObjectives().size(); o++) {
                define(Kind.OTHER, goal.getObjectives().get(o).getId(), "plans", p, "goals", g, "objectives", o, "id");
            }
        }
        for (int i = 0; i < plan.getInterventions().size(); i++) {
            Intervention intervention = plan.getInterventions().get(i);
            define(Kind.INTERVENTION, intervention.getId(), "plans", p, "interventions", i, "id");
            referAll(intervention.getGoalIds(), Kind.GOAL, "plans", p, "interventions", i, "goalIds");
            refer(
                    intervention.getResponsibleMemberId(),
                    Kind.TEAM_MEMBER,
                    "plans",
                    p,
                    "interventions",
                    i,
                    "responsibleMemberId");
        }
        for (int s = 0; s < plan.getSupports().size(); s++) {
            Support support = plan.getSupports().get(s);
            define(Kind.OTHER, support.getId(), "plans", p, "supports", s, "id");
            referAll(support.getGoalIds(), Kind.GOAL, "plans", p, "supports", s, "goalIds");
            refer(support.getProviderMemberId(), Kind.TEAM_MEMBER, "plans", p, "supports", s, "providerMemberId");
            refer(support.getNaturalSupportId(), Kind.NATURAL_SUPPORT, "plans", p, "supports", s, "naturalSupportId");
        }
        for (int r = 0; r < plan.getRisks().size(); r++) {
            define(Kind.OTHER, plan.getRisks().get(r).getId(), "plans", p, "risks", r, "id");
        }
        plan.getCrisisPlan().ifPresent(crisis -> {
            define(Kind.CRISIS_PLAN, crisis.getId(), "plans", p, "crisisPlan", "id");
            crisisContacts(crisis.getPeopleToAsk(), p, "peopleToAsk");
            crisisContacts(crisis.getPeopleNotToInvolve(), p, "peopleNotToInvolve");
            crisisContacts(crisis.getProfessionals(), p, "professionals");
        });
        for (int r = 0; r < plan.getReviews().size(); r++) {
            PlanReview review = plan.getReviews().get(r);
            define(Kind.OTHER, review.getId(), "plans", p, "reviews", r, "id");
            referAll(review.getParticipantIds(), Kind.TEAM_MEMBER, "plans", p, "reviews", r, "participantIds");
            for (int g = 0; g < review.getGoalProgress().size(); g++) {
                refer(
                        Optional.of(review.getGoalProgress().get(g).getGoalId()),
                        Kind.GOAL,
                        "plans",
                        p,
                        "reviews",
                        r,
                        "goalProgress",
                        g,
                        "goalId");
            }
        }
        for (int a = 0; a < plan.getAgreements().size(); a++) {
            refer(
                    Optional.of(plan.getAgreements().get(a).getMemberId()),
                    Kind.TEAM_MEMBER,
                    "plans",
                    p,
                    "agreements",
                    a,
                    "memberId");
        }
    }

    private void crisisContacts(List<CrisisContact> contacts, int p, String section) {
        for (int c = 0; c < contacts.size(); c++) {
            refer(
                    contacts.get(c).getNaturalSupportId(),
                    Kind.NATURAL_SUPPORT,
                    "plans",
                    p,
                    "crisisPlan",
                    section,
                    c,
                    "naturalSupportId");
            refer(
                    contacts.get(c).getTeamMemberId(),
                    Kind.TEAM_MEMBER,
                    "plans",
                    p,
                    "crisisPlan",
                    section,
                    c,
                    "teamMemberId");
        }
    }

    private void define(Kind kind, String id, Object... path) {
        definitions.add(new Definition(id, path));
        ids.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    }

    private void refer(Optional<String> id, Kind kind, Object... where) {
        id.ifPresent(value -> references.add(new Reference(value, kind, where)));
    }

    private void referAll(List<String> ids, Kind kind, Object... where) {
        for (int i = 0; i < ids.size(); i++) {
            Object[] path = java.util.Arrays.copyOf(where, where.length + 1);
            path[where.length] = i;
            references.add(new Reference(ids.get(i), kind, path));
        }
    }
}
