package org.recoverykit.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.Person;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;

/**
 * A seeded generator of realistic, internally consistent and entirely fictional recovery records.
 *
 * <p>Every value is drawn from the {@link RandomGenerator} passed in, so the same generator settings and the
 * same seed always give equal records, whatever the thread or the run:
 *
 * <pre>{@code
 * RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));
 * DefectiveRecord broken = RecordGenerator.defaults()
 *         .withDefect(Defect.CS_MISSED)
 *         .defectiveRecord(new SplittableRandom(seed));
 * }</pre>
 *
 * <h2>What a generated record holds</h2>
 * One person with one to three natural supports; one to three versions of their plan, each with its team
 * (the person, their workers, family or natural supports, other professionals), goals in the person's own
 * words with life domains and measurable objectives, interventions, supports, risks, a crisis plan when there
 * is a relapse risk (and often otherwise), reviews, agreements and the date a copy was offered; contact
 * arrangements; contacts, with a re-engagement attempt after each missed one; referrals with their status
 * history and outreach attempts; a service episode with its phases; discharge plans.
 *
 * <p>Every id is unique within the record and every reference resolves; dates are in order (a plan's period
 * holds its contacts, an attended contact lasts 15 to 120 minutes, reviews come before the next review due,
 * episode phases follow each other day by day); the person's birth date puts them in the generator's age group
 * on every plan's start; and, as of {@link #asOf(RecoveryRecord)}, the record has no issue under
 * {@link org.recoverykit.validation.RecordValidator}, with the rules read as {@link Defect} describes. Attributes that the model allows to be absent are absent in some records, except
 * where a rule needs them.
 *
 * <p>Names come from lists of common given and family names, phone numbers from the fictional 555-0100 to
 * 555-0199 range and e-mail addresses from {@code example.org}; free text comes from fixed phrase lists.
 * The first plan version starts between 2023 and 2025; later versions start up to about two years after it.
 *
 * <h2>Settings</h2>
 * A setting left unset is drawn for each record. A {@linkplain #withDefect(Defect) defect} may need a
 * setting: {@link Defect#CS_CHILD_FAMILY} a child or a youth, the {@code STR_} defects the Support, Time and
 * Recovery service model, some defects a few contacts. When such a setting is unset, the generator picks a
 * value that fits; when it is set to a value that does not fit, configuring the generator fails.
 *
 * <p>This class is immutable and thread-safe; the random generator passed to each method is not shared.
 */
public final class RecordGenerator {
    /** The most goals per plan version that {@link #withGoals(int)} accepts. */
    public static final int MAX_GOALS = 25;

    /** The most contacts that {@link #withContacts(int)} accepts. */
    public static final int MAX_CONTACTS = 250;

    /** The most contacts a record with a Support, Time and Recovery episode of at most 150 days holds. */
    public static final int MAX_STR_CONTACTS = Generation.MAX_STR_CONTACTS;

    private static final RecordGenerator DEFAULTS = new RecordGenerator(null, null, null, null, null);

    private final Integer goals;
    private final Integer contacts;
    private final AgeGroup ageGroup;
    private final ServiceModel serviceModel;
    private final Defect defect;

    private RecordGenerator(
            Integer goals, Integer contacts, AgeGroup ageGroup, ServiceModel serviceModel, Defect defect) {
        this.goals = goals;
        this.contacts = contacts;
        this.ageGroup = ageGroup;
        this.serviceModel = serviceModel;
        this.defect = defect;
    }

    /**
     * Obtains the date as of which a generated record is complete and current: the day after the
     * re-engagement window of its last recorded day closed. As of that date, a record generated without a
     * defect has no validation issue under the policy of its current plan's service model, and one generated
     * with a defect has exactly the defect's.
     *
     * <p>The last recorded day is the latest of the record's contact times, re-engagement attempts, plan
     * reviews and plan starts.
     *
     * @param record a record, not null
     * @return eight days after its last recorded day, not null
     */
    public static LocalDate asOf(RecoveryRecord record) {
        Stream<LocalDate> contacts = record.getContacts().stream()
                .map(c -> c.getEnd().orElse(c.getStart()).toLocalDate());
        Stream<LocalDate> attempts = record.getReEngagementAttempts().stream().map(a -> a.getDate());
        Stream<LocalDate> plans = record.getPlans().stream()
                .flatMap(p -> Stream.concat(
                        p.getReviews().stream().map(r -> r.getDate()), p.getPeriod().map(r -> r.getStart()).stream()));
        return Stream.of(contacts, attempts, plans)
                .flatMap(dates -> dates)
                .max(LocalDate::compareTo)
                .orElse(Generation.EPOCH)
                .plusDays(Generation.RE_ENGAGEMENT_WINDOW_DAYS + 1L);
    }

