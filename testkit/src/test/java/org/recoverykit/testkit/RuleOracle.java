package org.recoverykit.testkit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.AgreementDecision;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.BillingCode;
import org.recoverykit.model.CommunitySupportCatalogue;
import org.recoverykit.model.Contact;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.Goal;
import org.recoverykit.model.NaturalSupport;
import org.recoverykit.model.Objective;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.Support;
import org.recoverykit.model.SupportKind;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;

/**
 * The rules of the DESIGN.md section 3 catalogue, read as the {@link Defect} Javadoc states, written here
 * independently of the generator so that the tests can check that a clean record breaks none and a defective
 * one breaks exactly its defect's rule. This is a test oracle, not the library's validator.
 */
final class RuleOracle {
    static final int RE_ENGAGEMENT_DAYS = 7;
    static final int BREAKDOWN_RUN = 3;
    static final int REVIEW_INTERVAL_DAYS = 90;
    static final int ENABLEMENT_DAYS = 42;

    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9 ().-]*[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private final RecoveryRecord record;
    private final Set<String> broken = new TreeSet<>();

    private RuleOracle(RecoveryRecord record) {
        this.record = record;
    }

    /** The ids of the rules the record breaks, in order. */
    static Set<String> broken(RecoveryRecord record) {
        RuleOracle oracle = new RuleOracle(record);
        oracle.check();
        return oracle.broken;
    }

    private void check() {
        var person = record.getPerson();
        Set<String> naturalSupports =
                person.getNaturalSupports().stream().map(NaturalSupport::getId).collect(Collectors.toSet());
        if (person.getStrengths().isEmpty() || person.getInterests().isEmpty()) {
            broken.add("PCP-STRENGTHS");
        }
        for (RecoveryPlan plan : record.getPlans()) {
            plan(plan, naturalSupports);
        }
        contacts();
        for (var discharge : record.getDischargePlans()) {
            if (discharge.getContinuingServices().isEmpty()
                    && discharge.getNoAftercareReason().isEmpty()) {
                broken.add("CS-DISCHARGE");
            }
        }
        for (String text : PatientData.freeText(record)) {
            if (holdsIdentifier(text)) {
                broken.add("MH22-MINIMAL");
            }
        }
        for (ServiceEpisode episode : record.getEpisodes()) {
            if (episode.getServiceModel() == ServiceModel.SUPPORT_TIME_RECOVERY) {
                str(episode);
            }
        }
        referralsAndCodes();
    }

    private void plan(RecoveryPlan plan, Set<String> naturalSupports) {
        if (plan.getGoals().stream().anyMatch(g -> g.getLifeDomains().isEmpty())) {
            broken.add("CS-GOAL-DOMAIN");
        }
        boolean measurable = plan.getGoals().stream()
                        .flatMap(g -> g.getObjectives().stream())
                        .allMatch(RuleOracle::measurable)
                && plan.getInterventions().stream()
                        .allMatch(i -> i.getAmount().isPresent()
                                && i.getFrequency().isPresent()
                                && i.getDuration().isPresent());
        if (!measurable) {
            broken.add("CS-MEASURABLE");
        }
        String personId = record.getPerson().getId();
        if (plan.getTeam().stream()
                .noneMatch(
                        m -> m.getRole() == TeamRole.PERSON && m.getPersonId().equals(Optional.of(personId)))) {
            broken.add("CS-TEAM");
        }
        Optional<LocalDate> start = plan.getPeriod().map(DateRange::getStart);
        Optional<LocalDate> birth = record.getPerson().getBirthDate();
        if (start.isPresent()
                && birth.isPresent()
                && AgeGroup.of(birth.get(), start.get()) != AgeGroup.ADULT
                && plan.getTeam().stream()
                        .noneMatch(m -> m.getRole() == TeamRole.FAMILY || m.getRole() == TeamRole.NATURAL_SUPPORT)) {
            broken.add("CS-CHILD-FAMILY");
        }
        if (plan.getRisks().stream().anyMatch(r -> r.getCategory() == RiskCategory.RELAPSE)
                && plan.getCrisisPlan().isEmpty()) {
            broken.add("CS-RELAPSE");
        }
        if (plan.getSupports().stream()
                .noneMatch(s -> s.getKind() == SupportKind.NATURAL
                        && s.getNaturalSupportId()
                                .filter(naturalSupports::contains)
                                .isPresent())) {
            broken.add("CS-NATURAL");
        }
        for (Goal goal : plan.getGoals()) {
            if (goal.getStatement().isEmpty() || !goal.isInOwnWords()) {
                broken.add("PCP-OWN-WORDS");
            }
        }
        for (Support support : plan.getSupports()) {
            boolean who = support.getKind() == SupportKind.NATURAL
                    ? support.getNaturalSupportId().isPresent()
                    : support.getProvider().isPresent()
                            || support.getProviderMemberId().isPresent();
            if (!who
                    || support.getPaid().isEmpty()
                    || support.getType().isEmpty()
                    || support.getScope().isEmpty()
                    || support.getAmount().isEmpty()
                    || support.getFrequency().isEmpty()
                    || support.getDuration().isEmpty()) {
                broken.add("PCP-SUPPORTS");
            }
        }
        if (plan.getCopyOfferedOn().isEmpty()) {
            broken.add("PCP-COPY");
        }
        review(plan);
        if (plan.getStatus() == PlanStatus.ACTIVE
                && record.getContactArrangements().stream()
                        .noneMatch(a -> a.getPlanId().equals(Optional.of(plan.getId()))
                                && a.getWhenUnavailable().isPresent()
                                && a.getAgreedOn().isPresent())) {
            broken.add("MH22-ARRANGEMENT");
        }
        if (plan.getRisks().stream().anyMatch(r -> r.getMitigation().isEmpty() || !r.isDiscussedWithPerson())) {
            broken.add("MH22-RISK");
        }
        Set<String> personMembers = plan.getTeam().stream()
                .filter(m -> m.getRole() == TeamRole.PERSON)
                .map(TeamMember::getId)
                .collect(Collectors.toSet());
        if (plan.getAgreements().stream()
                .noneMatch(
                        a -> a.getDecision() == AgreementDecision.AGREED && personMembers.contains(a.getMemberId()))) {
            broken.add("MH22-AGREED");
        }
    }

    private static boolean measurable(Objective objective) {
        return objective.getMeasure().isPresent() && objective.getTargetDate().isPresent();
    }

    private void review(RecoveryPlan plan) {
        Optional<LocalDate> start = plan.getPeriod().map(DateRange::getStart);
        if (plan.getNextReviewDue().isEmpty() || start.isEmpty()) {
            broken.add("PCP-REVIEW");
            return;
        }
        LocalDate previous = start.get();
        List<PlanReview> reviews = new ArrayList<>(plan.getReviews());
        reviews.sort(Comparator.comparing(PlanReview::getDate));
        for (PlanReview review : reviews) {
            if (ChronoUnit.DAYS.between(previous, review.getDate()) > REVIEW_INTERVAL_DAYS) {
                broken.add("PCP-REVIEW");
            }
            previous = review.getDate();
        }
        if (ChronoUnit.DAYS.between(previous, plan.getNextReviewDue().get()) > REVIEW_INTERVAL_DAYS) {
            broken.add("PCP-REVIEW");
        }
    }

    private void contacts() {
        List<Contact> contacts = new ArrayList<>(record.getContacts());
        contacts.sort(Comparator.comparing(Contact::getStart));
        int run = 0;
        for (Contact contact : contacts) {
            LocalDate date = contact.getStart().toLocalDate();
            if (contact.getAttendance() == Attendance.ATTENDED
                    && (contact.getNeed().isEmpty()
                            || contact.getInterventionIds().isEmpty()
                            || contact.getGoalIds().isEmpty()
                            || contact.getProviderMemberId().isEmpty()
                            || contact.getEnd().isEmpty()
                            || contact.getSetting().isEmpty()
                            || contact.getResponse().isEmpty())) {
                broken.add("CS-NOTE");
            }
            if (contact.getAttendance() == Attendance.MISSED
                    && record.getReEngagementAttempts().stream()
                            .noneMatch(a -> a.getAfterContactId().equals(Optional.of(contact.getId()))
                                    && within(date, a.getDate()))) {
                broken.add("CS-MISSED");
            }
            boolean notAttended = contact.getAttendance() == Attendance.MISSED
                    || contact.getAttendance() == Attendance.CANCELLED_BY_PERSON;
            run = notAttended ? run + 1 : 0;
            if (run >= BREAKDOWN_RUN
                    && record.getReEngagementAttempts().stream().noneMatch(a -> within(date, a.getDate()))) {
                broken.add("MH22-BREAKDOWN");
            }
        }
    }

    private static boolean within(LocalDate from, LocalDate date) {
        long days = ChronoUnit.DAYS.between(from, date);
        return days >= 0 && days <= RE_ENGAGEMENT_DAYS;
    }

    static boolean holdsIdentifier(String text) {
        if (EMAIL.matcher(text).find()) {
            return true;
        }
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            if (digits.group().chars().filter(Character::isDigit).count() >= 7) {
                return true;
            }
        }
        return false;
    }

    private void str(ServiceEpisode episode) {
        DateRange period = episode.getPeriod().orElse(null);
        if (period == null
                || period.getEnd().isEmpty()
                || !period.getEnd().get().isBefore(period.getStart().plusMonths(6))) {
            broken.add("STR-TOTAL");
        }
        for (EpisodePhase phase : episode.getPhases()) {
            if (phase.getPhase() != EpisodePhaseType.ENABLEMENT) {
                continue;
            }
            Optional<LocalDate> end = phase.getPeriod().getEnd();
            if (end.isEmpty()
                    || ChronoUnit.DAYS.between(phase.getPeriod().getStart(), end.get()) + 1 > ENABLEMENT_DAYS) {
                broken.add("STR-ENABLEMENT");
                continue;
            }
            for (Contact contact : record.getContacts()) {
                LocalDate date = contact.getStart().toLocalDate();
                if (contact.getEpisodeId().equals(Optional.of(episode.getId()))
                        && date.isAfter(end.get())
                        && episode.getPhases().stream()
                                .noneMatch(
                                        p -> p.isChargeable() && p.getPeriod().contains(date))) {
                    broken.add("STR-CHARGEABLE");
                }
            }
        }
    }

    private void referralsAndCodes() {
        CommunitySupportCatalogue catalogue = CommunitySupportCatalogue.standard();
        for (Referral referral : record.getReferrals()) {
            boolean accepted = referral.getStatus() == ReferralStatus.ACCEPTED
                    || referral.getStatus() == ReferralStatus.COMPLETED
                    || referral.getStatusHistory().stream().anyMatch(u -> u.getStatus() == ReferralStatus.ACCEPTED);
            if (referral.getKind() == ReferralKind.PEER_SUPPORT) {
                if (referral.getPersonsChoice().flatMap(c -> c.getExpressedOn()).isEmpty()
                        || referral.isRequiredByPlan()) {
                    broken.add("PEER-CHOICE");
                }
                if (accepted && !referral.isContactDetailsGiven() && !referral.isContactFacilitated()) {
                    broken.add("PEER-CONTACT");
                }
            }
            if (accepted && referral.getOutreachAttempts().isEmpty()) {
                broken.add("ECM-OUTREACH");
            }
            code(
                    catalogue,
                    referral.getKind() == ReferralKind.COMMUNITY_SUPPORTS,
                    referral.getCommunitySupport(),
                    referral.getBillingCode());
        }
        for (RecoveryPlan plan : record.getPlans()) {
            for (Support support : plan.getSupports()) {
                code(
                        catalogue,
                        support.getKind() == SupportKind.COMMUNITY_SUPPORTS_SERVICE,
                        support.getCommunitySupport(),
                        support.getBillingCode());
            }
        }
    }

    private void code(
            CommunitySupportCatalogue catalogue,
            boolean communitySupports,
            Optional<String> service,
            Optional<BillingCode> billingCode) {
        if ((communitySupports || billingCode.isPresent())
                && !catalogue.isValid(service.orElse(null), billingCode.orElse(null))) {
            broken.add("CSUP-CODE");
        }
    }
}
