package org.recoverykit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.BillingCode;
import org.recoverykit.model.CommunitySupportCatalogue;
import org.recoverykit.model.CommunitySupportService;
import org.recoverykit.model.Contact;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.Goal;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.Person;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.ReEngagementAttempt;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.model.Risk;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.Support;
import org.recoverykit.model.SupportKind;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;

/** What each {@link Defect} needs from the generator, and the mutation that puts it into a record. */
final class Mutations {
    /** Days past the latest review that PCP-REVIEW's defect puts the next review: more than 12 months. */
    private static final int OVERDUE_REVIEW_DAYS = 400;

    private Mutations() {}

    /**
     * Gets the fewest contacts a record with the defect has.
     *
     * @param defect the defect, not null
     * @return the fewest contacts, 0 or more
     */
    static int minContacts(Defect defect) {
        return switch (defect) {
            case MH22_BREAKDOWN -> 3;
            case CS_NOTE, CS_MISSED, MH22_MINIMAL, STR_CHARGEABLE -> 1;
            default -> 0;
        };
    }

    /** Whether the defect needs a Support, Time and Recovery episode with an extended phase. */
    static boolean needsStr(Defect defect) {
        return defect == Defect.STR_ENABLEMENT || defect == Defect.STR_TOTAL || defect == Defect.STR_CHARGEABLE;
    }

    /** Adds to the needs what the record must have for the defect to land. */
    static void require(Defect defect, Generation.Needs needs) {
        needs.minContacts = Math.max(needs.minContacts, minContacts(defect));
        needs.str |= needsStr(defect);
        switch (defect) {
            case CS_CHILD_FAMILY -> needs.childOrYouth = true;
            case CS_NOTE, MH22_MINIMAL -> needs.attendedContact = true;
            case CS_DISCHARGE -> needs.dischargePlan = true;
            case CS_MISSED -> needs.missedContact = true;
            case CS_RELAPSE -> needs.relapseRisk = true;
            case MH22_ARRANGEMENT -> needs.activePlan = true;
            case MH22_BREAKDOWN -> needs.attendedBeforeLastThree = true;
            case MH22_RISK -> needs.risk = true;
            case MH22_AGREED -> needs.minVersions = 2;
            case STR_CHARGEABLE -> needs.strContactAfterEnablement = true;
            case PEER_CHOICE -> needs.peerReferral = true;
            case PEER_CONTACT -> needs.acceptedPeerReferral = true;
            case CSUP_CODE -> needs.communitySupportsReferral = true;
            case ECM_OUTREACH -> needs.acceptedReferral = true;
            default -> {
                // the other defects need no more than the contacts and the STR episode above, or what
                // every generated record has
            }
        }
    }

    /** Puts the defect into a record generated with its needs. */
    static DefectiveRecord apply(RecoveryRecord record, Defect defect, RandomGenerator random) {
        return new Mutations.Run(record, random).apply(defect);
    }

    private static final class Run {
        private final RecoveryRecord record;
        private final RandomGenerator random;
        private final int p;
        private final RecoveryPlan plan;

        Run(RecoveryRecord record, RandomGenerator random) {
            this.record = record;
            this.random = random;
            this.p = record.getPlans().size() - 1;
            this.plan = record.getPlans().get(p);
        }

        DefectiveRecord apply(Defect defect) {
            return switch (defect) {
                case CS_GOAL_DOMAIN -> goal(defect, "lifeDomains", g -> g.lifeDomains(List.of()));
                case CS_MEASURABLE -> interventionWithoutAmount(defect);
                case CS_TEAM -> team(defect);
                case CS_CHILD_FAMILY -> childFamily(defect);
                case CS_NOTE -> contact(defect, "response", c -> c.response(Optional.empty()));
                case CS_DISCHARGE -> discharge(defect);
                case CS_MISSED -> missed(defect);
                case CS_RELAPSE -> relapse(defect);
                case CS_NATURAL -> natural(defect);
                case PCP_OWN_WORDS -> goal(defect, "inOwnWords", g -> g.inOwnWords(false));
                case PCP_STRENGTHS -> strengths(defect);
                case PCP_SUPPORTS -> support(defect);
                case PCP_COPY ->
                    withPlan(
                            defect,
                            "/copyOfferedOn",
                            RecoveryPlan.builder()
                                    .from(plan)
                                    .copyOfferedOn(Optional.empty())
                                    .build());
                case PCP_REVIEW -> review(defect);
                case MH22_ARRANGEMENT -> arrangement(defect);
                case MH22_BREAKDOWN -> breakdown(defect);
                case MH22_RISK -> risk(defect);
                case MH22_AGREED -> agreed(defect);
                case MH22_MINIMAL -> contact(defect, "nextSteps", c -> c.nextSteps(Phrases.NOTE_WITH_PHONE_NUMBER));
                case STR_ENABLEMENT -> enablement(defect);
                case STR_TOTAL -> total(defect);
                case STR_CHARGEABLE -> chargeable(defect);
                case PEER_CHOICE ->
                    referral(
                            defect,
                            "personsChoice",
                            r -> r.getKind() == ReferralKind.PEER_SUPPORT,
                            r -> r.personsChoice(Optional.empty()));
                case PEER_CONTACT ->
                    referral(
                            defect,
                            "contactDetailsGiven",
                            r -> r.getKind() == ReferralKind.PEER_SUPPORT && r.getStatus() == ReferralStatus.ACCEPTED,
                            r -> r.contactDetailsGiven(false).contactFacilitated(false));
                case CSUP_CODE -> billingCode(defect);
                case ECM_OUTREACH ->
                    referral(defect, "outreachAttempts", Referral::hasBeenAccepted, r -> r.outreachAttempts(List.of()));
            };
        }