    /**
     * Obtains the generator with every setting unset: each record draws its goals, contacts, age group and
     * service model, and has no defect.
     *
     * @return the default generator, not null
     */
    public static RecordGenerator defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy of this generator that gives every plan version the given number of goals.
     *
     * @param goals the goals per plan version, from 1 to {@value #MAX_GOALS}
     * @return a generator with the given number of goals, not null
     * @throws IllegalArgumentException if the number is out of range
     */
    public RecordGenerator withGoals(int goals) {
        if (goals < 1 || goals > MAX_GOALS) {
            throw new IllegalArgumentException("goals must be from 1 to " + MAX_GOALS);
        }
        return new RecordGenerator(goals, contacts, ageGroup, serviceModel, defect);
    }

    /**
     * Returns a copy of this generator that gives every record the given number of contacts.
     *
     * @param contacts the contacts per record, from 0 to {@value #MAX_CONTACTS}
     * @return a generator with the given number of contacts, not null
     * @throws IllegalArgumentException if the number is out of range, too small for the defect, or more than
     *     {@link #MAX_STR_CONTACTS} for the Support, Time and Recovery model
     */
    public RecordGenerator withContacts(int contacts) {
        if (contacts < 0 || contacts > MAX_CONTACTS) {
            throw new IllegalArgumentException("contacts must be from 0 to " + MAX_CONTACTS);
        }
        return check(new RecordGenerator(goals, contacts, ageGroup, serviceModel, defect));
    }

    /**
     * Returns a copy of this generator whose person is in the given age group on every plan's start.
     *
     * @param ageGroup the age group, not null
     * @return a generator with the given age group, not null
     * @throws NullPointerException if the age group is null
     * @throws IllegalArgumentException if the defect needs another age group
     */
    public RecordGenerator withAgeGroup(AgeGroup ageGroup) {
        Objects.requireNonNull(ageGroup, "ageGroup");
        return check(new RecordGenerator(goals, contacts, ageGroup, serviceModel, defect));
    }

    /**
     * Returns a copy of this generator whose plans follow the given service model.
     *
     * @param serviceModel the service model, not null
     * @return a generator with the given service model, not null
     * @throws NullPointerException if the service model is null
     * @throws IllegalArgumentException if the defect needs another service model, or the model is Support,
     *     Time and Recovery and more than {@link #MAX_STR_CONTACTS} contacts are asked for
     */
    public RecordGenerator withServiceModel(ServiceModel serviceModel) {
        Objects.requireNonNull(serviceModel, "serviceModel");
        return check(new RecordGenerator(goals, contacts, ageGroup, serviceModel, defect));
    }

    /**
     * Returns a copy of this generator whose records have the given defect: each breaks the defect's rule, and
     * only that rule.
     *
     * @param defect the defect, not null
     * @return a generator with the given defect, not null
     * @throws NullPointerException if the defect is null
     * @throws IllegalArgumentException if a setting does not fit the defect
     */
    public RecordGenerator withDefect(Defect defect) {
        Objects.requireNonNull(defect, "defect");
        return check(new RecordGenerator(goals, contacts, ageGroup, serviceModel, defect));
    }

    /**
     * Gets the defect of this generator's records.
     *
     * @return the defect, empty if the records have none
     */
    public Optional<Defect> getDefect() {
        return Optional.ofNullable(defect);
    }

    /**
     * Obtains a record, with this generator's defect if it has one.
     *
     * @param random the source of every value drawn, not null
     * @return the record, not null
     * @throws NullPointerException if the random generator is null
     */
    public RecoveryRecord record(RandomGenerator random) {
        return generate(random, needs -> {});
    }

    /**
     * Obtains a record with this generator's defect, and where the defect is.
     *
     * @param random the source of every value drawn, not null
     * @return the record, its defect and the JSON Pointer of the defect, not null
     * @throws NullPointerException if the random generator is null
     * @throws IllegalStateException if this generator has no defect
     */
    public DefectiveRecord defectiveRecord(RandomGenerator random) {
        if (defect == null) {
            throw new IllegalStateException("The generator has no defect: set one with withDefect");
        }
        return Mutations.apply(draw(random, needs -> {}), defect, random);
    }

    /**
     * Obtains a person: the person of the record that {@link #record(RandomGenerator)} gives for the same
     * random state.
     *
     * @param random the source of every value drawn, not null
     * @return the person, not null
     * @throws NullPointerException if the random generator is null
     */
    public Person person(RandomGenerator random) {
        return record(random).getPerson();
    }

    /**
     * Obtains a plan: the current plan, the last version, of the record that
     * {@link #record(RandomGenerator)} gives for the same random state. Its references resolve in that
     * record.
     *
     * @param random the source of every value drawn, not null
     * @return the plan, not null
     * @throws NullPointerException if the random generator is null
     */
    public RecoveryPlan plan(RandomGenerator random) {
        RecoveryRecord record = record(random);
        return record.getPlans().get(record.getPlans().size() - 1);
    }

    /**
     * Obtains an attended contact: the first one of a record generated with at least one attended contact (and
     * enough contacts to keep one attended whatever the defect).
     *
     * @param random the source of every value drawn, not null
     * @return the contact, not null
     * @throws NullPointerException if the random generator is null
     * @throws IllegalStateException if this generator is set to too few contacts to keep one attended
     */
    public Contact contact(RandomGenerator random) {
        // CS_MISSED makes one contact missed, MH22_BREAKDOWN the last three cancelled: keep one attended
        int fewest = defect == Defect.CS_MISSED ? 2 : defect == Defect.MH22_BREAKDOWN ? 4 : 1;
        if (contacts != null && contacts < fewest) {
            throw new IllegalStateException("The generator is set to too few contacts to keep one attended");
        }
        return generate(random, needs -> {
                    needs.attendedContact = true;
                    needs.minContacts = Math.max(needs.minContacts, fewest);
                })
                .getContacts()
                .stream()
                .filter(c -> c.getAttendance() == Attendance.ATTENDED)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Obtains a referral: the first one of a record generated with at least one referral.
     *
     * @param random the source of every value drawn, not null
     * @return the referral, not null
     * @throws NullPointerException if the random generator is null
     */
    public Referral referral(RandomGenerator random) {
        return generate(random, needs -> needs.referral = true).getReferrals().get(0);
    }

    /**
     * Obtains a service episode: the episode of a record generated with one.
     *
     * @param random the source of every value drawn, not null
     * @return the episode, not null
     * @throws NullPointerException if the random generator is null
     */
    public ServiceEpisode episode(RandomGenerator random) {
        return generate(random, needs -> needs.episode = true).getEpisodes().get(0);
    }

    /**
     * Obtains a discharge plan: the first one of a record generated with at least one.
     *
     * @param random the source of every value drawn, not null
     * @return the discharge plan, not null
     * @throws NullPointerException if the random generator is null
     */
    public DischargePlan dischargePlan(RandomGenerator random) {
        return generate(random, needs -> needs.dischargePlan = true)
                .getDischargePlans()
                .get(0);
    }

    /**
     * Checks whether this generator has the same settings as another.
     *
     * @param other the other object, may be null
     * @return true if the other object is a generator with the same settings
     */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof RecordGenerator g
                        && Objects.equals(goals, g.goals)
                        && Objects.equals(contacts, g.contacts)
                        && ageGroup == g.ageGroup
                        && serviceModel == g.serviceModel
                        && defect == g.defect;
    }

    /**
     * Gets a hash code of this generator's settings.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(goals, contacts, ageGroup, serviceModel, defect);
    }

    /**
     * Outputs this generator's settings, such as {@code RecordGenerator[goals=3, defect=CS-MISSED]}.
     *
     * @return the settings that are set, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RecordGenerator[");
        String separator = "";
        if (goals != null) {
            text.append("goals=").append(goals);
            separator = ", ";
        }
        if (contacts != null) {
            text.append(separator).append("contacts=").append(contacts);
            separator = ", ";
        }
        if (ageGroup != null) {
            text.append(separator).append("ageGroup=").append(ageGroup.getCode());
            separator = ", ";
        }
        if (serviceModel != null) {
            text.append(separator).append("serviceModel=").append(serviceModel.getCode());
            separator = ", ";
        }
        if (defect != null) {
            text.append(separator).append("defect=").append(defect.getRuleId());
        }
        return text.append(']').toString();
    }

    private static RecordGenerator check(RecordGenerator generator) {
        boolean str = generator.serviceModel == ServiceModel.SUPPORT_TIME_RECOVERY
                || (generator.defect != null && Mutations.needsStr(generator.defect));
        if (str && generator.contacts != null && generator.contacts > MAX_STR_CONTACTS) {
            throw new IllegalArgumentException(
                    "an STR episode holds at most " + MAX_STR_CONTACTS + " contacts; ask for fewer");
        }
        Defect defect = generator.defect;
        if (defect == null) {
            return generator;
        }
        if (defect == Defect.CS_CHILD_FAMILY && generator.ageGroup == AgeGroup.ADULT) {
            throw new IllegalArgumentException("Defect CS_CHILD_FAMILY needs a child or a youth, not an adult");
        }
        if (Mutations.needsStr(defect)
                && generator.serviceModel != null
                && generator.serviceModel != ServiceModel.SUPPORT_TIME_RECOVERY) {
            throw new IllegalArgumentException("Defect " + defect + " needs the support-time-recovery service model");
        }
        int minContacts = Mutations.minContacts(defect);
        if (generator.contacts != null && generator.contacts < minContacts) {
            throw new IllegalArgumentException(
                    "Defect " + defect + " needs at least " + minContacts + " contact" + (minContacts > 1 ? "s" : ""));
        }
        return generator;
    }

    /** Draws a record with what the defect and the caller need, before the defect is put in. */
    private RecoveryRecord draw(RandomGenerator random, Consumer<Generation.Needs> extra) {
        Objects.requireNonNull(random, "random");
        Generation.Needs needs = new Generation.Needs();
        if (defect != null) {
            Mutations.require(defect, needs);
        }
        extra.accept(needs);
        Generation.Knobs knobs = new Generation.Knobs(goals, contacts, ageGroup, serviceModel);
        return new Generation(random, knobs, needs).generate();
    }

    /** Draws a record with what the defect and the caller need, with the defect put in. */
    private RecoveryRecord generate(RandomGenerator random, Consumer<Generation.Needs> extra) {
        RecoveryRecord record = draw(random, extra);
        return defect == null ? record : Mutations.apply(record, defect, random).getRecord();
    }
}
