package org.recoverykit.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.Agreement;
import org.recoverykit.model.AgreementDecision;
import org.recoverykit.model.AgreementMethod;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.CommunitySupportCatalogue;
import org.recoverykit.model.CommunitySupportService;
import org.recoverykit.model.Contact;
import org.recoverykit.model.ContactArrangement;
import org.recoverykit.model.ContactMode;
import org.recoverykit.model.ContactPoint;
import org.recoverykit.model.ContactPointSystem;
import org.recoverykit.model.ContactPointUse;
import org.recoverykit.model.ContinuingService;
import org.recoverykit.model.CrisisContact;
import org.recoverykit.model.CrisisPlan;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.DischargeKind;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.DischargeReason;
import org.recoverykit.model.DomainAssessment;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.EpisodeStatus;
import org.recoverykit.model.FollowUpAppointment;
import org.recoverykit.model.Frequency;
import org.recoverykit.model.FrequencyUnit;
import org.recoverykit.model.Goal;
import org.recoverykit.model.GoalAchievement;
import org.recoverykit.model.GoalPriority;
import org.recoverykit.model.GoalProgress;
import org.recoverykit.model.GoalStatus;
import org.recoverykit.model.HumanName;
import org.recoverykit.model.Identifier;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.LanguagePreference;
import org.recoverykit.model.LifeDomain;
import org.recoverykit.model.NaturalSupport;
import org.recoverykit.model.Objective;
import org.recoverykit.model.OutreachAttempt;
import org.recoverykit.model.OutreachOutcome;
import org.recoverykit.model.Person;
import org.recoverykit.model.PersonsChoice;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.ReEngagementAttempt;
import org.recoverykit.model.ReEngagementTarget;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralClosureReason;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.model.ReferralStatusUpdate;
import org.recoverykit.model.RelationshipType;
import org.recoverykit.model.Risk;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceFunction;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.Setting;
import org.recoverykit.model.Support;
import org.recoverykit.model.SupportKind;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.ValidationPolicy;

/**
 * One run of the generator: draws a whole record from a random generator. Not thread-safe; a new one per
 * record.
 *
 * <p>Where a {@link Needs need} is already met by what was drawn, it draws nothing more, so that a record
 * generated for a defect is the record generated without it whenever that record already has what the defect
 * needs.
 */
final class Generation {
    /** The earliest plan start. */
    static final LocalDate EPOCH = LocalDate.of(2023, 1, 2);

    private static final int MIN_CONTACT_GAP_DAYS = 3;
    static final int RE_ENGAGEMENT_WINDOW_DAYS =
            ValidationPolicy.communitySupport().getReEngagementWindow().getDays();
    private static final int REVIEW_INTERVAL_DAYS =
            ValidationPolicy.communitySupport().getReviewInterval().getDays();
    /** How far RecordGenerator.asOf can lie after a plan's last day: a late re-engagement, then the window. */
    private static final int AS_OF_MARGIN_DAYS = 2 * RE_ENGAGEMENT_WINDOW_DAYS + 1;

    private static final int MAX_STR_ENABLEMENT_DAYS = 35;
    private static final int MAX_STR_DAYS = 150;
    private static final int MAX_SPAN_DAYS = 540;
    /** The most contacts an STR episode of at most {@link #MAX_STR_DAYS} days holds, at the minimum gap. */
    static final int MAX_STR_CONTACTS = (MAX_STR_DAYS - 1) / MIN_CONTACT_GAP_DAYS + 1;

    private static final int MIN_VERSION_DAYS = 14;

    private static final Set<RelationshipType> FAMILY = EnumSet.of(
            RelationshipType.MOTHER,
            RelationshipType.FATHER,
            RelationshipType.PARENT,
            RelationshipType.GUARDIAN,
            RelationshipType.FOSTER_PARENT,
            RelationshipType.SISTER,
            RelationshipType.BROTHER,
            RelationshipType.SIBLING,
            RelationshipType.CHILD,
            RelationshipType.SPOUSE,
            RelationshipType.PARTNER,
            RelationshipType.GRANDPARENT,
            RelationshipType.OTHER_FAMILY);

    private static final List<RelationshipType> CARERS = List.of(
            RelationshipType.MOTHER,
            RelationshipType.FATHER,
            RelationshipType.PARENT,
            RelationshipType.GUARDIAN,
            RelationshipType.FOSTER_PARENT,
            RelationshipType.GRANDPARENT);

    private static final List<RelationshipType> ADULT_SUPPORTS = List.of(
            RelationshipType.SISTER,
            RelationshipType.BROTHER,
            RelationshipType.PARTNER,
            RelationshipType.SPOUSE,
            RelationshipType.MOTHER,
            RelationshipType.FRIEND,
            RelationshipType.FRIEND,
            RelationshipType.NEIGHBOUR,
            RelationshipType.FAITH_COMMUNITY,
            RelationshipType.MENTOR,
            RelationshipType.OTHER_FAMILY,
            RelationshipType.CHILD);

    private static final List<RelationshipType> YOUNG_SUPPORTS = List.of(
            RelationshipType.SIBLING,
            RelationshipType.GRANDPARENT,
            RelationshipType.OTHER_FAMILY,
            RelationshipType.FRIEND,
            RelationshipType.MENTOR,
            RelationshipType.NEIGHBOUR);

    private static final List<ZoneOffset> OFFSETS = List.of(
            ZoneOffset.ofHours(-8),
            ZoneOffset.ofHours(-7),
            ZoneOffset.ofHours(-5),
            ZoneOffset.ofHours(-4),
            ZoneOffset.UTC,
            ZoneOffset.ofHours(1));

    /** What a record must have, on top of what the generator draws: set for a defect or a single-type draw. */
    static final class Needs {
        int minContacts;
        int minVersions = 1;
        boolean missedContact;
        boolean attendedContact;
        boolean relapseRisk;
        boolean risk;
        boolean activePlan;
        boolean childOrYouth;
        // a Support, Time and Recovery episode with an extended phase after its enablement
        boolean str;
        boolean strContactAfterEnablement;
        boolean attendedBeforeLastThree;
        boolean peerReferral;
        boolean acceptedPeerReferral;
        boolean communitySupportsReferral;
        boolean acceptedReferral;
        boolean referral;
        boolean episode;
        boolean dischargePlan;
    }

    /** The knobs of a {@link RecordGenerator}; null where the generator draws the value. */
    record Knobs(Integer goals, Integer contacts, AgeGroup ageGroup, ServiceModel serviceModel) {}

    /** What later parts of the record need to know about one plan version. */
    private static final class PlanInfo {
        String id;
        int version;
        LocalDate start;
        LocalDate end;
        LocalDate horizon;
        PlanStatus status;
        String personMemberId;
        final List<String> workerIds = new ArrayList<>();
        final List<String> familyMemberIds = new ArrayList<>();
        final List<String> goalIds = new ArrayList<>();
        final List<Intervention> interventions = new ArrayList<>();
        String crisisPlanId;
        RecoveryPlan plan;

        boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(horizon);
        }
    }

    /** A worker as a person, the same across plan versions, with a team member id per version. */
    private record Worker(TeamRole role, HumanName name, String organization, ContactPoint contact) {}

    private final RandomGenerator random;
    private final Knobs knobs;
    private final Needs needs;
    private final Map<String, Integer> counters = new HashMap<>();

    private ServiceModel model;
    private AgeGroup ageGroup;
    private LocalDate start;
    private int span;
    private int enablementDays;
    private boolean strExtended;
    private ZoneOffset offset;
    private String personId;
    private final List<NaturalSupport> naturalSupports = new ArrayList<>();
    private final List<PlanInfo> plans = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private ServiceEpisode episode;
    private final List<Contact> contacts = new ArrayList<>();

    Generation(RandomGenerator random, Knobs knobs, Needs needs) {
        this.random = random;
        this.knobs = knobs;
        this.needs = needs;
    }

    RecoveryRecord generate() {
        String recordId = "rec-" + letters(8);
        model = chooseModel();
        ageGroup = chooseAgeGroup();
        int contactCount = chooseContactCount();
        int versionCount = chooseVersionCount();
        chooseDates(contactCount, versionCount);
        offset = pick(OFFSETS);

        Person person = person();
        List<DomainAssessment> assessments = domainAssessments();
        List<Phrases.Domain> domains = shuffledDomains();
        Map<LifeDomain, String> statements = new HashMap<>();
        List<Worker> workers = workers();
        planVersions(versionCount);
        for (PlanInfo info : plans) {
            info.plan = plan(info, domains, statements, workers);
        }
        referrals();
        episode();
        contacts(contactCount);
        List<ReEngagementAttempt> attempts = reEngagementAttempts();
        List<ContactArrangement> arrangements = contactArrangements();
        List<DischargePlan> dischargePlans = dischargePlans();

        RecoveryRecord.Builder record = RecoveryRecord.builder()
                .id(recordId)
                .person(person)
                .addAllDomainAssessments(assessments)
                .addAllContactArrangements(arrangements)
                .addAllContacts(contacts)
                .addAllReEngagementAttempts(attempts)
                .addAllReferrals(referrals)
                .addAllDischargePlans(dischargePlans);
        plans.forEach(info -> record.addPlan(info.plan));
        if (episode != null) {
            record.addEpisode(episode);
        }
        return record.build();
    }

    // ---------------------------------------------------------------- choices

    private ServiceModel chooseModel() {
        if (knobs.serviceModel() != null) {
            return knobs.serviceModel();
        }
        boolean strFits = knobs.contacts() == null || knobs.contacts() <= MAX_STR_CONTACTS;
        ServiceModel drawn = pick(Arrays.stream(ServiceModel.values())
                .filter(m -> strFits || m != ServiceModel.SUPPORT_TIME_RECOVERY)
                .toList());
        // drawn whether or not a need overrides it, so that a need changes no later draw
        return needs.str ? ServiceModel.SUPPORT_TIME_RECOVERY : drawn;
    }

    private AgeGroup chooseAgeGroup() {
        if (knobs.ageGroup() != null) {
            return knobs.ageGroup();
        }
        double u = random.nextDouble();
        AgeGroup drawn = u < 0.7 ? AgeGroup.ADULT : u < 0.85 ? AgeGroup.YOUTH : AgeGroup.CHILD;
        if (needs.childOrYouth && drawn == AgeGroup.ADULT) {
            return random.nextBoolean() ? AgeGroup.CHILD : AgeGroup.YOUTH;
        }
        return drawn;
    }

    private int chooseContactCount() {
        int count = knobs.contacts() != null ? knobs.contacts() : chance(0.05) ? 0 : between(1, 12);
        return Math.max(count, needs.minContacts);
    }

    private int chooseVersionCount() {
        double u = random.nextDouble();
        int count = u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
        return Math.max(count, needs.minVersions);
    }

    private void chooseDates(int contactCount, int versionCount) {
        start = EPOCH.plusDays(between(0, 1000));
        int minSpan = Math.max(
                contactCount == 0 ? 1 : MIN_CONTACT_GAP_DAYS * (contactCount - 1) + 1, MIN_VERSION_DAYS * versionCount);
        if (model == ServiceModel.SUPPORT_TIME_RECOVERY) {
            enablementDays = between(14, MAX_STR_ENABLEMENT_DAYS);
            strExtended = chance(0.85) || needs.str || enablementDays < minSpan;
            span = strExtended ? between(Math.max(enablementDays + 21, minSpan), MAX_STR_DAYS) : enablementDays;
        } else {
            span = between(Math.max(60, minSpan), Math.max(MAX_SPAN_DAYS, minSpan));
        }
    }

    private LocalDate lastDay() {
        return start.plusDays(span - 1L);
    }

    // ---------------------------------------------------------------- person

    private Person person() {
        personId = id("per");
        int age = switch (ageGroup) {
            case CHILD -> between(5, 10);
            case YOUTH -> between(13, 15);
            case ADULT -> between(18, 78);
        };
        LocalDate birthDate = start.minusYears(age).minusDays(between(0, 364));
        // a plan version can start as late as the last day: a child or youth stays one until then
        int leaves = ageGroup == AgeGroup.CHILD ? AgeGroup.YOUTH_AGE : AgeGroup.ADULT_AGE;
        LocalDate earliest = lastDay().minusYears(leaves).plusDays(1);
        if (ageGroup != AgeGroup.ADULT && birthDate.isBefore(earliest)) {
            birthDate = earliest;
        }
        Person.Builder person = Person.builder().id(personId).birthDate(birthDate);
        if (chance(0.4)) {
            person.addIdentifier(Identifier.builder()
                    .system("urn:example:recoverykit:mrn")
                    .value("MRN-" + digits(6))
                    .build());
        }
        String given = pick(Phrases.GIVEN_NAMES);
        String family = pick(Phrases.FAMILY_NAMES);
        if (chance(0.95)) {
            HumanName.Builder name = HumanName.builder().addGiven(given);
            if (chance(0.2)) {
                name.addGiven(pick(Phrases.GIVEN_NAMES));
            }
            if (chance(0.95)) {
                name.family(family);
            }
            person.name(name.build());
        }
        if (chance(0.3)) {
            person.preferredName(pick(Phrases.NICKNAMES));
        }
        if (chance(0.5)) {
            person.pronouns(pick(Phrases.PRONOUNS));
        }
        if (chance(0.8)) {
            String language = chance(0.6) ? "en" : pick(Phrases.LANGUAGES);
            person.addLanguage(
                    LanguagePreference.builder().code(language).preferred(true).build());
            if (!language.equals("en") && chance(0.5)) {
                person.addLanguage(LanguagePreference.builder().code("en").build());
            }
            person.interpreterNeeded(!language.equals("en") && chance(0.4));
        }
        person.addAllCulturalPreferences(some(Phrases.CULTURAL_PREFERENCES, 0, 2));
        person.addAllIdentityPreferences(some(Phrases.IDENTITY_PREFERENCES, 0, 1));
        person.addAllCommunicationPreferences(some(Phrases.COMMUNICATION_PREFERENCES, 0, 2));
        person.addAllStrengths(some(Phrases.STRENGTHS, 1, 3));
        person.addAllInterests(some(Phrases.INTERESTS, 1, 3));
        person.addAllTalents(some(Phrases.TALENTS, 0, 2));
        if (chance(0.7)) {
            person.addTelecom(phone(ContactPointUse.MOBILE));
        }
        if (chance(0.3)) {
            person.addTelecom(ContactPoint.builder()
                    .system(ContactPointSystem.EMAIL)
                    .value(given.toLowerCase(java.util.Locale.ROOT) + "." + letters(2) + "@example.org")
                    .build());
        }
        if (chance(0.6)) {
            org.recoverykit.model.Address.Builder address =
                    org.recoverykit.model.Address.builder().addLine(between(1, 99) + " " + pick(Phrases.STREETS));
            if (chance(0.9)) {
                address.city(pick(Phrases.CITIES));
            }
            if (chance(0.5)) {
                address.district("North County");
            }
            if (chance(0.7)) {
                address.postalCode(digits(5));
            }
            if (chance(0.5)) {
                address.country("US");
            }
            person.addAddress(address.build());
        }
        int supports = between(1, 3);
        for (int i = 0; i < supports; i++) {
            naturalSupports.add(naturalSupport(i));
        }
        person.addAllNaturalSupports(naturalSupports);
        return person.build();
    }

    private NaturalSupport naturalSupport(int index) {
        boolean young = young();
        RelationshipType relationship =
                index == 0 && young ? pick(CARERS) : pick(young ? YOUNG_SUPPORTS : ADULT_SUPPORTS);
        NaturalSupport.Builder support = NaturalSupport.builder().id(id("ns"));
        if (chance(0.9)) {
            HumanName.Builder name = HumanName.builder().addGiven(pick(Phrases.GIVEN_NAMES));
            if (chance(0.4)) {
                name.family(pick(Phrases.FAMILY_NAMES));
            }
            support.name(name.build());
        }
        if (index == 0 && young || chance(0.9)) {
            support.relationship(relationship);
        }
        if (chance(0.6)) {
            support.addContactPoint(phone(chance(0.5) ? ContactPointUse.MOBILE : ContactPointUse.HOME));
        }
        if (chance(0.7)) {
            support.roleInPlan(pick(Phrases.ROLES_IN_PLAN));
        }
        if (chance(0.5)) {
            support.addLifeDomain(pick(Phrases.DOMAINS).domain());
        }
        return support.build();
    }

    private List<DomainAssessment> domainAssessments() {
        List<DomainAssessment> assessments = new ArrayList<>();
        for (Phrases.Domain domain : some(Phrases.DOMAINS, 0, 4)) {
            DomainAssessment.Builder assessment =
                    DomainAssessment.builder().id(id("da")).lifeDomain(domain.domain());
            if (chance(0.8)) {
                assessment.assessedOn(start.minusDays(between(0, 14)));
            }
            if (chance(0.7)) {
                assessment.personsView(pick(Phrases.PERSONS_VIEWS));
            }
            assessment.addAllNeeds(some(Phrases.NEEDS, 0, 2));
            assessment.addAllStrengths(some(Phrases.ASSESSMENT_STRENGTHS, 0, 2));
            assessment.addAllBarriers(some(Phrases.BARRIERS, 0, 2));
            if (chance(0.6)) {
                assessment.priority(between(1, 5));
            }
            assessments.add(assessment.build());
        }
        return assessments;
    }

    // ---------------------------------------------------------------- plans

    private List<Phrases.Domain> shuffledDomains() {
        List<Phrases.Domain> domains = new ArrayList<>();
        for (Phrases.Domain domain : Phrases.DOMAINS) {
            if (ageGroup == AgeGroup.ADULT || !domain.youngGoals().isEmpty()) {
                domains.add(domain);
            }
        }
        shuffle(domains);
        return domains;
    }

    private List<Worker> workers() {
        TeamRole primary = switch (model) {
            case SUPPORT_TIME_RECOVERY -> TeamRole.STR_WORKER;
            case COMMUNITY_SUPPORTS, ENHANCED_CARE_MANAGEMENT, PERSON_CENTRED_HCBS -> TeamRole.CARE_MANAGER;
            case PEER_SUPPORT -> TeamRole.PEER_SUPPORT_WORKER;
            default -> TeamRole.COMMUNITY_SUPPORT_SPECIALIST;
        };
        List<Worker> workers = new ArrayList<>();
        workers.add(worker(primary));
        if (chance(0.4)) {
            workers.add(worker(
                    model == ServiceModel.PEER_SUPPORT
                            ? TeamRole.COMMUNITY_SUPPORT_SPECIALIST
                            : pick(List.of(TeamRole.COMMUNITY_SUPPORT_SUPERVISOR, TeamRole.PEER_SUPPORT_WORKER))));
        }
        List<TeamRole> others = new ArrayList<>(
                List.of(TeamRole.THERAPIST, TeamRole.PRESCRIBER, TeamRole.PRIMARY_CARE, TeamRole.HOUSING_PROVIDER));
        if (ageGroup != AgeGroup.ADULT) {
            others.add(TeamRole.SCHOOL);
            others.add(TeamRole.CHILD_WELFARE);
        }
        for (TeamRole role : some(others, 0, 2)) {
            workers.add(worker(role));
        }
        return workers;
    }

    private Worker worker(TeamRole role) {
        HumanName name = chance(0.9)
                ? HumanName.builder()
                        .addGiven(pick(Phrases.GIVEN_NAMES))
                        .family(pick(Phrases.FAMILY_NAMES))
                        .build()
                : null;
        String organization = chance(0.6) ? pick(Phrases.ORGANIZATIONS) : null;
        ContactPoint contact = chance(0.5) ? phone(ContactPointUse.WORK) : null;
        return new Worker(role, name, organization, contact);
    }

    private void planVersions(int versionCount) {
        int free = span - MIN_VERSION_DAYS * versionCount;
        int[] cuts = new int[versionCount - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = between(0, free);
        }
        java.util.Arrays.sort(cuts);
        double u = random.nextDouble();
        PlanStatus current = u < 0.75 ? PlanStatus.ACTIVE : u < 0.92 ? PlanStatus.COMPLETED : PlanStatus.ON_HOLD;
        if (needs.activePlan) {
            current = PlanStatus.ACTIVE;
        }
        boolean open = current != PlanStatus.COMPLETED && chance(0.35);
        for (int i = 0; i < versionCount; i++) {
            PlanInfo info = new PlanInfo();
            info.version = i + 1;
            info.id = id("plan");
            info.start = i == 0 ? start : start.plusDays(MIN_VERSION_DAYS * (long) i + cuts[i - 1]);
            plans.add(info);
        }
        for (int i = 0; i < versionCount; i++) {
            PlanInfo info = plans.get(i);
            boolean last = i == versionCount - 1;
            info.horizon = last ? lastDay() : plans.get(i + 1).start.minusDays(1);
            info.end = last && open ? null : info.horizon;
            info.status = last ? current : chance(0.85) ? PlanStatus.COMPLETED : PlanStatus.REVOKED;
        }
    }

    private RecoveryPlan plan(
            PlanInfo info, List<Phrases.Domain> domains, Map<LifeDomain, String> statements, List<Worker> workers) {
        boolean current = info == plans.get(plans.size() - 1);
        RecoveryPlan.Builder plan = RecoveryPlan.builder()
                .id(info.id)
                .version(info.version)
                .status(info.status)
                .serviceModel(model)
                .period(range(info.start, info.end));
        if (info.version > 1 && chance(0.8)) {
            plan.replacesPlanId(plans.get(info.version - 2).id);
        }
        if (chance(0.7)) {
            plan.createdOn(info.start.minusDays(between(0, 10)));
        }

        // team
        info.personMemberId = id("tm");
        plan.addTeam(TeamMember.builder()
                .id(info.personMemberId)
                .role(TeamRole.PERSON)
                .personId(personId)
                .build());
        for (int w = 0; w < workers.size(); w++) {
            Worker worker = workers.get(w);
            String memberId = id("tm");
            TeamMember.Builder member = TeamMember.builder().id(memberId).role(worker.role());
            if (worker.name() != null) {
                member.name(worker.name());
            }
            if (worker.organization() != null) {
                member.organization(worker.organization());
            }
            if (worker.contact() != null) {
                member.addContactPoint(worker.contact());
            }
            plan.addTeam(member.build());
            if (isWorker(worker.role())) {
                info.workerIds.add(memberId);
            }
        }
        boolean young = young();
        for (NaturalSupport support : naturalSupports) {
            boolean first = support == naturalSupports.get(0);
            if (first && young || chance(0.4)) {
                String memberId = id("tm");
                boolean family = support.getRelationship().map(FAMILY::contains).orElse(false);
                plan.addTeam(TeamMember.builder()
                        .id(memberId)
                        .role(family ? TeamRole.FAMILY : TeamRole.NATURAL_SUPPORT)
                        .naturalSupportId(support.getId())
                        .build());
                info.familyMemberIds.add(memberId);
            }
        }

        // goals and interventions
        int goalCount = knobs.goals() != null ? knobs.goals() : between(1, 4);
        List<Phrases.Domain> goalDomains = new ArrayList<>();
        for (int g = 0; g < goalCount; g++) {
            Phrases.Domain domain = domains.get(g % domains.size());
            goalDomains.add(domain);
            String statement = statements.computeIfAbsent(
                    domain.domain(), d -> pick(young ? domain.youngGoals() : domain.goals()));
            String goalId = id("g");
            info.goalIds.add(goalId);
            plan.addGoal(goal(goalId, domain, statement, info));
        }
        int interventionCount = between(Math.max(1, goalCount - 1), goalCount + 1);
        for (int k = 0; k < interventionCount; k++) {
            int g = k < goalCount ? k : between(0, goalCount - 1);
            Intervention intervention = intervention(info, goalDomains, g, goalCount);
            info.interventions.add(intervention);
            plan.addIntervention(intervention);
        }

        // supports
        plan.addAllSupports(supports(info));

        // risks and crisis plan
        List<Phrases.Risk> risks = some(Phrases.RISKS, 0, 3);
        boolean hasRelapse = risks.stream().anyMatch(r -> r.category() == RiskCategory.RELAPSE);
        if (current && needs.relapseRisk && !hasRelapse) {
            risks = new ArrayList<>(risks);
            risks.add(Phrases.RISKS.stream()
                    .filter(r -> r.category() == RiskCategory.RELAPSE)
                    .findFirst()
                    .orElseThrow());
            hasRelapse = true;
        }
        if (current && needs.risk && risks.isEmpty()) {
            risks = List.of(pick(Phrases.RISKS));
            hasRelapse = risks.get(0).category() == RiskCategory.RELAPSE;
        }
        for (Phrases.Risk risk : risks) {
            Risk.Builder built = Risk.builder()
                    .id(id("r"))
                    .category(risk.category())
                    .mitigation(risk.mitigation())
                    .discussedWithPerson(true);
            if (chance(0.9)) {
                built.description(risk.description());
            }
            if (chance(0.6)) {
                built.backupPlan(risk.backupPlan());
            }
            if (chance(0.7)) {
                built.evaluatedOn(info.start);
            }
            plan.addRisk(built.build());
        }
        boolean crisisPlan = chance(0.5); // drawn whether or not it is needed, so that a need changes no later draw
        if (hasRelapse || crisisPlan) {
            plan.crisisPlan(crisisPlan(info));
        }

        // reviews
        List<LocalDate> reviewDates = new ArrayList<>();
        LocalDate due = info.start;
        while (true) {
            LocalDate next = due.plusDays(between(45, REVIEW_INTERVAL_DAYS));
            if (next.isAfter(info.horizon.plusDays(AS_OF_MARGIN_DAYS))) {
                due = next;
                break;
            }
            // a review falling due between the last day and RecordGenerator.asOf is held on the last day
            due = next.isAfter(info.horizon) ? info.horizon : next;
            reviewDates.add(due);
        }
        plan.nextReviewDue(due);
        for (int r = 0; r < reviewDates.size(); r++) {
            LocalDate next = r + 1 < reviewDates.size() ? reviewDates.get(r + 1) : due;
            plan.addReview(review(info, reviewDates.get(r), next));
        }

        // agreements
        Agreement.Builder agreement = Agreement.builder().memberId(info.personMemberId);
        if (chance(0.9)) {
            agreement.agreedOn(info.start.minusDays(between(0, 3)));
        }
        if (chance(0.7)) {
            agreement.method(pick(List.of(AgreementMethod.values())));
        }
        if (chance(0.3)) {
            agreement.decision(AgreementDecision.AGREED);
        }
        plan.addAgreement(agreement.build());
        if (!info.familyMemberIds.isEmpty() && chance(young ? 0.6 : 0.2)) {
            plan.addAgreement(Agreement.builder()
                    .memberId(info.familyMemberIds.get(0))
                    .agreedOn(info.start)
                    .method(AgreementMethod.SIGNED)
                    .build());
        }
        if (chance(0.3)) {
            plan.addAgreement(Agreement.builder()
                    .memberId(info.workerIds.get(0))
                    .agreedOn(info.start)
                    .build());
        }
        plan.copyOfferedOn(info.start.plusDays(between(0, 3)));
        return plan.build();
    }

    private static boolean isWorker(TeamRole role) {
        return switch (role) {
            case COMMUNITY_SUPPORT_SPECIALIST,
                    COMMUNITY_SUPPORT_SUPERVISOR,
                    STR_WORKER,
                    PEER_SUPPORT_WORKER,
                    CARE_MANAGER -> true;
            default -> false;
        };
    }

    private Goal goal(String goalId, Phrases.Domain domain, String statement, PlanInfo info) {
        Goal.Builder goal =
                Goal.builder().id(goalId).statement(statement).inOwnWords(true).addLifeDomain(domain.domain());
        if (chance(0.3)) {
            LifeDomain second = pick(Phrases.DOMAINS).domain();
            if (second != domain.domain()) {
                goal.addLifeDomain(second);
            }
        }
        boolean done = info.status == PlanStatus.COMPLETED ? chance(0.6) : chance(0.1);
        goal.status(
                done
                        ? GoalStatus.COMPLETED
                        : info.status == PlanStatus.ACTIVE
                                ? chance(0.9) ? GoalStatus.ACTIVE : GoalStatus.ON_HOLD
                                : info.status == PlanStatus.ON_HOLD ? GoalStatus.ON_HOLD : GoalStatus.CANCELLED);
        if (chance(0.6)) {
            goal.achievement(
                    done
                            ? GoalAchievement.ACHIEVED
                            : pick(List.of(
                                    GoalAchievement.IN_PROGRESS,
                                    GoalAchievement.IMPROVING,
                                    GoalAchievement.NO_CHANGE,
                                    GoalAchievement.WORSENING)));
        }
        if (chance(0.7)) {
            goal.priority(pick(List.of(GoalPriority.values())));
        }
        if (chance(0.6)) {
            goal.startDate(info.start);
        }
        int objectives = between(0, 2);
        for (Phrases.Objective phrase : some(domain.objectives(), objectives, objectives)) {
            Objective.Builder objective = Objective.builder()
                    .id(id("o"))
                    .measure(phrase.measure())
                    .targetDate(info.start.plusDays(between(30, 180)));
            if (chance(0.8)) {
                objective.baseline(phrase.baseline());
            }
            if (chance(0.8)) {
                objective.target(phrase.target());
            }
            if (chance(0.5)) {
                objective.achievement(done ? GoalAchievement.ACHIEVED : GoalAchievement.IN_PROGRESS);
            }
            goal.addObjective(objective.build());
        }
        return goal.build();
    }

    private Intervention intervention(PlanInfo info, List<Phrases.Domain> goalDomains, int g, int goalCount) {
        Phrases.Domain domain = goalDomains.get(g);
        Intervention.Builder intervention = Intervention.builder().id(id("i")).addGoalId(info.goalIds.get(g));
        if (goalCount > 1 && chance(0.2)) {
            int other = (g + 1) % goalCount;
            intervention.addGoalId(info.goalIds.get(other));
        }
        if (chance(0.9)) {
            intervention.serviceFunction(
                    switch (model) {
                        case SUPPORT_TIME_RECOVERY -> domain.str();
                        case COMMUNITY_SUPPORTS, ENHANCED_CARE_MANAGEMENT -> domain.ecm();
                        case PEER_SUPPORT -> ServiceFunction.PEER_SUPPORT;
                        default -> domain.communitySupport();
                    });
        }
        if (chance(0.9)) {
            intervention.description(pick(domain.interventions()));
        }
        if (chance(0.85)) {
            intervention.responsibleMemberId(pick(info.workerIds));
        }
        if (chance(0.4)) {
            intervention.providerType(
                    switch (model) {
                        case SUPPORT_TIME_RECOVERY -> "STR worker";
                        case PEER_SUPPORT -> "peer worker";
                        case COMMUNITY_SUPPORT, SUPPORTING_INDEPENDENCE -> "community support specialist";
                        default -> "care manager";
                    });
        }
        if (chance(0.8)) {
            intervention.paid(chance(0.9));
        }
        intervention
                .amount(Duration.ofMinutes(pick(List.of(30, 45, 60, 90, 120))))
                .frequency(frequency())
                .duration(chance(0.5) ? Period.ofWeeks(between(4, 26)) : Period.ofMonths(between(1, 6)));
        if (chance(0.7)) {
            intervention.setting(pick(List.of(Setting.HOME, Setting.COMMUNITY, Setting.OFFICE, Setting.REMOTE)));
        }
        return intervention.build();
    }

    private Frequency frequency() {
        Frequency.Builder frequency =
                Frequency.builder().times(between(1, 3)).unit(chance(0.7) ? FrequencyUnit.WEEK : FrequencyUnit.MONTH);
        if (chance(0.2)) {
            frequency.every(2);
        }
        return frequency.build();
    }

    private List<Support> supports(PlanInfo info) {
        List<Support> supports = new ArrayList<>();
        for (NaturalSupport natural : some(naturalSupports, 1, 2)) {
            Support.Builder support = Support.builder()
                    .id(id("s"))
                    .kind(SupportKind.NATURAL)
                    .paid(false)
                    .naturalSupportId(natural.getId())
                    .type(pick(Phrases.NATURAL_SUPPORT_TYPES))
                    .scope(pick(Phrases.NATURAL_SUPPORT_SCOPES))
                    .amount(Duration.ofMinutes(pick(List.of(15, 30, 60, 120))))
                    .frequency(frequency())
                    .duration(Period.ofMonths(between(1, 6)));
            if (chance(0.4)) {
                support.addGoalId(pick(info.goalIds));
            }
            supports.add(support.build());
        }
        List<SupportKind> kinds =
                new ArrayList<>(List.of(SupportKind.PAID_SERVICE, SupportKind.PEER, SupportKind.COMMUNITY));
        if (model == ServiceModel.COMMUNITY_SUPPORTS || model == ServiceModel.ENHANCED_CARE_MANAGEMENT) {
            kinds.add(SupportKind.COMMUNITY_SUPPORTS_SERVICE);
            kinds.add(SupportKind.COMMUNITY_SUPPORTS_SERVICE);
        }
        int others = between(0, 2);
        for (int k = 0; k < others; k++) {
            supports.add(support(info, pick(kinds)));
        }
        return supports;
    }

    private Support support(PlanInfo info, SupportKind kind) {
        Support.Builder support = Support.builder()
                .id(id("s"))
                .kind(kind)
                .amount(Duration.ofMinutes(pick(List.of(30, 60, 90, 120, 180))))
                .frequency(frequency())
                .duration(chance(0.5) ? Period.ofWeeks(between(4, 26)) : Period.ofMonths(between(1, 12)));
        if (chance(0.4)) {
            support.addGoalId(pick(info.goalIds));
        }
        switch (kind) {
            case PAID_SERVICE -> {
                support.paid(true).type(pick(Phrases.PAID_SUPPORT_TYPES)).scope(pick(Phrases.PAID_SUPPORT_SCOPES));
                if (chance(0.5)) {
                    support.providerMemberId(pick(info.workerIds));
                } else {
                    support.provider(pick(Phrases.SUPPORT_PROVIDERS));
                }
                if (chance(0.6)) {
                    support.funding(pick(Phrases.FUNDING));
                }
            }
            case PEER ->
                support.paid(chance(0.5))
                        .provider(pick(Phrases.SUPPORT_PROVIDERS))
                        .type(pick(Phrases.PEER_SUPPORT_TYPES))
                        .scope(pick(Phrases.PEER_SUPPORT_SCOPES));
            case COMMUNITY ->
                support.paid(false)
                        .provider(pick(Phrases.SUPPORT_PROVIDERS))
                        .type(pick(Phrases.COMMUNITY_SUPPORT_TYPES))
                        .scope(pick(Phrases.COMMUNITY_SUPPORT_SCOPES));
            default -> {
                CommunitySupportService service = communitySupport();
                support.paid(true)
                        .provider(pick(Phrases.SUPPORT_PROVIDERS))
                        .type(service.getDisplay())
                        .scope(pick(Phrases.COMMUNITY_SUPPORTS_SCOPES))
                        .communitySupport(service.getCode())
                        .billingCode(pick(service.getBillingCodes()));
                if (chance(0.7)) {
                    support.funding("Medi-Cal");
                }
            }
        }
        return support.build();
    }

    private CommunitySupportService communitySupport() {
        return pick(COMMUNITY_SUPPORTS);
    }

    /** The catalogue code of Enhanced Care Management, a referral kind of its own rather than a Community Support. */
    private static final String ENHANCED_CARE_MANAGEMENT = "enhanced-care-management";

    /** The standard catalogue's Community Supports, less Enhanced Care Management. */
    private static final List<CommunitySupportService> COMMUNITY_SUPPORTS =
            CommunitySupportCatalogue.standard().getServices().stream()
                    .filter(service -> !service.getCode().equals(ENHANCED_CARE_MANAGEMENT))
                    .toList();

    private CrisisPlan crisisPlan(PlanInfo info) {
        info.crisisPlanId = id("cp");
        CrisisPlan.Builder crisis = CrisisPlan.builder()
                .id(info.crisisPlanId)
                .addAllWarningSigns(some(Phrases.WARNING_SIGNS, 0, 3))
                .addAllCopingStrategies(some(Phrases.COPING_STRATEGIES, 0, 3))
                .addAllDistractions(some(Phrases.DISTRACTIONS, 0, 2))
                .addAllKeepingSafe(some(Phrases.KEEPING_SAFE, 0, 2))
                .addAllWhatHelps(some(Phrases.WHAT_HELPS, 0, 2))
                .addAllWhatDoesNotHelp(some(Phrases.WHAT_DOES_NOT_HELP, 0, 2))
                .addAllPreferredPlacesOfCare(some(Phrases.PREFERRED_PLACES_OF_CARE, 0, 1))
                .addAllPlacesToAvoid(some(Phrases.PLACES_TO_AVOID, 0, 1))
                .addAllWhenOthersTakeOver(some(Phrases.WHEN_OTHERS_TAKE_OVER, 0, 1))
                .addAllAfterCrisis(some(Phrases.AFTER_CRISIS, 0, 1));
        for (NaturalSupport support : some(naturalSupports, 0, 2)) {
            CrisisContact.Builder contact = CrisisContact.builder().naturalSupportId(support.getId());
            if (chance(0.3)) {
                contact.note(pick(Phrases.CRISIS_CONTACT_NOTES));
            }
            crisis.addPeopleToAsk(contact.build());
        }
        if (chance(0.2)) {
            crisis.addPeopleToAsk(CrisisContact.builder()
                    .name(pick(Phrases.OTHER_PEOPLE_TO_ASK))
                    .build());
        }
        if (chance(0.2)) {
            CrisisContact.Builder contact = CrisisContact.builder().name(pick(Phrases.NOT_TO_INVOLVE));
            if (chance(0.5)) {
                contact.note("not to be contacted");
            }
            crisis.addPeopleNotToInvolve(contact.build());
        }
        if (chance(0.5)) {
            crisis.addProfessional(
                    CrisisContact.builder().teamMemberId(info.workerIds.get(0)).build());
        }
        if (chance(0.6)) {
            crisis.addProfessional(CrisisContact.builder()
                    .name(pick(Phrases.PROFESSIONAL_NAMES))
                    .addContactPoint(phone(ContactPointUse.WORK))
                    .build());
        }
        if (chance(0.7)) {
            crisis.agreedOn(info.start);
        }
        if (chance(0.6)) {
            crisis.reviewDue(info.start.plusDays(between(90, 180)));
        }
        return crisis.build();
    }

    private PlanReview review(PlanInfo info, LocalDate date, LocalDate next) {
        PlanReview.Builder review = PlanReview.builder()
                .id(id("rv"))
                .date(date)
                .addParticipantId(info.personMemberId)
                .addParticipantId(info.workerIds.get(0));
        if (!info.familyMemberIds.isEmpty() && chance(0.5)) {
            review.addParticipantId(info.familyMemberIds.get(0));
        }
        if (chance(0.7)) {
            review.changesInNeeds(pick(Phrases.CHANGES_IN_NEEDS));
        }
        for (String goalId : some(info.goalIds, 0, info.goalIds.size())) {
            GoalProgress.Builder progress = GoalProgress.builder().goalId(goalId);
            if (chance(0.8)) {
                progress.achievement(pick(
                        List.of(GoalAchievement.IN_PROGRESS, GoalAchievement.IMPROVING, GoalAchievement.NO_CHANGE)));
            }
            if (chance(0.4)) {
                progress.note(pick(Phrases.PROGRESS_NOTES));
            }
            review.addGoalProgress(progress.build());
        }
        review.risksRevisited(chance(0.7));
        if (chance(0.6)) {
            review.changesAgreed(pick(Phrases.CHANGES_AGREED));
        }
        if (chance(0.5)) {
            review.resultingVersion(info.version);
        }
        if (chance(0.8)) {
            review.nextReviewDue(next);
        }
        return review.build();
    }

    // ---------------------------------------------------------------- referrals and episodes

    private void referrals() {
        List<ReferralKind> kinds = switch (model) {
            case COMMUNITY_SUPPORTS, ENHANCED_CARE_MANAGEMENT ->
                List.of(
                        ReferralKind.COMMUNITY_SUPPORTS,
                        ReferralKind.ENHANCED_CARE_MANAGEMENT,
                        ReferralKind.PEER_SUPPORT,
                        ReferralKind.COMMUNITY_RESOURCE);
            case PEER_SUPPORT -> List.of(ReferralKind.PEER_SUPPORT, ReferralKind.COMMUNITY_RESOURCE);
            case SUPPORT_TIME_RECOVERY, SUPPORTING_INDEPENDENCE ->
                List.of(
                        ReferralKind.PEER_SUPPORT,
                        ReferralKind.COMMUNITY_RESOURCE,
                        ReferralKind.CLINICAL_SERVICE,
                        ReferralKind.OTHER);
            default ->
                List.of(
                        ReferralKind.PEER_SUPPORT,
                        ReferralKind.COMMUNITY_RESOURCE,
                        ReferralKind.CLINICAL_SERVICE,
                        ReferralKind.COMMUNITY_SUPPORTS,
                        ReferralKind.ENHANCED_CARE_MANAGEMENT);
        };
        int count = between(0, 3);
        for (int k = 0; k < count; k++) {
            referrals.add(referral(pick(kinds), null));
        }
        if (needs.acceptedPeerReferral
                && referrals.stream()
                        .noneMatch(r ->
                                r.getKind() == ReferralKind.PEER_SUPPORT && r.getStatus() == ReferralStatus.ACCEPTED)) {
            referrals.add(referral(ReferralKind.PEER_SUPPORT, ReferralStatus.ACCEPTED));
        }
        if (needs.peerReferral && referrals.stream().noneMatch(r -> r.getKind() == ReferralKind.PEER_SUPPORT)) {
            referrals.add(referral(ReferralKind.PEER_SUPPORT, null));
        }
        if (needs.communitySupportsReferral
                && referrals.stream().noneMatch(r -> r.getKind() == ReferralKind.COMMUNITY_SUPPORTS)) {
            referrals.add(referral(ReferralKind.COMMUNITY_SUPPORTS, null));
        }
        if (needs.acceptedReferral && referrals.stream().noneMatch(Referral::hasBeenAccepted)) {
            referrals.add(referral(pick(kinds), ReferralStatus.ACCEPTED));
        }
        if (needs.referral && referrals.isEmpty()) {
            referrals.add(referral(pick(kinds), null));
        }
    }

    /** Draws a referral of the given kind, with the given status or, when that is null, a drawn one. */
    private Referral referral(ReferralKind kind, ReferralStatus forced) {
        LocalDate referredOn = start.plusDays(between(0, Math.max(0, span - 15)));
        PlanInfo info = planOn(referredOn);
        ReferralStatus status = forced != null
                ? forced
                : pick(List.of(
                        ReferralStatus.SENT,
                        ReferralStatus.RECEIVED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.COMPLETED,
                        ReferralStatus.DECLINED,
                        ReferralStatus.CLOSED,
                        ReferralStatus.CANCELLED,
                        ReferralStatus.DRAFT));
        Referral.Builder referral = Referral.builder().id(id("ref")).kind(kind).status(status);
        if (chance(0.8)) {
            referral.planId(info.id);
        }
        if (chance(0.9)) {
            referral.program(pick(
                    switch (kind) {
                        case PEER_SUPPORT -> Phrases.PEER_PROGRAMS;
                        case COMMUNITY_SUPPORTS -> Phrases.COMMUNITY_SUPPORTS_PROGRAMS;
                        case ENHANCED_CARE_MANAGEMENT -> Phrases.ECM_PROGRAMS;
                        case CLINICAL_SERVICE -> Phrases.CLINICAL_PROGRAMS;
                        default -> Phrases.COMMUNITY_PROGRAMS;
                    }));
        }
        if (chance(0.6)) {
            referral.addProgramContact(phone(ContactPointUse.WORK));
        }
        if (kind == ReferralKind.COMMUNITY_SUPPORTS) {
            CommunitySupportService service = communitySupport();
            referral.communitySupport(service.getCode()).billingCode(pick(service.getBillingCodes()));
        } else if (kind == ReferralKind.ENHANCED_CARE_MANAGEMENT && chance(0.5)) {
            CommunitySupportService ecm = CommunitySupportCatalogue.standard()
                    .find(ENHANCED_CARE_MANAGEMENT)
                    .orElseThrow();
            referral.communitySupport(ecm.getCode()).billingCode(pick(ecm.getBillingCodes()));
        }
        boolean peer = kind == ReferralKind.PEER_SUPPORT;
        if (peer || chance(0.3)) {
            PersonsChoice.Builder choice = PersonsChoice.builder();
            if (peer || chance(0.7)) {
                choice.expressedOn(referredOn.minusDays(between(0, 7)));
            }
            if (chance(0.7)) {
                choice.inOwnWords(pick(Phrases.CHOICE_IN_OWN_WORDS));
            }
            referral.personsChoice(choice.build());
        }
        if (!peer && chance(0.3)) {
            referral.requiredByPlan(true);
        }
        if (chance(0.9)) {
            referral.referredOn(referredOn);
        }
        if (chance(0.7)) {
            referral.referredByMemberId(pick(info.workerIds));
        }
        List<ReferralStatus> path = switch (status) {
            case DRAFT -> List.of(ReferralStatus.DRAFT);
            case SENT -> List.of(ReferralStatus.SENT);
            case RECEIVED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED);
            case ACCEPTED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
            case DECLINED -> List.of(ReferralStatus.SENT, ReferralStatus.DECLINED);
            case COMPLETED -> List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
            case CLOSED ->
                chance(0.5)
                        ? List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.CLOSED)
                        : List.of(ReferralStatus.SENT, ReferralStatus.CLOSED);
            case CANCELLED -> List.of(ReferralStatus.CANCELLED);
        };
        if (chance(0.7) || path.contains(ReferralStatus.ACCEPTED) && status == ReferralStatus.CLOSED) {
            LocalDate date = referredOn;
            for (ReferralStatus step : path) {
                ReferralStatusUpdate.Builder update =
                        ReferralStatusUpdate.builder().status(step).date(date);
                if (step == ReferralStatus.CLOSED || step == ReferralStatus.DECLINED) {
                    update.closureReason(pick(List.of(
                            ReferralClosureReason.PERSON_DECLINED,
                            ReferralClosureReason.UNABLE_TO_REACH,
                            ReferralClosureReason.NO_CAPACITY,
                            ReferralClosureReason.REFERRED_ELSEWHERE)));
                } else if (step == ReferralStatus.COMPLETED) {
                    update.closureReason(ReferralClosureReason.SERVICE_COMPLETED);
                } else if (step == ReferralStatus.CANCELLED) {
                    update.closureReason(ReferralClosureReason.PERSON_DECLINED);
                }
                referral.addStatusHistory(update.build());
                date = date.plusDays(between(1, 5));
            }
        }
        // accepted as PEER-CONTACT and ECM-OUTREACH read it, asked of the referral so far
        boolean accepted = referral.build().hasBeenAccepted();
        if (accepted && peer) {
            boolean given = chance(0.7);
            referral.contactDetailsGiven(given).contactFacilitated(!given || chance(0.5));
        } else if (status != ReferralStatus.DRAFT) {
            referral.contactDetailsGiven(chance(0.5)).contactFacilitated(chance(0.3));
        }
        int attempts = accepted ? between(1, 3) : status == ReferralStatus.DRAFT ? 0 : between(0, 1);
        LocalDate date = referredOn;
        for (int a = 0; a < attempts; a++) {
            date = date.plusDays(between(1, 4));
            OutreachAttempt.Builder attempt = OutreachAttempt.builder()
                    .id(id("oa"))
                    .date(date)
                    .mode(pick(List.of(ContactMode.PHONE, ContactMode.IN_PERSON, ContactMode.TEXT_MESSAGE)))
                    .outcome(
                            a == attempts - 1 && accepted
                                    ? OutreachOutcome.REACHED
                                    : pick(List.of(OutreachOutcome.NO_ANSWER, OutreachOutcome.MESSAGE_LEFT)));
            if (chance(0.4)) {
                attempt.note(pick(Phrases.OUTREACH_NOTES));
            }
            referral.addOutreachAttempt(attempt.build());
        }
        return referral.build();
    }

    private void episode() {
        boolean str = model == ServiceModel.SUPPORT_TIME_RECOVERY;
        if (!str && !(chance(0.6) || needs.episode)) {
            return;
        }
        PlanInfo current = plans.get(plans.size() - 1);
        ServiceEpisode.Builder built = ServiceEpisode.builder()
                .id(id("ep"))
                .serviceModel(model)
                .status(
                        switch (current.status) {
                            case COMPLETED -> EpisodeStatus.FINISHED;
                            case ON_HOLD -> EpisodeStatus.ON_HOLD;
                            default -> EpisodeStatus.ACTIVE;
                        });
        if (chance(0.8)) {
            built.planId(current.id);
        }
        ReferralKind intake = model == ServiceModel.ENHANCED_CARE_MANAGEMENT
                ? ReferralKind.ENHANCED_CARE_MANAGEMENT
                : model == ServiceModel.COMMUNITY_SUPPORTS ? ReferralKind.COMMUNITY_SUPPORTS : null;
        referrals.stream().filter(r -> r.getKind() == intake).findFirst().ifPresent(r -> built.referralId(r.getId()));
        LocalDate end = str || current.end != null ? lastDay() : null;
        boolean phases = str || chance(0.5);
        if (phases || chance(0.8)) {
            built.period(range(start, end));
        }
        if (str) {
            LocalDate enablementEnd = start.plusDays(enablementDays - 1L);
            built.addPhase(EpisodePhase.builder()
                    .phase(EpisodePhaseType.ENABLEMENT)
                    .period(DateRange.of(start, enablementEnd))
                    .build());
            if (strExtended) {
                built.addPhase(EpisodePhase.builder()
                        .phase(EpisodePhaseType.EXTENDED)
                        .period(DateRange.of(enablementEnd.plusDays(1), end))
                        .chargeable(true)
                        .build());
            }
        } else if (phases) {
            int outreach = between(7, 30);
            if (outreach < span && chance(0.7)) {
                LocalDate outreachEnd = start.plusDays(outreach - 1L);
                built.addPhase(EpisodePhase.builder()
                        .phase(EpisodePhaseType.OUTREACH)
                        .period(DateRange.of(start, outreachEnd))
                        .build());
                built.addPhase(EpisodePhase.builder()
                        .phase(EpisodePhaseType.MAINTENANCE)
                        .period(range(outreachEnd.plusDays(1), end))
                        .chargeable(chance(0.8))
                        .build());
            } else {
                built.addPhase(EpisodePhase.builder()
                        .phase(EpisodePhaseType.MAINTENANCE)
                        .period(range(start, end))
                        .chargeable(chance(0.8))
                        .build());
            }
        }
        built.addAllTeamMemberIds(some(current.workerIds, 0, 2));
        episode = built.build();
    }

    private static DateRange range(LocalDate start, LocalDate end) {
        return end == null ? DateRange.startingOn(start) : DateRange.of(start, end);
    }

    // ---------------------------------------------------------------- contacts

    private void contacts(int count) {
        if (count == 0) {
            return;
        }
        int free = span - 1 - MIN_CONTACT_GAP_DAYS * (count - 1);
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = between(0, free);
        }
        java.util.Arrays.sort(offsets);
        if (needs.strContactAfterEnablement
                && offsets[count - 1] + MIN_CONTACT_GAP_DAYS * (count - 1) < enablementDays) {
            offsets[count - 1] = free;
        }
        List<Attendance> attendance = attendance(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays(offsets[i] + MIN_CONTACT_GAP_DAYS * (long) i);
            contacts.add(contact(date, attendance.get(i)));
        }
    }

    private List<Attendance> attendance(int count) {
        List<Attendance> attendance = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            Attendance drawn = u < 0.72
                    ? Attendance.ATTENDED
                    : u < 0.86
                            ? Attendance.MISSED
                            : u < 0.94 ? Attendance.CANCELLED_BY_PERSON : Attendance.CANCELLED_BY_SERVICE;
            if (run == 2) {
                drawn = Attendance.ATTENDED;
            }
            run = drawn == Attendance.ATTENDED ? 0 : run + 1;
            attendance.add(drawn);
        }
        if (needs.missedContact && !attendance.contains(Attendance.MISSED)) {
            int index = attendance.indexOf(Attendance.CANCELLED_BY_PERSON);
            if (index < 0) {
                index = attendance.indexOf(Attendance.CANCELLED_BY_SERVICE);
            }
            if (index < 0) {
                index = between(0, count - 1);
            }
            attendance.set(index, Attendance.MISSED);
        }
        if (needs.attendedContact && !attendance.contains(Attendance.ATTENDED)) {
            // at most 2 contacts, none attended; keep the missed one if one is needed
            boolean keepFirst = needs.missedContact
                    && attendance.get(0) == Attendance.MISSED
                    && attendance.lastIndexOf(Attendance.MISSED) == 0;
            attendance.set(keepFirst ? count - 1 : 0, Attendance.ATTENDED);
        }
        if (needs.attendedBeforeLastThree && count >= 4) {
            attendance.set(count - 4, Attendance.ATTENDED);
        }
        return attendance;
    }

    private Contact contact(LocalDate date, Attendance attendance) {
        PlanInfo info = planOn(date);
        OffsetDateTime startTime = OffsetDateTime.of(date, LocalTime.of(between(9, 16), 15 * between(0, 3)), offset);
        Contact.Builder contact = Contact.builder().id(id("c")).start(startTime).attendance(attendance);
        if (attendance == Attendance.ATTENDED || chance(0.8)) {
            contact.planId(info.id);
        }
        if (episode != null
                && episode.getPeriod().map(p -> p.contains(date)).orElse(false)
                && (model == ServiceModel.SUPPORT_TIME_RECOVERY || chance(0.7))) {
            contact.episodeId(episode.getId());
        }
        ContactMode mode = pick(List.of(
                ContactMode.IN_PERSON,
                ContactMode.IN_PERSON,
                ContactMode.IN_PERSON,
                ContactMode.PHONE,
                ContactMode.VIDEO));
        Setting setting = mode == ContactMode.IN_PERSON
                ? pick(
                        ageGroup == AgeGroup.ADULT
                                ? List.of(Setting.HOME, Setting.COMMUNITY, Setting.OFFICE)
                                : List.of(Setting.HOME, Setting.SCHOOL, Setting.COMMUNITY))
                : Setting.REMOTE;
        if (attendance == Attendance.ATTENDED) {
            List<Intervention> delivered = some(info.interventions, 1, 2);
            contact.end(startTime.plusMinutes(between(15, 120)))
                    .setting(setting)
                    .providerMemberId(pick(info.workerIds))
                    .need(pick(young() ? Phrases.YOUNG_CONTACT_NEEDS : Phrases.CONTACT_NEEDS))
                    .response(pick(Phrases.RESPONSES))
                    .collaborative(chance(0.5));
            if (chance(0.9)) {
                contact.mode(mode);
            }
            List<String> goalIds = new ArrayList<>();
            for (Intervention intervention : delivered) {
                contact.addInterventionId(intervention.getId());
                for (String goalId : intervention.getGoalIds()) {
                    if (!goalIds.contains(goalId)) {
                        goalIds.add(goalId);
                    }
                }
            }
            contact.addAllGoalIds(goalIds);
            if (chance(0.6)) {
                contact.nextSteps(pick(Phrases.NEXT_STEPS));
            }
        } else {
            if (chance(0.7)) {
                contact.providerMemberId(pick(info.workerIds));
            }
            if (chance(0.7)) {
                contact.mode(mode);
            }
            if (chance(0.5)) {
                contact.setting(setting);
            }
            if (chance(0.3)) {
                contact.need(pick(young() ? Phrases.YOUNG_CONTACT_NEEDS : Phrases.CONTACT_NEEDS));
            }
        }
        return contact.build();
    }

    private List<ReEngagementAttempt> reEngagementAttempts() {
        List<ReEngagementAttempt> attempts = new ArrayList<>();
        for (Contact contact : contacts) {
            if (contact.getAttendance() != Attendance.MISSED) {
                continue;
            }
            PlanInfo info = planOn(contact.getStart().toLocalDate());
            LocalDate date = contact.getStart().toLocalDate().plusDays(between(1, 4));
            int count = chance(0.2) ? 2 : 1;
            for (int a = 0; a < count; a++) {
                attempts.add(reEngagementAttempt(info, contact.getId(), date, a == count - 1));
                date = date.plusDays(between(1, 2));
            }
        }
        if (!contacts.isEmpty() && chance(0.1)) {
            PlanInfo info = plans.get(plans.size() - 1);
            LocalDate date =
                    info.start.plusDays(between(0, (int) (info.horizon.toEpochDay() - info.start.toEpochDay())));
            attempts.add(reEngagementAttempt(info, null, date, true));
        }
        return attempts;
    }

    private ReEngagementAttempt reEngagementAttempt(
            PlanInfo info, String afterContactId, LocalDate date, boolean last) {
        ContactMode mode = pick(List.of(
                ContactMode.PHONE,
                ContactMode.PHONE,
                ContactMode.TEXT_MESSAGE,
                ContactMode.LETTER,
                ContactMode.IN_PERSON,
                ContactMode.THROUGH_OTHERS));
        ReEngagementAttempt.Builder attempt =
                ReEngagementAttempt.builder().id(id("re")).date(date).mode(mode);
        if (afterContactId != null) {
            attempt.afterContactId(afterContactId);
        }
        if (mode == ContactMode.THROUGH_OTHERS) {
            attempt.target(ReEngagementTarget.NATURAL_SUPPORT);
        } else if (chance(0.3)) {
            attempt.target(ReEngagementTarget.PERSON);
        }
        if (chance(0.8)) {
            attempt.byMemberId(pick(info.workerIds));
        }
        attempt.outcome(
                last
                        ? pick(List.of(
                                OutreachOutcome.REACHED, OutreachOutcome.RE_ENGAGED, OutreachOutcome.MESSAGE_LEFT))
                        : pick(List.of(OutreachOutcome.NO_ANSWER, OutreachOutcome.MESSAGE_LEFT)));
        if (chance(0.5)) {
            attempt.note(pick(Phrases.RE_ENGAGEMENT_NOTES));
        }
        return attempt.build();
    }

    private List<ContactArrangement> contactArrangements() {
        List<ContactArrangement> arrangements = new ArrayList<>();
        for (PlanInfo info : plans) {
            boolean active = info.status == PlanStatus.ACTIVE;
            if (!active && !chance(0.4)) {
                continue;
            }
            ContactArrangement.Builder arrangement =
                    ContactArrangement.builder().id(id("ca"));
            if (active || chance(0.7)) {
                arrangement.planId(info.id);
            }
            arrangement.addAllPreferredModes(some(
                    List.of(ContactMode.PHONE, ContactMode.IN_PERSON, ContactMode.TEXT_MESSAGE, ContactMode.VIDEO),
                    0,
                    2));
            if (chance(0.6)) {
                arrangement.preferredTimes(pick(Phrases.PREFERRED_TIMES));
            }
            if (chance(0.7)) {
                arrangement.frequency(frequency());
            }
            if (chance(0.5)) {
                arrangement.addWorkerContact(phone(ContactPointUse.WORK));
            }
            if (active || chance(0.5)) {
                arrangement.whenUnavailable(pick(Phrases.WHEN_UNAVAILABLE));
            }
            LocalDate agreedOn = info.start.plusDays(between(0, 3));
            if (active || chance(0.5)) {
                arrangement.agreedOn(agreedOn);
            }
            if (chance(0.6)) {
                // an active plan's arrangement is not yet due for review as of RecordGenerator.asOf
                arrangement.reviewDue(
                        active ? lastDay().plusDays(between(16, 60)) : agreedOn.plusDays(between(60, 120)));
            }
            arrangements.add(arrangement.build());
        }
        return arrangements;
    }

    // ---------------------------------------------------------------- discharge

    private List<DischargePlan> dischargePlans() {
        List<DischargePlan> dischargePlans = new ArrayList<>();
        PlanInfo current = plans.get(plans.size() - 1);
        if (current.status == PlanStatus.COMPLETED) {
            dischargePlans.add(fromService(current, current.horizon));
        } else if (chance(0.25)) {
            dischargePlans.add(fromService(current, null));
        }
        if (chance(0.15)) {
            dischargePlans.add(fromHospital());
        }
        if (needs.dischargePlan && dischargePlans.isEmpty()) {
            dischargePlans.add(fromService(current, null));
        }
        return dischargePlans;
    }

    private DischargePlan fromService(PlanInfo info, LocalDate actualDate) {
        DischargePlan.Builder discharge = DischargePlan.builder()
                .id(id("dp"))
                .kind(DischargeKind.FROM_SERVICE)
                .planId(info.id);
        LocalDate planned = info.end != null ? info.end : info.horizon.plusDays(between(30, 90));
        if (actualDate != null) {
            discharge.actualDate(actualDate);
            discharge.reason(pick(
                    model == ServiceModel.SUPPORT_TIME_RECOVERY
                            ? List.of(DischargeReason.TIME_LIMIT_REACHED, DischargeReason.GOALS_ACHIEVED)
                            : List.of(
                                    DischargeReason.GOALS_ACHIEVED,
                                    DischargeReason.PERSON_CHOSE,
                                    DischargeReason.TRANSFERRED,
                                    DischargeReason.MOVED_AWAY)));
            if (chance(0.8)) {
                discharge.plannedDate(planned);
            }
        } else {
            discharge.plannedDate(planned);
            if (chance(0.6)) {
                discharge.reason(DischargeReason.GOALS_ACHIEVED);
            }
        }
        if (episode != null && chance(0.7)) {
            discharge.episodeId(episode.getId());
        }
        LocalDate leaving = actualDate != null ? actualDate : planned;
        aftercare(discharge, leaving);
        if (info.crisisPlanId != null && chance(0.7)) {
            discharge.crisisPlanId(info.crisisPlanId);
        }
        discharge.addParticipantId(info.personMemberId).addParticipantId(info.workerIds.get(0));
        if (!info.familyMemberIds.isEmpty() && chance(0.5)) {
            discharge.addParticipantId(info.familyMemberIds.get(0));
        }
        if (chance(0.7)) {
            discharge.personAgreed(true);
            discharge.agreedOn(max(info.start, leaving.minusDays(between(0, 14))));
        }
        return discharge.build();
    }

    private DischargePlan fromHospital() {
        LocalDate date = start.plusDays(between(0, span - 1));
        PlanInfo info = planOn(date);
        DischargePlan.Builder discharge = DischargePlan.builder()
                .id(id("dp"))
                .kind(DischargeKind.FROM_HOSPITAL)
                .reason(DischargeReason.MEDICALLY_READY)
                .actualDate(date);
        if (chance(0.8)) {
            discharge.planId(info.id);
        }
        if (chance(0.8)) {
            discharge.facility(pick(Phrases.FACILITIES));
        }
        if (chance(0.6)) {
            discharge.plannedDate(date.minusDays(between(0, 3)));
        }
        aftercare(discharge, date);
        if (chance(0.8)) {
            discharge.addParticipantId(info.personMemberId);
        }
        if (chance(0.6)) {
            discharge.addParticipantId(info.workerIds.get(0));
        }
        if (chance(0.6)) {
            discharge.personAgreed(true).agreedOn(date);
        }
        return discharge.build();
    }

    private void aftercare(DischargePlan.Builder discharge, LocalDate leaving) {
        if (chance(0.85)) {
            int count = between(1, 2);
            for (int k = 0; k < count; k++) {
                ContinuingService.Builder service =
                        ContinuingService.builder().description(pick(Phrases.CONTINUING_SERVICES));
                if (chance(0.7)) {
                    service.provider(pick(Phrases.CONTINUING_PROVIDERS));
                }
                if (chance(0.5)) {
                    service.serviceFunction(pick(List.of(
                            ServiceFunction.PEER_SUPPORT,
                            ServiceFunction.CS_MEDICAL_FOLLOW_THROUGH,
                            ServiceFunction.CS_CARE_COORDINATION,
                            ServiceFunction.CS_RELAPSE_PREVENTION)));
                }
                if (chance(0.3)) {
                    service.addProviderContact(phone(ContactPointUse.WORK));
                }
                if (chance(0.6)) {
                    service.startsOn(leaving.plusDays(between(1, 14)));
                }
                discharge.addContinuingService(service.build());
            }
        } else {
            discharge.noAftercareReason(pick(Phrases.NO_AFTERCARE_REASONS));
        }
        int appointments = between(0, 2);
        for (int k = 0; k < appointments; k++) {
            FollowUpAppointment.Builder appointment = FollowUpAppointment.builder()
                    .start(OffsetDateTime.of(
                            leaving.plusDays(between(3, 21)),
                            LocalTime.of(between(9, 16), 30 * between(0, 1)),
                            offset));
            if (chance(0.8)) {
                appointment.withWhom(pick(Phrases.FOLLOW_UP_WITH));
            }
            if (chance(0.8)) {
                appointment.purpose(pick(Phrases.FOLLOW_UP_PURPOSES));
            }
            discharge.addFollowUpAppointment(appointment.build());
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean young() {
        return ageGroup != AgeGroup.ADULT;
    }

    private PlanInfo planOn(LocalDate date) {
        for (PlanInfo info : plans) {
            if (info.contains(date)) {
                return info;
            }
        }
        return plans.get(plans.size() - 1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private ContactPoint phone(ContactPointUse use) {
        ContactPoint.Builder phone =
                ContactPoint.builder().system(ContactPointSystem.PHONE).value("555-01" + digits(2));
        if (chance(0.8)) {
            phone.use(use);
        }
        return phone.build();
    }

    private String id(String prefix) {
        return prefix + "-" + counters.merge(prefix, 1, Integer::sum);
    }

    private int between(int low, int high) {
        return low == high ? low : random.nextInt(low, high + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Distinct elements of the list, in list order, between min and max of them (fewer if the list is short). */
    private <T> List<T> some(List<T> values, int min, int max) {
        int count = Math.min(between(min, max), values.size());
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            indexes.add(i);
        }
        shuffle(indexes);
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, count));
        java.util.Collections.sort(chosen);
        List<T> result = new ArrayList<>();
        for (int index : chosen) {
            result.add(values.get(index));
        }
        return result;
    }

    private <T> void shuffle(List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T value = values.get(i);
            values.set(i, values.get(j));
            values.set(j, value);
        }
    }

    private String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
