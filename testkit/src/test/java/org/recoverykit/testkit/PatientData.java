package org.recoverykit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recoverykit.model.Address;
import org.recoverykit.model.ContactPoint;
import org.recoverykit.model.CrisisContact;
import org.recoverykit.model.CrisisPlan;
import org.recoverykit.model.HumanName;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/** Collects a record's patient data: names, the birth date, contact details, addresses and free text. */
final class PatientData {
    private PatientData() {}

    /** Every free-text value of the record: what MH22-MINIMAL looks into and toString() must hide. */
    static List<String> freeText(RecoveryRecord record) {
        List<String> text = new ArrayList<>();
        var person = record.getPerson();
        text.addAll(person.getCulturalPreferences());
        text.addAll(person.getIdentityPreferences());
        text.addAll(person.getCommunicationPreferences());
        text.addAll(person.getStrengths());
        text.addAll(person.getInterests());
        text.addAll(person.getTalents());
        person.getNaturalSupports().forEach(s -> add(text, s.getRoleInPlan()));
        record.getDomainAssessments().forEach(a -> {
            add(text, a.getPersonsView());
            text.addAll(a.getNeeds());
            text.addAll(a.getStrengths());
            text.addAll(a.getBarriers());
        });
        for (RecoveryPlan plan : record.getPlans()) {
            plan.getGoals().forEach(g -> {
                add(text, g.getStatement());
                g.getObjectives().forEach(o -> {
                    add(text, o.getMeasure());
                    add(text, o.getBaseline());
                    add(text, o.getTarget());
                });
            });
            plan.getInterventions().forEach(i -> {
                add(text, i.getDescription());
                add(text, i.getProviderType());
            });
            plan.getTeam().forEach(m -> add(text, m.getOrganization()));
            plan.getSupports().forEach(s -> {
                add(text, s.getProvider());
                add(text, s.getFunding());
                add(text, s.getType());
                add(text, s.getScope());
            });
            plan.getRisks().forEach(r -> {
                add(text, r.getDescription());
                add(text, r.getMitigation());
                add(text, r.getBackupPlan());
            });
            plan.getCrisisPlan().ifPresent(c -> crisisPlan(text, c));
            plan.getReviews().forEach(r -> {
                add(text, r.getChangesInNeeds());
                add(text, r.getChangesAgreed());
                r.getGoalProgress().forEach(g -> add(text, g.getNote()));
            });
        }
        record.getContactArrangements().forEach(a -> {
            add(text, a.getPreferredTimes());
            add(text, a.getWhenUnavailable());
        });
        record.getContacts().forEach(c -> {
            add(text, c.getNeed());
            add(text, c.getResponse());
            add(text, c.getNextSteps());
        });
        record.getReEngagementAttempts().forEach(a -> add(text, a.getNote()));
        record.getReferrals().forEach(r -> {
            r.getPersonsChoice().ifPresent(c -> add(text, c.getInOwnWords()));
            add(text, r.getProgram());
            r.getOutreachAttempts().forEach(a -> add(text, a.getNote()));
        });
        record.getDischargePlans().forEach(d -> {
            add(text, d.getNoAftercareReason());
            add(text, d.getFacility());
            d.getContinuingServices().forEach(s -> {
                add(text, Optional.of(s.getDescription()));
                add(text, s.getProvider());
            });
            d.getFollowUpAppointments().forEach(f -> {
                add(text, f.getWithWhom());
                add(text, f.getPurpose());
            });
        });
        return text;
    }

    /** Every value that identifies or describes the person: names, birth date, contact details and free text. */
    static List<String> all(RecoveryRecord record) {
        List<String> data = new ArrayList<>(freeText(record));
        var person = record.getPerson();
        person.getName().ifPresent(n -> name(data, n));
        add(data, person.getPreferredName());
        add(data, person.getPronouns());
        person.getBirthDate().ifPresent(d -> data.add(d.toString()));
        person.getIdentifiers().forEach(i -> data.add(i.getValue()));
        contactPoints(data, person.getTelecom());
        for (Address address : person.getAddresses()) {
            data.addAll(address.getLines());
            add(data, address.getCity());
            add(data, address.getDistrict());
            add(data, address.getPostalCode());
            add(data, address.getCountry());
        }
        person.getNaturalSupports().forEach(s -> {
            s.getName().ifPresent(n -> name(data, n));
            contactPoints(data, s.getContactPoints());
        });
        for (RecoveryPlan plan : record.getPlans()) {
            plan.getTeam().forEach(m -> {
                m.getName().ifPresent(n -> name(data, n));
                contactPoints(data, m.getContactPoints());
            });
        }
        record.getContactArrangements().forEach(a -> contactPoints(data, a.getWorkerContact()));
        record.getReferrals().forEach(r -> contactPoints(data, r.getProgramContact()));
        record.getDischargePlans()
                .forEach(d -> d.getContinuingServices().forEach(s -> contactPoints(data, s.getProviderContact())));
        return data;
    }

    private static void crisisPlan(List<String> text, CrisisPlan plan) {
        text.addAll(plan.getWarningSigns());
        text.addAll(plan.getCopingStrategies());
        text.addAll(plan.getDistractions());
        text.addAll(plan.getKeepingSafe());
        text.addAll(plan.getWhatHelps());
        text.addAll(plan.getWhatDoesNotHelp());
        text.addAll(plan.getPreferredPlacesOfCare());
        text.addAll(plan.getPlacesToAvoid());
        text.addAll(plan.getWhenOthersTakeOver());
        text.addAll(plan.getAfterCrisis());
        List<CrisisContact> contacts = new ArrayList<>(plan.getPeopleToAsk());
        contacts.addAll(plan.getPeopleNotToInvolve());
        contacts.addAll(plan.getProfessionals());
        for (CrisisContact contact : contacts) {
            add(text, contact.getName());
            add(text, contact.getNote());
        }
    }

    /** Contact points of crisis contacts are contact details too, though not free text. */
    static List<String> crisisContactPoints(RecoveryRecord record) {
        List<String> values = new ArrayList<>();
        for (RecoveryPlan plan : record.getPlans()) {
            plan.getCrisisPlan().ifPresent(c -> {
                c.getPeopleToAsk().forEach(x -> contactPoints(values, x.getContactPoints()));
                c.getProfessionals().forEach(x -> contactPoints(values, x.getContactPoints()));
                c.getPeopleNotToInvolve().forEach(x -> contactPoints(values, x.getContactPoints()));
            });
        }
        return values;
    }

    private static void name(List<String> data, HumanName name) {
        data.addAll(name.getGiven());
        add(data, name.getFamily());
    }

    private static void contactPoints(List<String> data, List<ContactPoint> points) {
        points.forEach(p -> data.add(p.getValue()));
    }

    private static void add(List<String> text, Optional<String> value) {
        value.ifPresent(text::add);
    }
}