        // ------------------------------------------------------------ plan

        private DefectiveRecord goal(
                Defect defect, String member, java.util.function.UnaryOperator<Goal.Builder> change) {
            int g = random.nextInt(plan.getGoals().size());
            Goal goal =
                    change.apply(Goal.builder().from(plan.getGoals().get(g))).build();
            return planElement(defect, "goals", plan.getGoals(), g, member, goal, RecoveryPlan.Builder::goals);
        }

        private DefectiveRecord interventionWithoutAmount(Defect defect) {
            int i = random.nextInt(plan.getInterventions().size());
            Intervention intervention = Intervention.builder()
                    .from(plan.getInterventions().get(i))
                    .amount(Optional.empty())
                    .build();
            return planElement(
                    defect,
                    "interventions",
                    plan.getInterventions(),
                    i,
                    "amount",
                    intervention,
                    RecoveryPlan.Builder::interventions);
        }

        private DefectiveRecord team(Defect defect) {
            int t = indexOf(plan.getTeam(), m -> m.getRole() == TeamRole.PERSON);
            TeamMember member = TeamMember.builder()
                    .from(plan.getTeam().get(t))
                    .personId(Optional.empty())
                    .build();
            return planElement(defect, "team", plan.getTeam(), t, "personId", member, RecoveryPlan.Builder::team);
        }

        private DefectiveRecord childFamily(Defect defect) {
            Set<String> removed = plan.getTeam().stream()
                    .filter(m -> m.getRole() == TeamRole.FAMILY || m.getRole() == TeamRole.NATURAL_SUPPORT)
                    .map(TeamMember::getId)
                    .collect(Collectors.toSet());
            List<PlanReview> reviews = new ArrayList<>();
            for (PlanReview review : plan.getReviews()) {
                reviews.add(PlanReview.builder()
                        .from(review)
                        .participantIds(without(review.getParticipantIds(), removed))
                        .build());
            }
            RecoveryPlan changed = RecoveryPlan.builder()
                    .from(plan)
                    .team(plan.getTeam().stream()
                            .filter(m -> !removed.contains(m.getId()))
                            .collect(Collectors.toList()))
                    .reviews(reviews)
                    .agreements(plan.getAgreements().stream()
                            .filter(a -> !removed.contains(a.getMemberId()))
                            .collect(Collectors.toList()))
                    .build();
            List<DischargePlan> dischargePlans = new ArrayList<>();
            for (DischargePlan discharge : record.getDischargePlans()) {
                dischargePlans.add(DischargePlan.builder()
                        .from(discharge)
                        .participantIds(without(discharge.getParticipantIds(), removed))
                        .build());
            }
            List<ServiceEpisode> episodes = new ArrayList<>();
            for (ServiceEpisode episode : record.getEpisodes()) {
                episodes.add(ServiceEpisode.builder()
                        .from(episode)
                        .teamMemberIds(without(episode.getTeamMemberIds(), removed))
                        .build());
            }
            return result(
                    defect,
                    "/plans/" + p + "/team",
                    RecoveryRecord.builder()
                            .from(record)
                            .plans(replace(record.getPlans(), p, changed))
                            .dischargePlans(dischargePlans)
                            .episodes(episodes));
        }

