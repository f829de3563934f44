package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.HumanName;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;

/**
 * Maps a plan's team to a CareTeam: one participant per {@link TeamMember}, whose id is the member's id, whose
 * role is a code of {@link FhirCodeSystems#TEAM_ROLE} (with SNOMED CT 116154003 Patient for the person and
 * 133932002 Caregiver for family and natural supporters), and whose member is the Patient, a RelatedPerson, or a
 * contained Practitioner with the member's name and contact points; the organization is {@code onBehalfOf}'s
 * display.
 */
final class CareTeamMapper {
    /** What the model holds of a CareTeam, or the writer derives: its name, period or category it does not hold. */
    private static final Set<String> READ =
            Set.of("resourceType", "id", "meta", "text", "status", "subject", "participant");

    private static final Set<String> PARTICIPANT = Set.of("id", "extension", "role", "member", "onBehalfOf");
    private static final Set<String> PRACTITIONER = ReadContext.resourceProperties("name", "telecom");
    /** SNOMED CT 116154003 Patient, which the writer writes beside the person's role. */
    private static final String PATIENT = "116154003";
    /** SNOMED CT 133932002 Caregiver, which the writer writes beside a family member's or natural supporter's role. */
    private static final String CAREGIVER = "133932002";

    private CareTeamMapper() {}

    static String place(int p) {
        return Places.plan(p) + "/team";
    }

    static void write(WriteContext ctx, List<TeamMember> team, int p, boolean active) {
        ctx.begin("CareTeam", place(p));
        boolean anyContained = false;
        for (int i = 0; i < team.size(); i++) {
            TeamMember member = team.get(i);
            if (isPractitioner(member)) {
                if (!anyContained) {
                    ctx.out.writeArrayPropertyStart("contained");
                    anyContained = true;
                }
                ctx.out.writeStartObject();
                ctx.out.writeStringProperty("resourceType", "Practitioner");
                ctx.out.writeStringProperty("id", "m" + i);
                Datatypes.humanNames(ctx, member.getName());
                Datatypes.contactPoints(ctx, "telecom", member.getContactPoints());
                ctx.out.writeEndObject();
            }
        }
        if (anyContained) {
            ctx.out.writeEndArray();
        }
        ctx.out.writeStringProperty("status", status(active));
        ctx.subject();
        if (!team.isEmpty()) {
            ctx.out.writeArrayPropertyStart("participant");
            for (int i = 0; i < team.size(); i++) {
                participant(ctx, team.get(i), i);
            }
            ctx.out.writeEndArray();
        }
        ctx.end();
    }

    private static boolean isPractitioner(TeamMember member) {
        return member.getPersonId().isEmpty()
                && member.getNaturalSupportId().isEmpty()
                && (member.getName().isPresent() || !member.getContactPoints().isEmpty());
    }

    private static void participant(WriteContext ctx, TeamMember member, int i) {
        ctx.out.writeStartObject();
        ctx.out.writeStringProperty("id", member.getId());
        if (!isPractitioner(member)) { // the member is the Patient or a RelatedPerson, which hold its name elsewhere
            if (member.getName().isPresent()) {
                ctx.extHumanName(FhirExtension.MEMBER_NAME, member.getName().get());
            }
            ctx.extContactPoints(FhirExtension.MEMBER_TELECOM, member.getContactPoints());
            ctx.closeExtensions();
        }
        ctx.out.writeArrayPropertyStart("role");
        ctx.out.writeStartObject();
        ctx.out.writeArrayPropertyStart("coding");
        ctx.coding(FhirCodeSystems.TEAM_ROLE, member.getRole());
        String snomed = snomed(member.getRole());
        if (snomed != null) {
            ctx.coding(FhirCodeSystems.SNOMED, snomed, snomed.equals(PATIENT) ? "Patient" : "Caregiver");
        }
        ctx.out.writeEndArray();
        ctx.out.writeEndObject();
        ctx.out.writeEndArray();
        if (member.getPersonId().isPresent()) {
            String personId = member.getPersonId().get();
            if (personId.equals(ctx.record.getPerson().getId())) {
                ctx.reference("member", "Patient", ctx.id(Places.PERSON));
            } else {
                ctx.referenceById("member", "Patient", Places.PERSON, personId);
            }
        } else if (member.getNaturalSupportId().isPresent()) {
            ctx.referenceById(
                    "member",
                    "RelatedPerson",
                    Places.NATURAL_SUPPORT,
                    member.getNaturalSupportId().get());
        } else if (isPractitioner(member)) {
            ctx.out.writeObjectPropertyStart("member");
            ctx.out.writeStringProperty("reference", "#m" + i);
            ctx.out.writeEndObject();
        }
        Optional<String> organization = WriteContext.nonBlank(member.getOrganization());
        if (organization.isPresent()) {
            ctx.out.writeName("onBehalfOf");
            ctx.display(organization.get());
        }
        ctx.out.writeEndObject();
    }

    /** The CareTeam status the writer gives the team of a plan that is active, or of one that is not. */
    private static String status(boolean active) {
        return active ? "active" : "inactive";
    }

    static List<TeamMember> read(ReadContext ctx, Resource careTeam, boolean active) {
        JsonValue node = careTeam.node();
        String path = careTeam.path();
        ctx.derived(node, "status", path, status(active));
        List<ReadContext.Item> participants = ctx.array(node, "participant", path);
        List<TeamMember> team = new ArrayList<>(participants.size());
        for (ReadContext.Item participant : participants) {
            member(ctx, participant, careTeam).ifPresent(team::add);
        }
        ctx.skipOthers(node, path, READ);
        return team;
    }

