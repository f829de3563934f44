package org.recoverykit.fhir;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.NaturalSupport;
import org.recoverykit.model.RelationshipType;

/**
 * Maps a {@link NaturalSupport} to a RelatedPerson and back: the relationship as a code of
 * {@link FhirCodeSystems#RELATIONSHIP_TYPE} with the v3-RoleCode code beside it where one exists, name, telecom,
 * and the role in the plan and the life domains in extensions.
 */
final class RelatedPersonMapper {
    private static final Set<String> READ =
            ReadContext.resourceProperties("patient", "relationship", "name", "telecom");

    /** The v3-RoleCode of each relationship that has one. */
    private static final Map<RelationshipType, String> ROLE_CODES = Map.ofEntries(
            Map.entry(RelationshipType.MOTHER, "MTH"),
            Map.entry(RelationshipType.FATHER, "FTH"),
            Map.entry(RelationshipType.PARENT, "PRN"),
            Map.entry(RelationshipType.GUARDIAN, "GUARD"),
            Map.entry(RelationshipType.FOSTER_PARENT, "PRNFOST"),
            Map.entry(RelationshipType.SISTER, "SIS"),
            Map.entry(RelationshipType.BROTHER, "BRO"),
            Map.entry(RelationshipType.SIBLING, "SIB"),
            Map.entry(RelationshipType.CHILD, "CHILD"),
            Map.entry(RelationshipType.SPOUSE, "SPS"),
            Map.entry(RelationshipType.PARTNER, "DOMPART"),
            Map.entry(RelationshipType.GRANDPARENT, "GRPRN"),
            Map.entry(RelationshipType.OTHER_FAMILY, "FAMMEMB"),
            Map.entry(RelationshipType.FRIEND, "FRND"),
            Map.entry(RelationshipType.NEIGHBOUR, "NBOR"));

    private RelatedPersonMapper() {}

    static void write(WriteContext ctx, NaturalSupport support, int index) {
        ctx.begin("RelatedPerson", Places.naturalSupport(index));
        ctx.extString(FhirExtension.ROLE_IN_PLAN, support.getRoleInPlan());
        support.getLifeDomains()
                .forEach(domain -> ctx.extCoding(FhirExtension.LIFE_DOMAIN, FhirCodeSystems.LIFE_DOMAIN, domain));
        ctx.closeExtensions();
        ctx.identifier(support.getId());
        ctx.reference("patient", "Patient", ctx.id(Places.PERSON));
        if (support.getRelationship().isPresent()) {
            RelationshipType relationship = support.getRelationship().get();
            ctx.out.writeArrayPropertyStart("relationship");
            ctx.out.writeStartObject();
            ctx.out.writeArrayPropertyStart("coding");
            ctx.coding(FhirCodeSystems.RELATIONSHIP_TYPE, relationship);
            String roleCode = ROLE_CODES.get(relationship);
            if (roleCode != null) {
                ctx.coding(FhirCodeSystems.V3_ROLE_CODE, roleCode);
            }
            ctx.out.writeEndArray();
            ctx.out.writeEndObject();
            ctx.out.writeEndArray();
        }
        Datatypes.humanNames(ctx, support.getName());
        Datatypes.contactPoints(ctx, "telecom", support.getContactPoints());
        ctx.end();
    }

    static NaturalSupport read(ReadContext ctx, Resource related) {
        JsonValue node = related.node();
        String path = related.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        NaturalSupport.Builder support = NaturalSupport.builder()
                .id(ctx.index.modelId(related))
                .roleInPlan(ext.string(FhirExtension.ROLE_IN_PLAN))
                .lifeDomains(ext.codes(
                        FhirExtension.LIFE_DOMAIN,
                        FhirCodeSystems.LIFE_DOMAIN,
                        org.recoverykit.model.LifeDomain.class));
        ext.close();
        support.relationship(relationship(ctx, node, path));
        support.name(Datatypes.firstName(ctx, node, path));
        support.contactPoints(Datatypes.contactPoints(ctx, node, "telecom", path));
        ctx.skipOthers(node, path, READ);
        return support.build();
    }

    /** What a relationship concept that gives none of the model's is reported as. */
    private static final String NO_EQUIVALENT = "a relationship the model has no equivalent for";

    /**
     * Reads the relationship from the first concept that gives one of the model's, and reports the rest: the concepts
     * before it that give none, those after it, and the codings beside the one read other than its own code and its
     * v3-RoleCode. Where no concept gives one, the relationship as a whole is reported.
     */
    private static Optional<RelationshipType> relationship(ReadContext ctx, JsonValue node, String path) {
        return ctx.firstConcept(
                node,
                "relationship",
                path,
                FhirCodeSystems.RELATIONSHIP_TYPE,
                concept -> relationshipOf(ctx, concept),
                NO_EQUIVALENT,
                NO_EQUIVALENT,
                "a further relationship; the model holds one");
    }

    /**
     * Reads a relationship from one concept, from its own code or else its v3-RoleCode; an unknown own code is
     * reported, and so, where a relationship is read, is each coding beside the two that give it.
     */
    private static Optional<RelationshipType> relationshipOf(ReadContext ctx, ReadContext.Item concept) {
        Optional<RelationshipType> read = ctx.coded(
                        concept.node(), FhirCodeSystems.RELATIONSHIP_TYPE, RelationshipType.class, concept.path())
                .or(() -> ReadContext.code(concept.node(), FhirCodeSystems.V3_ROLE_CODE)
                        .flatMap(RelatedPersonMapper::byRoleCode));
        read.ifPresent(relationship -> ctx.otherCodings(
                concept.node(),
                concept.path(),
                coding -> ReadContext.isOfSystem(coding, FhirCodeSystems.RELATIONSHIP_TYPE)
                        || ReadContext.isCoding(coding, FhirCodeSystems.V3_ROLE_CODE, ROLE_CODES.get(relationship))));
        return read;
    }

    /** Gets the relationship whose v3-RoleCode a code is. */
    private static Optional<RelationshipType> byRoleCode(String code) {
        for (Map.Entry<RelationshipType, String> entry : ROLE_CODES.entrySet()) {
            if (entry.getValue().equals(code)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