        private DefectiveRecord relapse(Defect defect) {
            String crisisPlanId = plan.getCrisisPlan().orElseThrow().getId();
            if (plan.getRisks().stream().noneMatch(r -> r.getCategory() == RiskCategory.RELAPSE)) {
                throw new IllegalStateException("The plan has no relapse risk");
            }
            List<DischargePlan> dischargePlans = new ArrayList<>();
            for (DischargePlan discharge : record.getDischargePlans()) {
                dischargePlans.add(
                        discharge.getCrisisPlanId().filter(crisisPlanId::equals).isPresent()
                                ? DischargePlan.builder()
                                        .from(discharge)
                                        .crisisPlanId(Optional.empty())
                                        .build()
                                : discharge);
            }
            RecoveryPlan changed = RecoveryPlan.builder()
                    .from(plan)
                    .crisisPlan(Optional.empty())
                    .build();
            return result(
                    defect,
                    "/plans/" + p + "/crisisPlan",
                    RecoveryRecord.builder()
                            .from(record)
                            .plans(replace(record.getPlans(), p, changed))
                            .dischargePlans(dischargePlans));
        }

        private DefectiveRecord natural(Defect defect) {
            return withPlan(
                    defect,
                    "/supports",
                    RecoveryPlan.builder()
                            .from(plan)
                            .supports(plan.getSupports().stream()
                                    .filter(s -> s.getKind() != SupportKind.NATURAL)
                                    .collect(Collectors.toList()))
                            .build());
        }

        private DefectiveRecord support(Defect defect) {
            int s = random.nextInt(plan.getSupports().size());
            Support support = Support.builder()
                    .from(plan.getSupports().get(s))
                    .scope(Optional.empty())
                    .build();
            return planElement(
                    defect, "supports", plan.getSupports(), s, "scope", support, RecoveryPlan.Builder::supports);
        }

        private DefectiveRecord review(Defect defect) {
            List<PlanReview> reviews = plan.getReviews();
            LocalDate latest = reviews.isEmpty()
                    ? plan.getPeriod().orElseThrow().getStart()
                    : reviews.get(reviews.size() - 1).getDate();
            LocalDate due = latest.plusDays(OVERDUE_REVIEW_DAYS);
            RecoveryPlan.Builder changed = RecoveryPlan.builder().from(plan).nextReviewDue(due);
            if (!reviews.isEmpty()) {
                int last = reviews.size() - 1;
                changed.reviews(replace(
                        reviews,
                        last,
                        PlanReview.builder()
                                .from(reviews.get(last))
                                .nextReviewDue(due)
                                .build()));
            }
            return withPlan(defect, "/nextReviewDue", changed.build());
        }

        private DefectiveRecord risk(Defect defect) {
            int r = random.nextInt(plan.getRisks().size());
            Risk risk = Risk.builder()
                    .from(plan.getRisks().get(r))
                    .mitigation(Optional.empty())
                    .build();
            return planElement(defect, "risks", plan.getRisks(), r, "mitigation", risk, RecoveryPlan.Builder::risks);
        }

        /** The current plan with one element of one of its lists changed; the pointer names the attribute. */
        private <T> DefectiveRecord planElement(
                Defect defect,
                String list,
                List<T> elements,
                int index,
                String member,
                T changed,
                java.util.function.BiFunction<RecoveryPlan.Builder, List<T>, RecoveryPlan.Builder> put) {
            return withPlan(
                    defect,
                    "/" + list + "/" + index + "/" + member,
                    put.apply(RecoveryPlan.builder().from(plan), replace(elements, index, changed))
                            .build());
        }

        private DefectiveRecord agreed(Defect defect) {
            if (plan.getVersion() < 2) {
                throw new IllegalStateException("The current plan is its first version");
            }
            String person = plan.getTeam()
                    .get(indexOf(plan.getTeam(), m -> m.getRole() == TeamRole.PERSON))
                    .getId();
            return withPlan(
                    defect,
                    "/agreements",
                    RecoveryPlan.builder()
                            .from(plan)
                            .agreements(plan.getAgreements().stream()
                                    .filter(a -> !a.getMemberId().equals(person))
                                    .collect(Collectors.toList()))
                            .build());
        }

        private DefectiveRecord strengths(Defect defect) {
            Person person = Person.builder()
                    .from(record.getPerson())
                    .strengths(List.of())
                    .interests(List.of())
                    .build();
            return result(
                    defect,
                    "/person/strengths",
                    RecoveryRecord.builder().from(record).person(person));
        }

        private DefectiveRecord withPlan(Defect defect, String member, RecoveryPlan changed) {
            return result(
                    defect,
                    "/plans/" + p + member,
                    RecoveryRecord.builder().from(record).plans(replace(record.getPlans(), p, changed)));
        }

