package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.DomainAssessment;
import org.recoverykit.model.InvariantViolationException;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/**
 * Reads one record from FHIR resources: a Bundle of any type, a single resource, or the resources of one
 * record in NDJSON.
 *
 * <p>The record is the first Patient's; another Patient and the resources about another Patient are reported, not
 * read. Each resource is mapped once, by the resource that holds it: a
 * recovery plan's CareTeam, Goals, ServiceRequests, Flags and review Encounters through the CarePlan, a
 * referral's Task and outreach through its ServiceRequest. What is left over is reported as skipped.
 */
final class RecordReader {
    /** What a Patient other than the record's is reported as. */
    static final String OTHER_PATIENT = "another Patient; a record is one person's";
    /** What a resource of a Patient other than the record's is reported as. */
    static final String OTHER_PATIENTS_RESOURCE = "a resource of another Patient than the record's";

    /**
     * What a resource that no place of the record reads is reported as, followed by its type, an R4 resource type,
     * such as {@code (Observation)}.
     */
    static final String UNPLACED_RESOURCE = "a resource the model has no place for";

    /** The properties by which a resource names the Patient it is about. */
    private static final String[] PATIENT_REFERENCES = {"subject", "patient", "for"};

    private RecordReader() {}

    /** Indexes the resources of a Bundle or a single resource. */
    static ResourceIndex index(JsonValue root) throws UnreadableFhirException {
        ResourceIndex index = new ResourceIndex();
        String type = resourceType(root, "");
        if (!type.equals("Bundle")) {
            index.add(root, type, type, null);
            return index;
        }
        JsonValue entries = root.get("entry");
        if (entries == null) {
            return index;
        }
        if (!entries.isArray()) {
            throw new UnreadableFhirException("Bundle.entry", -1, -1, "not an array");
        }
        int i = 0;
        for (JsonValue entry : entries.values()) {
            String path = "Bundle.entry[" + i + ']';
            i++;
            if (!entry.isObject()) {
                throw new UnreadableFhirException(path, -1, -1, "not a Bundle entry: not a JSON object");
            }
            JsonValue resource = entry.get("resource");
            if (resource == null || resource.isNull()) {
                index.passOver(path, "an entry without a resource");
                continue;
            }
            JsonValue fullUrl = entry.get("fullUrl");
            index.add(
                    resource,
                    resourceType(resource, path + ".resource"),
                    path + ".resource",
                    fullUrl != null && fullUrl.isString() ? fullUrl.stringValue() : null);
        }
        return index;
    }

    static String resourceType(JsonValue resource, String path) throws UnreadableFhirException {
        if (!resource.isObject()) {
            throw new UnreadableFhirException(path, -1, -1, "not a FHIR resource: not a JSON object");
        }
        JsonValue type = resource.get("resourceType");
        if (type == null || !type.isString()) {
            throw new UnreadableFhirException(path, -1, -1, "not a FHIR resource: no resourceType");
        }
        if (!ResourceTypes.isR4(type.stringValue())) {
            throw new UnreadableFhirException(
                    path.isEmpty() ? "resourceType" : path + ".resourceType",
                    -1,
                    -1,
                    "a resource type that FHIR R4 does not define");
        }
        return type.stringValue();
    }

    /**
     * Reads the record of the first Patient of indexed resources. The mappers check what they read against the
     * model's rules; should a value still slip through to a builder that refuses it, the read fails with the
     * library's exception, naming the rule, rather than with the model's.
     */
    static FhirReadResult read(ResourceIndex index, Optional<String> recordId) throws UnreadableFhirException {
        try {
            return readChecked(index, recordId);
        } catch (InvariantViolationException e) {
            throw refused(e);
        }
    }

    /** The failure of a read whose value a model builder refused, naming the rule, which holds no value. */
    static UnreadableFhirException refused(InvariantViolationException e) {
        return new UnreadableFhirException("", -1, -1, "a value the model's rules refuse: " + e.getMessage());
    }

