package org.recoverykit.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.DomainAssessment;
import org.recoverykit.model.LifeDomain;

/**
 * Maps a {@link DomainAssessment} to a Condition of category {@code health-concern}, with the domain's first SDOH
 * category beside it where one exists; the domain is the code, the assessment date the recorded date, and the
 * person's view, needs, strengths, barriers and priority are extensions.
 */
final class ConditionMapper {
    private static final String HEALTH_CONCERN = "health-concern";
    private static final Set<String> READ =
            ReadContext.resourceProperties("category", "code", "subject", "recordedDate");

    private ConditionMapper() {}

    static String place(int i) {
        return "domainAssessments/" + i;
    }

    static void write(WriteContext ctx, DomainAssessment assessment, int index) {
        ctx.begin("Condition", place(index));
        ctx.extString(FhirExtension.PERSONS_VIEW, assessment.getPersonsView());
        ctx.extStrings(FhirExtension.NEED, assessment.getNeeds());
        ctx.extStrings(FhirExtension.STRENGTH, assessment.getStrengths());
        ctx.extStrings(FhirExtension.BARRIER, assessment.getBarriers());
        ctx.extPositiveInt(FhirExtension.PRIORITY, assessment.getPriority());
        ctx.closeExtensions();
        ctx.identifier(assessment.getId());
        ctx.out.writeArrayPropertyStart("category");
        ctx.concept(FhirCodeSystems.CONDITION_CATEGORY, HEALTH_CONCERN);
        List<String> sdoh = assessment.getLifeDomain().getSdohCategories();
        if (!sdoh.isEmpty()) {
            ctx.concept(FhirCodeSystems.SDOH_CATEGORY, sdoh.get(0));
        }
        ctx.out.writeEndArray();
        ctx.concept(
                "code", FhirCodeSystems.LIFE_DOMAIN, assessment.getLifeDomain().getCode());
        ctx.subject();
        ctx.date("recordedDate", assessment.getAssessedOn());
        ctx.end();
    }

    /** Whether a Condition is a health concern, which this mapper reads; other Conditions are skipped. */
    static boolean isHealthConcern(JsonValue condition) {
        return ReadContext.hasCode(condition.get("category"), FhirCodeSystems.CONDITION_CATEGORY, HEALTH_CONCERN);
    }

    static Optional<DomainAssessment> read(ReadContext ctx, Resource condition) {
        JsonValue node = condition.node();
        String path = condition.path();
        Optional<LifeDomain> domain = GoalMapper.lifeDomain(ctx, node.get("code"), path + ".code");
        if (domain.isEmpty()) {
            ctx.skip(path, "a health concern in no life domain the model knows");
            return Optional.empty();
        }
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        DomainAssessment.Builder assessment = DomainAssessment.builder()
                .id(ctx.index.modelId(condition))
                .lifeDomain(domain.get())
                .personsView(ext.string(FhirExtension.PERSONS_VIEW))
                .needs(ext.strings(FhirExtension.NEED))
                .strengths(ext.strings(FhirExtension.STRENGTH))
                .barriers(ext.strings(FhirExtension.BARRIER))
                .priority(ext.positiveInt(FhirExtension.PRIORITY))
                .assessedOn(ctx.date(node, "recordedDate", path));
        ext.close();
        ctx.otherCodings(node.get("code"), path + ".code", FhirCodeSystems.LIFE_DOMAIN, FhirCodeSystems.SDOH_CATEGORY);
        List<String> sdoh = domain.get().getSdohCategories();
        if (sdoh.isEmpty()) {
            ctx.derivedConcepts(node, "category", path, FhirCodeSystems.CONDITION_CATEGORY, HEALTH_CONCERN);
        } else {
            ctx.derivedConcepts(
                    node,
                    "category",
                    path,
                    FhirCodeSystems.CONDITION_CATEGORY,
                    HEALTH_CONCERN,
                    FhirCodeSystems.SDOH_CATEGORY,
                    sdoh.get(0));
        }
        ctx.skipOthers(node, path, READ);
        return Optional.of(assessment.build());
    }
}