        // ------------------------------------------------------------ contacts

        private DefectiveRecord contact(
                Defect defect, String member, java.util.function.UnaryOperator<Contact.Builder> change) {
            List<Contact> contacts = record.getContacts();
            int c = pickIndex(contacts.size(), i -> contacts.get(i).getAttendance() == Attendance.ATTENDED);
            Contact changed =
                    change.apply(Contact.builder().from(contacts.get(c))).build();
            return result(
                    defect,
                    "/contacts/" + c + "/" + member,
                    RecoveryRecord.builder().from(record).contacts(replace(contacts, c, changed)));
        }

        private DefectiveRecord missed(Defect defect) {
            List<Contact> contacts = record.getContacts();
            int c = pickIndex(contacts.size(), i -> contacts.get(i).getAttendance() == Attendance.MISSED);
            String id = contacts.get(c).getId();
            return result(
                    defect,
                    "/contacts/" + c,
                    RecoveryRecord.builder()
                            .from(record)
                            .reEngagementAttempts(record.getReEngagementAttempts().stream()
                                    .filter(a -> !a.getAfterContactId().equals(Optional.of(id)))
                                    .collect(Collectors.toList())));
        }

        private DefectiveRecord breakdown(Defect defect) {
            List<Contact> contacts = new ArrayList<>(record.getContacts());
            int n = contacts.size();
            Set<String> run = IntStream.range(n - 3, n)
                    .mapToObj(i -> contacts.get(i).getId())
                    .collect(Collectors.toSet());
            LocalDate from = contacts.get(n - 3).getStart().toLocalDate();
            for (int i = n - 3; i < n; i++) {
                Contact contact = contacts.get(i);
                contacts.set(
                        i,
                        Contact.builder()
                                .id(contact.getId())
                                .planId(contact.getPlanId())
                                .episodeId(contact.getEpisodeId())
                                .start(contact.getStart())
                                .mode(contact.getMode())
                                .providerMemberId(contact.getProviderMemberId())
                                .attendance(Attendance.CANCELLED_BY_PERSON)
                                .build());
            }
            List<ReEngagementAttempt> attempts = new ArrayList<>();
            for (ReEngagementAttempt attempt : record.getReEngagementAttempts()) {
                boolean named =
                        attempt.getAfterContactId().filter(run::contains).isPresent();
                boolean after = attempt.getAfterContactId().isEmpty()
                        && !attempt.getDate().isBefore(from);
                if (!named && !after) {
                    attempts.add(attempt);
                }
            }
            return result(
                    defect,
                    "/contacts/" + (n - 1),
                    RecoveryRecord.builder().from(record).contacts(contacts).reEngagementAttempts(attempts));
        }

        private DefectiveRecord arrangement(Defect defect) {
            var arrangements = record.getContactArrangements();
            int a = indexOf(arrangements, x -> x.getPlanId().equals(Optional.of(plan.getId())));
            var changed = org.recoverykit.model.ContactArrangement.builder()
                    .from(arrangements.get(a))
                    .whenUnavailable(Optional.empty())
                    .build();
            return result(
                    defect,
                    "/contactArrangements/" + a + "/whenUnavailable",
                    RecoveryRecord.builder().from(record).contactArrangements(replace(arrangements, a, changed)));
        }

        // ------------------------------------------------------------ discharge

        private DefectiveRecord discharge(Defect defect) {
            List<DischargePlan> plans = record.getDischargePlans();
            int d = random.nextInt(plans.size());
            DischargePlan changed = DischargePlan.builder()
                    .from(plans.get(d))
                    .continuingServices(List.of())
                    .noAftercareReason(Optional.empty())
                    .build();
            return result(
                    defect,
                    "/dischargePlans/" + d + "/continuingServices",
                    RecoveryRecord.builder().from(record).dischargePlans(replace(plans, d, changed)));
        }

        // ------------------------------------------------------------ episodes

        private int strEpisode() {
            return indexOf(record.getEpisodes(), e -> e.getServiceModel() == ServiceModel.SUPPORT_TIME_RECOVERY);
        }

