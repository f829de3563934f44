package org.recoverykit.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.CrisisContact;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.Goal;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.NaturalSupport;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.ReEngagementAttempt;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralStatusUpdate;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.Support;
import org.recoverykit.model.TeamMember;
import org.recoverykit.validation.ValidationPolicy;

/**
 * A small checker of a record's internal consistency, independent of the generator: unique ids, references
 * that resolve, dates in order, and a birth date that gives one age group on every plan's start. Each method
 * returns the problems found, as messages that name ids but no patient data.
 */
final class Consistency {
    private static final ValidationPolicy STR = ValidationPolicy.supportTimeRecovery();
    private static final int RE_ENGAGEMENT_WINDOW_DAYS =
            ValidationPolicy.communitySupport().getReEngagementWindow().getDays();

    private final RecoveryRecord record;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, RecoveryPlan> plans = new HashMap<>();
    private final Map<String, Set<String>> teams = new HashMap<>();
    private final Set<String> allMembers = new HashSet<>();
    private final Map<String, Contact> contacts = new HashMap<>();

    private Consistency(RecoveryRecord record) {
        this.record = record;
        for (RecoveryPlan plan : record.getPlans()) {
            plans.put(plan.getId(), plan);
            Set<String> team = plan.getTeam().stream().map(TeamMember::getId).collect(Collectors.toSet());
            teams.put(plan.getId(), team);
            allMembers.addAll(team);
        }
        record.getContacts().forEach(c -> contacts.put(c.getId(), c));
    }

    /** Ids unique and references resolved. */
    static List<String> structure(RecoveryRecord record) {
        Consistency check = new Consistency(record);
        check.uniqueIds();
        check.references();
        return check.problems;
    }

    /** Dates in order and the age group fitting every plan's start. */
    static List<String> dates(RecoveryRecord record) {
        Consistency check = new Consistency(record);
        check.dates();
        check.ageGroup();
        return check.problems;
    }

    /** Everything. */
    static List<String> all(RecoveryRecord record) {
        List<String> all = new ArrayList<>(structure(record));
        all.addAll(dates(record));
        return all;
    }

    /** The one age group of the person on every plan's start. */
    static AgeGroup ageGroup(RecoveryRecord record) {
        LocalDate birth = record.getPerson().getBirthDate().orElseThrow();
        return AgeGroup.of(
                birth, record.getPlans().get(0).getPeriod().orElseThrow().getStart());
    }

    // ---------------------------------------------------------------- ids