    /** Reads a team member from a participant; one without an id is numbered by its index in the input. */
    private static Optional<TeamMember> member(ReadContext ctx, ReadContext.Item item, Resource careTeam) {
        JsonValue participant = item.node();
        String path = item.path();
        String teamId = ctx.index.modelId(careTeam); // first, as ids are numbered in the order they are made
        TeamMember.Builder member = TeamMember.builder()
                .id(ctx.string(participant, "id", path).orElseGet(() -> teamId + "-member-" + (item.index() + 1)));
        member.role(role(ctx, participant, path));
        JsonValue reference = ctx.object(participant, "member", path);
        boolean named = false;
        if (reference != null) {
            String at = path + ".member";
            if (reference.has("reference")) {
                Optional<Resource> target = ctx.resource(reference, careTeam, at);
                if (target.isPresent()) {
                    switch (target.get().type()) {
                        case "Patient" -> member.personId(ctx.index.modelId(target.get()));
                        case "RelatedPerson" -> member.naturalSupportId(ctx.index.modelId(target.get()));
                        case "Practitioner" -> {
                            named = practitioner(ctx, target.get(), member);
                            ctx.markRead(target.get());
                        }
                        default -> ctx.skip(at, "a member the model has no place for");
                    }
                }
            } else {
                Optional<String> logical = ReadContext.identifierValue(reference);
                String type = ctx.string(reference, "type", at).orElse("");
                if (logical.isPresent() && type.equals("Patient")) {
                    member.personId(logical);
                } else if (logical.isPresent() && type.equals("RelatedPerson")) {
                    member.naturalSupportId(logical);
                } else {
                    ctx.skip(at, "a member that names no resource");
                }
            }
        }
        JsonValue onBehalfOf = ctx.object(participant, "onBehalfOf", path);
        if (onBehalfOf != null) {
            member.organization(Datatypes.display(ctx, onBehalfOf, path + ".onBehalfOf"));
        }
        ExtensionReader ext = new ExtensionReader(ctx, participant, path);
        Optional<ExtensionReader.Item> name = ext.value(FhirExtension.MEMBER_NAME, "valueHumanName");
        if (name.isPresent() && named) { // a Practitioner's name is its own, which the writer writes there
            ctx.skip(name.get().path(), "a member name beside the Practitioner's own; the model holds one");
        } else if (name.isPresent()) {
            member.name(Datatypes.humanName(ctx, name.get().node(), name.get().path(), false));
        }
        member.addAllContactPoints(ext.contactPoints(FhirExtension.MEMBER_TELECOM));
        ext.close();
        ctx.skipOthers(participant, path, PARTICIPANT);
        return Optional.of(member.build());
    }

    /**
     * Reads a member's name and contact points from their Practitioner, contained or an entry of its own, and reports
     * what else it holds; reading the same Practitioner for two members reports it once (see ReadContext).
     *
     * @return whether the Practitioner has a name
     */
    private static boolean practitioner(ReadContext ctx, Resource practitioner, TeamMember.Builder member) {
        JsonValue node = practitioner.node();
        String path = practitioner.path();
        new ExtensionReader(ctx, node, path).close();
        Optional<HumanName> name = Datatypes.firstName(ctx, node, path);
        member.name(name).contactPoints(Datatypes.contactPoints(ctx, node, "telecom", path));
        ctx.skipOthers(node, path, PRACTITIONER);
        return name.isPresent();
    }

    /** What a role concept that gives none of the model's is reported as. */
    private static final String NO_EQUIVALENT = "a role the model has no equivalent for";

    /**
     * Reads a member's role from the first concept that gives one of the model's, and reports the rest: the concepts
     * before it that give none, those after it, and the codings beside the one read other than its own code and the
     * SNOMED CT code the writer writes beside it. Where no concept gives one, the role is reported and read as other.
     */
    private static TeamRole role(ReadContext ctx, JsonValue participant, String path) {
        return ctx.firstConcept(
                        participant,
                        "role",
                        path,
                        FhirCodeSystems.TEAM_ROLE,
                        role -> roleOf(ctx, role),
                        NO_EQUIVALENT,
                        NO_EQUIVALENT + "; read as other",
                        "a further role; the model holds one")
                .orElse(TeamRole.OTHER);
    }

    /**
     * Reads a role from one concept, from its own code or else SNOMED CT's Patient or Caregiver; an unknown own code
     * is reported, and so, where a role is read, is each coding beside the two the writer writes.
     */
    private static Optional<TeamRole> roleOf(ReadContext ctx, ReadContext.Item role) {
        JsonValue concept = role.node();
        Optional<TeamRole> read = ctx.coded(concept, FhirCodeSystems.TEAM_ROLE, TeamRole.class, role.path());
        if (read.isEmpty() && ReadContext.hasCode(concept, FhirCodeSystems.SNOMED, PATIENT)) {
            read = Optional.of(TeamRole.PERSON);
        } else if (read.isEmpty() && ReadContext.hasCode(concept, FhirCodeSystems.SNOMED, CAREGIVER)) {
            read = Optional.of(TeamRole.NATURAL_SUPPORT);
        }
        read.ifPresent(r -> ctx.otherCodings(
                concept,
                role.path(),
                coding -> ReadContext.isOfSystem(coding, FhirCodeSystems.TEAM_ROLE)
                        || ReadContext.isCoding(coding, FhirCodeSystems.SNOMED, snomed(r))));
        return read;
    }

    /** Gets the SNOMED CT code the writer writes beside a role: Patient, Caregiver, or null for none. */
    private static String snomed(TeamRole role) {
        return switch (role) {
            case PERSON -> PATIENT;
            case FAMILY, NATURAL_SUPPORT -> CAREGIVER;
            default -> null;
        };
    }
}