    private static FhirReadResult readChecked(ResourceIndex index, Optional<String> recordId)
            throws UnreadableFhirException {
        Resource patient = index.first("Patient")
                .orElseThrow(() -> new UnreadableFhirException("", -1, -1, "no Patient to read a record for"));
        Set<Resource> others = ofOtherPatients(index, patient);
        ReadContext ctx = new ReadContext(index, patient, others);
        index.passedOver().forEach(ctx::skip);
        ctx.markRead(patient);
        for (Resource other : others) {
            ctx.skip(other.path(), other.type().equals("Patient") ? OTHER_PATIENT : OTHER_PATIENTS_RESOURCE);
        }
        List<Resource> own = matching(index.all(), resource -> !others.contains(resource));
        List<Resource> related = new ArrayList<>();
        List<Resource> recoveryPlans = new ArrayList<>();
        List<Resource> crisisPlans = new ArrayList<>();
        List<Resource> dischargePlans = new ArrayList<>();
        List<Resource> consents = new ArrayList<>();
        List<DomainAssessment> assessments = new ArrayList<>();
        for (Resource resource : own) {
            switch (resource.type()) {
                case "RelatedPerson" -> related.add(resource);
                case "CarePlan" -> {
                    boolean crisis = CrisisPlanMapper.isCrisisPlan(resource.node());
                    boolean discharge = DischargePlanMapper.isDischargePlan(resource.node());
                    if (crisis) {
                        crisisPlans.add(resource);
                    }
                    if (discharge) {
                        dischargePlans.add(resource);
                    }
                    if (!crisis && !discharge) {
                        recoveryPlans.add(resource);
                    }
                }
                case "Consent" -> consents.add(resource);
                case "Condition" -> {
                    if (ConditionMapper.isHealthConcern(resource.node())) {
                        ctx.markRead(resource);
                        ConditionMapper.read(ctx, resource).ifPresent(assessments::add);
                    }
                }
                default -> {}
            }
        }
        related.forEach(ctx::markRead);
        PatientMapper.Read person = PatientMapper.read(ctx, patient, related);
        RecoveryRecord.Builder record =
                RecoveryRecord.builder().person(person.person()).domainAssessments(assessments);
        Map<Resource, List<Resource>> crisisPlansByPlan = referrers(ctx, crisisPlans, node -> node.get("partOf"));
        Map<Resource, List<Resource>> agreements = referrers(ctx, consents, ConsentMapper::planReference);
        List<RecoveryPlan> plans = new ArrayList<>();
        for (Resource carePlan : recoveryPlans) {
            List<Resource> crisis = unread(ctx, crisisPlansByPlan.getOrDefault(carePlan, List.of()), ".partOf");
            List<Resource> agreed = agreements.getOrDefault(carePlan, List.of());
            ctx.markRead(carePlan);
            agreed.forEach(ctx::markRead);
            plans.add(CarePlanMapper.read(ctx, carePlan, crisis, agreed));
        }
        record.plans(plans);
        readTheRest(ctx, own, dischargePlans, record);
        Set<String> reported = ctx.reportedPaths();
        for (Resource resource : own) {
            if (ctx.isRead(resource) && resource != patient && !reported.contains(resource.path())) {
                checkSubject(ctx, resource, patient);
            }
        }
        for (Resource resource : own) {
            if (!ctx.isRead(resource)) {
                ctx.skip(resource.path(), UNPLACED_RESOURCE + " (" + resource.type() + ')');
            }
        }
        record.id(recordId.or(person::recordId).orElseGet(() -> index.modelId(patient)));
        return new FhirReadResult(record.build(), ctx.skipped());
    }