    private void uniqueIds() {
        List<String> ids = new ArrayList<>();
        ids.add(record.getId());
        ids.add(record.getPerson().getId());
        record.getPerson().getNaturalSupports().forEach(s -> ids.add(s.getId()));
        record.getDomainAssessments().forEach(a -> ids.add(a.getId()));
        for (RecoveryPlan plan : record.getPlans()) {
            ids.add(plan.getId());
            plan.getTeam().forEach(m -> ids.add(m.getId()));
            for (Goal goal : plan.getGoals()) {
                ids.add(goal.getId());
                goal.getObjectives().forEach(o -> ids.add(o.getId()));
            }
            plan.getInterventions().forEach(i -> ids.add(i.getId()));
            plan.getSupports().forEach(s -> ids.add(s.getId()));
            plan.getRisks().forEach(r -> ids.add(r.getId()));
            plan.getCrisisPlan().ifPresent(c -> ids.add(c.getId()));
            plan.getReviews().forEach(r -> ids.add(r.getId()));
        }
        record.getContactArrangements().forEach(a -> ids.add(a.getId()));
        record.getContacts().forEach(c -> ids.add(c.getId()));
        record.getReEngagementAttempts().forEach(a -> ids.add(a.getId()));
        for (Referral referral : record.getReferrals()) {
            ids.add(referral.getId());
            referral.getOutreachAttempts().forEach(a -> ids.add(a.getId()));
        }
        record.getEpisodes().forEach(e -> ids.add(e.getId()));
        record.getDischargePlans().forEach(d -> ids.add(d.getId()));
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add("id " + id + " is not unique");
            }
        }
    }

    // ---------------------------------------------------------------- references

    private void references() {
        String personId = record.getPerson().getId();
        Set<String> naturalSupports = record.getPerson().getNaturalSupports().stream()
                .map(NaturalSupport::getId)
                .collect(Collectors.toSet());
        Set<String> episodes =
                record.getEpisodes().stream().map(ServiceEpisode::getId).collect(Collectors.toSet());
        Set<String> referrals =
                record.getReferrals().stream().map(Referral::getId).collect(Collectors.toSet());
        Set<String> crisisPlans = new HashSet<>();
        for (RecoveryPlan plan : record.getPlans()) {
            String where = plan.getId();
            Set<String> team = teams.get(plan.getId());
            Set<String> goals = plan.getGoals().stream().map(Goal::getId).collect(Collectors.toSet());
            plan.getReplacesPlanId().ifPresent(id -> resolve(plans.keySet(), id, where + ".replacesPlanId"));
            for (TeamMember member : plan.getTeam()) {
                member.getPersonId().ifPresent(id -> resolve(Set.of(personId), id, member.getId() + ".personId"));
                member.getNaturalSupportId()
                        .ifPresent(id -> resolve(naturalSupports, id, member.getId() + ".naturalSupportId"));
            }
            for (Intervention intervention : plan.getInterventions()) {
                intervention.getGoalIds().forEach(id -> resolve(goals, id, intervention.getId() + ".goalIds"));
                intervention
                        .getResponsibleMemberId()
                        .ifPresent(id -> resolve(team, id, intervention.getId() + ".responsibleMemberId"));
            }
            for (Support support : plan.getSupports()) {
                support.getGoalIds().forEach(id -> resolve(goals, id, support.getId() + ".goalIds"));
                support.getProviderMemberId().ifPresent(id -> resolve(team, id, support.getId() + ".providerMemberId"));
                support.getNaturalSupportId()
                        .ifPresent(id -> resolve(naturalSupports, id, support.getId() + ".naturalSupportId"));
            }
            plan.getCrisisPlan().ifPresent(crisis -> {
                crisisPlans.add(crisis.getId());
                List<CrisisContact> people = new ArrayList<>(crisis.getPeopleToAsk());
                people.addAll(crisis.getPeopleNotToInvolve());
                people.addAll(crisis.getProfessionals());
                for (CrisisContact contact : people) {
                    contact.getNaturalSupportId()
                            .ifPresent(id -> resolve(naturalSupports, id, crisis.getId() + ".naturalSupportId"));
                    contact.getTeamMemberId().ifPresent(id -> resolve(team, id, crisis.getId() + ".teamMemberId"));
                }
            });
            for (PlanReview review : plan.getReviews()) {
                review.getParticipantIds().forEach(id -> resolve(team, id, review.getId() + ".participantIds"));
                review.getGoalProgress()
                        .forEach(p -> resolve(goals, p.getGoalId(), review.getId() + ".goalProgress.goalId"));
            }
            plan.getAgreements().forEach(a -> resolve(team, a.getMemberId(), where + ".agreements.memberId"));
        }
        record.getContactArrangements()
                .forEach(a -> a.getPlanId().ifPresent(id -> resolve(plans.keySet(), id, a.getId() + ".planId")));
        for (Contact contact : record.getContacts()) {
            String where = contact.getId();
            contact.getEpisodeId().ifPresent(id -> resolve(episodes, id, where + ".episodeId"));
            Optional<RecoveryPlan> plan = contact.getPlanId().map(plans::get);
            contact.getPlanId().ifPresent(id -> resolve(plans.keySet(), id, where + ".planId"));
            Set<String> team = plan.map(p -> teams.get(p.getId())).orElse(allMembers);
            contact.getProviderMemberId().ifPresent(id -> resolve(team, id, where + ".providerMemberId"));
            plan.ifPresent(p -> {
                Set<String> interventions =
                        p.getInterventions().stream().map(Intervention::getId).collect(Collectors.toSet());
                Set<String> goals = p.getGoals().stream().map(Goal::getId).collect(Collectors.toSet());
                contact.getInterventionIds().forEach(id -> resolve(interventions, id, where + ".interventionIds"));
                contact.getGoalIds().forEach(id -> resolve(goals, id, where + ".goalIds"));
            });
        }
        for (ReEngagementAttempt attempt : record.getReEngagementAttempts()) {
            attempt.getAfterContactId()
                    .ifPresent(id -> resolve(contacts.keySet(), id, attempt.getId() + ".afterContactId"));
            attempt.getByMemberId().ifPresent(id -> resolve(allMembers, id, attempt.getId() + ".byMemberId"));
        }
        for (Referral referral : record.getReferrals()) {
            referral.getPlanId().ifPresent(id -> resolve(plans.keySet(), id, referral.getId() + ".planId"));
            Set<String> team = referral.getPlanId().map(teams::get).orElse(allMembers);
            referral.getReferredByMemberId()
                    .ifPresent(id -> resolve(team, id, referral.getId() + ".referredByMemberId"));
        }
        for (ServiceEpisode episode : record.getEpisodes()) {
            episode.getPlanId().ifPresent(id -> resolve(plans.keySet(), id, episode.getId() + ".planId"));
            episode.getReferralId().ifPresent(id -> resolve(referrals, id, episode.getId() + ".referralId"));
            Set<String> team = episode.getPlanId().map(teams::get).orElse(allMembers);
            episode.getTeamMemberIds().forEach(id -> resolve(team, id, episode.getId() + ".teamMemberIds"));
        }
        for (DischargePlan discharge : record.getDischargePlans()) {
            String where = discharge.getId();
            discharge.getPlanId().ifPresent(id -> resolve(plans.keySet(), id, where + ".planId"));
            discharge.getEpisodeId().ifPresent(id -> resolve(episodes, id, where + ".episodeId"));
            discharge.getCrisisPlanId().ifPresent(id -> {
                Set<String> own = discharge
                        .getPlanId()
                        .map(plans::get)
                        .flatMap(RecoveryPlan::getCrisisPlan)
                        .map(c -> Set.of(c.getId()))
                        .orElse(crisisPlans);
                resolve(own, id, where + ".crisisPlanId");
            });
            Set<String> team = discharge.getPlanId().map(teams::get).orElse(allMembers);
            discharge.getParticipantIds().forEach(id -> resolve(team, id, where + ".participantIds"));
        }
    }

    private void resolve(Set<String> targets, String id, String where) {
        if (!targets.contains(id)) {
            problems.add(where + " names " + id + ", which is not there");
        }
    }

    // ---------------------------------------------------------------- dates

    private void dates() {
        LocalDate previousEnd = null;
        int version = 0;
        for (RecoveryPlan plan : record.getPlans()) {
            String where = plan.getId();
            if (plan.getVersion() != ++version) {
                problems.add(where + " is version " + plan.getVersion() + ", expected " + version);
            }
            DateRange period = plan.getPeriod().orElse(null);
            if (period == null) {
                problems.add(where + " has no period");
                continue;
            }
            if (previousEnd != null && !period.getStart().isAfter(previousEnd)) {
                problems.add(where + " starts before the version before it ends");
            }
            previousEnd = period.getEnd().orElse(null);
            if (previousEnd == null && plan != last(record.getPlans())) {
                problems.add(where + " is open-ended but not the current version");
            }
            for (Goal goal : plan.getGoals()) {
                goal.getObjectives()
                        .forEach(o -> o.getTargetDate().ifPresent(d -> {
                            if (!d.isAfter(period.getStart())) {
                                problems.add(o.getId() + " is due before its plan starts");
                            }
                        }));
            }
            LocalDate due = plan.getNextReviewDue().orElse(null);
            LocalDate previousReview = period.getStart();
            for (PlanReview review : plan.getReviews()) {
                if (!review.getDate().isAfter(previousReview)) {
                    problems.add(review.getId() + " is not after the review or start before it");
                }
                previousReview = review.getDate();
                if (review.getNextReviewDue()
                        .filter(d -> !d.isAfter(review.getDate()))
                        .isPresent()) {
                    problems.add(review.getId() + " is not before its own next review due");
                }
                if (due != null && !review.getDate().isBefore(due)) {
                    problems.add(review.getId() + " is not before the plan's next review due");
                }
            }
        }
        Contact previousContact = null;
        for (Contact contact : record.getContacts()) {
            String where = contact.getId();
            if (previousContact != null && !contact.getStart().isAfter(previousContact.getStart())) {
                problems.add(where + " starts before the contact listed before it");
            }
            previousContact = contact;
            LocalDate date = contact.getStart().toLocalDate();
            contact.getPlanId()
                    .map(plans::get)
                    .flatMap(RecoveryPlan::getPeriod)
                    .filter(p -> !p.contains(date))
                    .ifPresent(p -> problems.add(where + " is outside its plan's period"));
            contact.getEpisodeId()
                    .flatMap(id -> record.getEpisodes().stream()
                            .filter(e -> e.getId().equals(id))
                            .findFirst())
                    .flatMap(ServiceEpisode::getPeriod)
                    .filter(p -> !p.contains(date))
                    .ifPresent(p -> problems.add(where + " is outside its episode's period"));
            if (contact.getAttendance() == Attendance.ATTENDED) {
                long minutes = contact.getEnd()
                        .map(end -> Duration.between(contact.getStart(), end).toMinutes())
                        .orElse(-1L);
                if (minutes < 15 || minutes > 120) {
                    problems.add(where + " lasts " + minutes + " minutes");
                }
            }
        }
        for (ReEngagementAttempt attempt : record.getReEngagementAttempts()) {
            attempt.getAfterContactId().map(contacts::get).ifPresent(contact -> {
                long days = ChronoUnit.DAYS.between(contact.getStart().toLocalDate(), attempt.getDate());
                if (days < 0 || days > RE_ENGAGEMENT_WINDOW_DAYS) {
                    problems.add(attempt.getId() + " is " + days + " days after its contact");
                }
            });
        }
        for (ServiceEpisode episode : record.getEpisodes()) {
            episodeDates(episode);
        }
        for (Referral referral : record.getReferrals()) {
            String where = referral.getId();
            LocalDate referred = referral.getReferredOn().orElse(null);
            referral.getPersonsChoice()
                    .flatMap(c -> c.getExpressedOn())
                    .filter(d -> referred != null && d.isAfter(referred))
                    .ifPresent(d -> problems.add(where + " was chosen after it was made"));
            LocalDate previous = referred;
            for (ReferralStatusUpdate update : referral.getStatusHistory()) {
                if (previous != null && update.getDate().isBefore(previous)) {
                    problems.add(where + " has a status update out of order");
                }
                previous = update.getDate();
            }
            referral.getOutreachAttempts().forEach(a -> {
                if (referred != null && a.getDate().isBefore(referred)) {
                    problems.add(a.getId() + " is before its referral");
                }
            });
        }
        for (DischargePlan discharge : record.getDischargePlans()) {
            LocalDate leaving =
                    discharge.getActualDate().or(discharge::getPlannedDate).orElse(null);
            discharge
                    .getPlanId()
                    .map(plans::get)
                    .flatMap(RecoveryPlan::getPeriod)
                    .filter(p -> leaving != null && leaving.isBefore(p.getStart()))
                    .ifPresent(p -> problems.add(discharge.getId() + " is before its plan starts"));
            discharge.getFollowUpAppointments().forEach(f -> {
                if (leaving != null && !f.getStart().toLocalDate().isAfter(leaving)) {
                    problems.add(discharge.getId() + " has a follow-up before the discharge");
                }
            });
        }
    }

    private void episodeDates(ServiceEpisode episode) {
        String where = episode.getId();
        DateRange period = episode.getPeriod().orElse(null);
        List<EpisodePhase> phases = episode.getPhases();
        if (period == null) {
            if (!phases.isEmpty()) {
                problems.add(where + " has phases but no period");
            }
            return;
        }
        if (!phases.isEmpty()) {
            if (!phases.get(0).getPeriod().getStart().equals(period.getStart())) {
                problems.add(where + " does not start with its first phase");
            }
            for (int i = 1; i < phases.size(); i++) {
                Optional<LocalDate> end = phases.get(i - 1).getPeriod().getEnd();
                if (end.isEmpty()
                        || !end.get()
                                .plusDays(1)
                                .equals(phases.get(i).getPeriod().getStart())) {
                    problems.add(where + " phase " + i + " does not follow the one before it");
                }
            }
            if (!last(phases).getPeriod().getEnd().equals(period.getEnd())) {
                problems.add(where + " does not end with its last phase");
            }
        }
        if (episode.getServiceModel() == ServiceModel.SUPPORT_TIME_RECOVERY) {
            LocalDate end = period.getEnd().orElse(null);
            if (end == null || !end.isBefore(period.getStart().plus(STR.getStrTotalLimit()))) {
                problems.add(where + " is an STR episode of 6 months or more");
            }
            for (EpisodePhase phase : phases) {
                if (phase.getPhase() == EpisodePhaseType.ENABLEMENT) {
                    long days = phase.getPeriod()
                            .getEnd()
                            .map(e -> ChronoUnit.DAYS.between(phase.getPeriod().getStart(), e) + 1)
                            .orElse(Long.MAX_VALUE);
                    if (days > STR.getStrEnablementLimit().getDays()) {
                        problems.add(where + " has an enablement phase of " + days + " days");
                    }
                }
            }
        }
    }

    private void ageGroup() {
        LocalDate birth = record.getPerson().getBirthDate().orElse(null);
        if (birth == null) {
            problems.add("the person has no birth date");
            return;
        }
        Set<AgeGroup> groups = new HashSet<>();
        for (RecoveryPlan plan : record.getPlans()) {
            plan.getPeriod().ifPresent(p -> groups.add(AgeGroup.of(birth, p.getStart())));
        }
        if (groups.size() != 1) {
            problems.add("the person is in age groups " + groups + " on the plans' starts");
        }
    }

    private static <T> T last(List<T> values) {
        return values.get(values.size() - 1);
    }
}