        private DefectiveRecord enablement(Defect defect) {
            int e = strEpisode();
            ServiceEpisode episode = record.getEpisodes().get(e);
            DateRange period = episode.getPeriod().orElseThrow();
            LocalDate start = period.getStart();
            LocalDate enablementEnd = start.plusDays(48 + random.nextInt(8));
            LocalDate end = period.getEnd().orElseThrow();
            if (!end.isAfter(enablementEnd)) {
                end = enablementEnd.plusDays(30);
            }
            EpisodePhase enablement = EpisodePhase.builder()
                    .from(episode.getPhases().get(0))
                    .period(DateRange.of(start, enablementEnd))
                    .build();
            EpisodePhase extended = EpisodePhase.builder()
                    .from(episode.getPhases().get(1))
                    .period(DateRange.of(enablementEnd.plusDays(1), end))
                    .build();
            ServiceEpisode changed = ServiceEpisode.builder()
                    .from(episode)
                    .period(DateRange.of(start, end))
                    .phases(List.of(enablement, extended))
                    .build();
            return withEpisode(defect, e, "/phases/0/period", changed);
        }

        private DefectiveRecord total(Defect defect) {
            int e = strEpisode();
            ServiceEpisode episode = record.getEpisodes().get(e);
            LocalDate start = episode.getPeriod().orElseThrow().getStart();
            LocalDate end = start.plusMonths(7);
            EpisodePhase extended = episode.getPhases().get(1);
            ServiceEpisode changed = ServiceEpisode.builder()
                    .from(episode)
                    .period(DateRange.of(start, end))
                    .phases(List.of(
                            episode.getPhases().get(0),
                            EpisodePhase.builder()
                                    .from(extended)
                                    .period(DateRange.of(extended.getPeriod().getStart(), end))
                                    .build()))
                    .build();
            return withEpisode(defect, e, "/period", changed);
        }

        private DefectiveRecord chargeable(Defect defect) {
            int e = strEpisode();
            ServiceEpisode episode = record.getEpisodes().get(e);
            EpisodePhase extended = EpisodePhase.builder()
                    .from(episode.getPhases().get(1))
                    .chargeable(false)
                    .build();
            ServiceEpisode changed = ServiceEpisode.builder()
                    .from(episode)
                    .phases(replace(episode.getPhases(), 1, extended))
                    .build();
            return withEpisode(defect, e, "/phases/1/chargeable", changed);
        }

        private DefectiveRecord withEpisode(Defect defect, int e, String member, ServiceEpisode changed) {
            return result(
                    defect,
                    "/episodes/" + e + member,
                    RecoveryRecord.builder().from(record).episodes(replace(record.getEpisodes(), e, changed)));
        }

        // ------------------------------------------------------------ referrals

        private DefectiveRecord referral(
                Defect defect,
                String member,
                Predicate<Referral> which,
                java.util.function.UnaryOperator<Referral.Builder> change) {
            List<Referral> referrals = record.getReferrals();
            int f = pickIndex(referrals.size(), i -> which.test(referrals.get(i)));
            Referral changed =
                    change.apply(Referral.builder().from(referrals.get(f))).build();
            return result(
                    defect,
                    "/referrals/" + f + "/" + member,
                    RecoveryRecord.builder().from(record).referrals(replace(referrals, f, changed)));
        }

        private DefectiveRecord billingCode(Defect defect) {
            List<Referral> referrals = record.getReferrals();
            int f = pickIndex(referrals.size(), i -> referrals.get(i).getKind() == ReferralKind.COMMUNITY_SUPPORTS);
            String service = referrals.get(f).getCommunitySupport().orElseThrow();
            List<BillingCode> others = new ArrayList<>();
            for (CommunitySupportService other :
                    CommunitySupportCatalogue.standard().getServices()) {
                if (!other.getCode().equals(service)) {
                    others.addAll(other.getBillingCodes());
                }
            }
            BillingCode wrong = others.get(random.nextInt(others.size()));
            return referral(defect, "billingCode", r -> r == referrals.get(f), r -> r.billingCode(wrong));
        }

        // ------------------------------------------------------------ helpers

        private DefectiveRecord result(Defect defect, String pointer, RecoveryRecord.Builder changed) {
            return DefectiveRecord.of(changed.build(), defect, pointer);
        }

        private int pickIndex(int size, IntPredicate which) {
            int[] candidates = IntStream.range(0, size).filter(which).toArray();
            if (candidates.length == 0) {
                throw new IllegalStateException("The record has nothing for the defect to change");
            }
            return candidates[random.nextInt(candidates.length)];
        }
    }

    static <T> int indexOf(List<T> values, Predicate<T> which) {
        for (int i = 0; i < values.size(); i++) {
            if (which.test(values.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("The record has nothing for the defect to change");
    }

    static <T> List<T> replace(List<T> values, int index, T value) {
        List<T> copy = new ArrayList<>(values);
        copy.set(index, value);
        return copy;
    }

    static List<String> without(List<String> values, Set<String> removed) {
        return values.stream().filter(v -> !removed.contains(v)).collect(Collectors.toList());
    }
}