    /** Reads the resources outside the plans: arrangements, contacts, re-engagement, referrals, episodes, discharges. */
    private static void readTheRest(
            ReadContext ctx, List<Resource> own, List<Resource> dischargePlans, RecoveryRecord.Builder record) {
        List<Resource> referrals = new ArrayList<>();
        for (Resource resource : own) {
            if (resource.type().equals("ServiceRequest")
                    && !ctx.isRead(resource)
                    && ReferralMapper.isReferral(resource.node())) {
                referrals.add(resource);
            }
        }
        for (Resource resource : dischargePlans) {
            ctx.markRead(resource);
            record.addDischargePlan(DischargePlanMapper.read(ctx, resource));
        }
        Map<Resource, List<Resource>> tasksByFocus = referrers(ctx, ofType(own, "Task"), node -> node.get("focus"));
        Map<Resource, List<Resource>> outreachByBasis =
                referrers(ctx, ofType(own, "Communication"), node -> node.get("basedOn"));
        for (Resource referral : unread(ctx, referrals, "")) {
            List<Resource> tasks = unread(ctx, tasksByFocus.getOrDefault(referral, List.of()), ".focus");
            List<Resource> outreach = unread(ctx, outreachByBasis.getOrDefault(referral, List.of()), ".basedOn");
            record.addReferral(ReferralMapper.read(ctx, referral, tasks, outreach));
        }
        for (Resource resource : own) {
            if (ctx.isRead(resource)) {
                continue;
            }
            switch (resource.type()) {
                case "CommunicationRequest" -> {
                    ctx.markRead(resource);
                    record.addContactArrangement(CommunicationRequestMapper.read(ctx, resource));
                }
                case "Encounter" -> {
                    ctx.markRead(resource);
                    ContactMapper.read(ctx, resource).ifPresent(record::addContact);
                }
                case "Appointment" -> {
                    if (ContactMapper.isMissedOrCancelled(resource.node())) {
                        ctx.markRead(resource);
                        ContactMapper.read(ctx, resource).ifPresent(record::addContact);
                    }
                }
                case "Communication" -> {
                    ctx.markRead(resource);
                    CommunicationMapper.readReEngagement(ctx, resource).ifPresent(record::addReEngagementAttempt);
                }
                case "EpisodeOfCare" -> {
                    ctx.markRead(resource);
                    record.addEpisode(EpisodeOfCareMapper.read(ctx, resource));
                }
                default -> {}
            }
        }
    }

    /** The resources of a type, in input order. */
    private static List<Resource> ofType(List<Resource> resources, String type) {
        return matching(resources, r -> r.type().equals(type));
    }

    /**
     * Finds the resources that belong to a Patient other than the record's, so that no one's record takes in
     * another's: every other Patient, and each resource that names Patients (see {@link #patientReferences}), none
     * of them the record's. A reference that resolves to nothing here names a Patient if its type is Patient.
     *
     * @return the resources, in input order
     */
    private static Set<Resource> ofOtherPatients(ResourceIndex index, Resource patient) {
        Set<Resource> others = new LinkedHashSet<>();
        for (Resource resource : index.all()) {
            if (resource == patient) {
                continue;
            }
            if (resource.type().equals("Patient")) {
                others.add(resource);
                continue;
            }
            boolean namesOthers = false;
            boolean namesTheRecords = false;
            for (String reference : patientReferences(resource.node())) {
                Resource target = resolve(index, reference, resource, patient);
                if (target == patient) {
                    namesTheRecords = true;
                } else if (target == null
                        ? reference.startsWith("Patient/") || reference.contains("/Patient/")
                        : target.type().equals("Patient")) {
                    namesOthers = true;
                }
            }
            if (namesOthers && !namesTheRecords) {
                others.add(resource);
            }
        }
        return others;
    }

    /** Resolves a reference, most often to the record's Patient by its fullUrl, which needs no lookup. */
    private static Resource resolve(ResourceIndex index, String reference, Resource from, Resource patient) {
        return reference.equals(patient.fullUrl()) ? patient : index.resolve(reference, from);
    }

    /**
     * Reports the {@code subject}, {@code patient} or {@code for} of a resource that does not name the record's
     * Patient in the input (a Group, an identifier or display alone, a resource that is not there), since the
     * resource is read as the record's all the same.
     */
    private static void checkSubject(ReadContext ctx, Resource resource, Resource patient) {
        for (String name : PATIENT_REFERENCES) {
            JsonValue subject = resource.node().get(name);
            if (subject == null || !subject.isObject()) {
                continue;
            }
            String text = referenceText(subject);
            Resource target = text != null ? resolve(ctx.index, text, resource, patient) : null;
            if (target != patient) {
                ctx.skip(resource.path() + '.' + name, "not the record's Patient in the input; read as the record's");
            }
        }
    }

    /**
     * Gets the reference texts by which a resource may name the Patients it is about: its {@code subject},
     * {@code patient} and {@code for}, then its participants' {@code actor}s, as an Appointment names them.
     */
    static List<String> patientReferences(JsonValue resource) {
        List<String> references = new ArrayList<>(2);
        for (String name : PATIENT_REFERENCES) {
            addReferenceText(resource.get(name), references);
        }
        JsonValue participants = resource.get("participant");
        if (participants != null && participants.isArray()) {
            for (JsonValue participant : participants.values()) {
                addReferenceText(participant.get("actor"), references);
            }
        }
        return references;
    }

    private static void addReferenceText(JsonValue reference, List<String> references) {
        String text = referenceText(reference);
        if (text != null) {
            references.add(text);
        }
    }

    /** Gets the text of a Reference's {@code reference}, or null where it is no object with a string there. */
    private static String referenceText(JsonValue reference) {
        JsonValue text = reference != null && reference.isObject() ? reference.get("reference") : null;
        return text != null && text.isString() ? text.stringValue() : null;
    }

    /** The resources that match, in their order; a loop, as a stream's list costs a read more than it is worth. */
    private static List<Resource> matching(Collection<Resource> resources, Predicate<Resource> matches) {
        List<Resource> found = new ArrayList<>();
        for (Resource resource : resources) {
            if (matches.test(resource)) {
                found.add(resource);
            }
        }
        return found;
    }

    /**
     * Groups resources by the resources their references name, each group in input order; references are taken
     * from each resource by {@code references}, such as its {@code partOf}. Nothing is reported.
     */
    private static Map<Resource, List<Resource>> referrers(
            ReadContext ctx, List<Resource> from, Function<JsonValue, JsonValue> references) {
        Map<Resource, List<Resource>> byTarget = new HashMap<>();
        for (Resource resource : from) {
            for (Resource target : targets(ctx, resource, references.apply(resource.node()))) {
                List<Resource> group = byTarget.computeIfAbsent(target, t -> new ArrayList<>());
                if (group.isEmpty() || group.get(group.size() - 1) != resource) {
                    group.add(resource);
                }
            }
        }
        return byTarget;
    }

    /**
     * Takes the resources that no other place of the record has read, marking them read; each of the others is
     * reported at its path and a suffix, such as the {@code .partOf} that named a second plan for a crisis plan.
     */
    private static List<Resource> unread(ReadContext ctx, List<Resource> resources, String suffix) {
        return matching(resources, resource -> ctx.readOnce(resource, resource.path() + suffix));
    }

    /** The resources that a Reference, or a list of them, names; without reporting anything. */
    private static List<Resource> targets(ReadContext ctx, Resource from, JsonValue references) {
        if (references == null) {
            return List.of();
        }
        List<Resource> targets = new ArrayList<>();
        for (JsonValue reference : references.isArray() ? references.values() : List.of(references)) {
            String text = referenceText(reference);
            if (text != null) {
                Resource target = ctx.index.resolve(text, from);
                if (target != null && !ctx.isOthers(target)) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }
}
