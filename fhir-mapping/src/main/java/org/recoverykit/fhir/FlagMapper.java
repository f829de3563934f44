package org.recoverykit.fhir;

import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Risk;
import org.recoverykit.model.RiskCategory;

/**
 * Maps a {@link Risk} to a Flag: category {@code behavioral} for relapse, self-harm, harm to others and
 * disengagement and {@code safety} otherwise, the risk category as the code with the description as its text,
 * the date it was evaluated as the start of the period; mitigation, backup plan and whether it was discussed
 * with the person are extensions.
 */
final class FlagMapper {
    private static final Set<String> READ =
            ReadContext.resourceProperties("status", "category", "code", "subject", "period");

    private FlagMapper() {}

    static void write(WriteContext ctx, Risk risk, String place) {
        ctx.begin("Flag", place);
        ctx.extString(FhirExtension.MITIGATION, risk.getMitigation());
        ctx.extString(FhirExtension.BACKUP_PLAN, risk.getBackupPlan());
        if (risk.isDiscussedWithPerson()) {
            ctx.extBoolean(FhirExtension.DISCUSSED_WITH_PERSON, true);
        }
        ctx.closeExtensions();
        ctx.identifier(risk.getId());
        ctx.out.writeStringProperty("status", "active");
        ctx.concepts("category", FhirCodeSystems.FLAG_CATEGORY, flagCategory(risk.getCategory()));
        ctx.out.writeObjectPropertyStart("code");
        ctx.out.writeArrayPropertyStart("coding");
        ctx.coding(FhirCodeSystems.RISK_CATEGORY, risk.getCategory());
        ctx.out.writeEndArray();
        ctx.string("text", risk.getDescription());
        ctx.out.writeEndObject();
        ctx.subject();
        if (risk.getEvaluatedOn().isPresent()) {
            ctx.out.writeObjectPropertyStart("period");
            ctx.date("start", risk.getEvaluatedOn().get());
            ctx.out.writeEndObject();
        }
        ctx.end();
    }

    /** The Flag category the writer gives a risk: behavioral for relapse, self-harm, harm and disengagement. */
    private static String flagCategory(RiskCategory category) {
        return switch (category) {
            case RELAPSE, SELF_HARM, HARM_TO_OTHERS, DISENGAGEMENT -> "behavioral";
            default -> "safety";
        };
    }

    static Risk read(ReadContext ctx, Resource flag) {
        JsonValue node = flag.node();
        String path = flag.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Risk.Builder risk = Risk.builder()
                .id(ctx.index.modelId(flag))
                .mitigation(ext.string(FhirExtension.MITIGATION))
                .backupPlan(ext.string(FhirExtension.BACKUP_PLAN))
                .discussedWithPerson(
                        ext.bool(FhirExtension.DISCUSSED_WITH_PERSON).orElse(false));
        ext.close();
        JsonValue code = ctx.object(node, "code", path);
        Optional<RiskCategory> category =
                ctx.codedOnly(code, FhirCodeSystems.RISK_CATEGORY, RiskCategory.class, path + ".code");
        if (category.isEmpty()) {
            ctx.skipReadAs(path + ".code", "no risk category", "read as other");
        }
        RiskCategory read = category.orElse(RiskCategory.OTHER);
        risk.category(read);
        ctx.derivedConcepts(node, "category", path, FhirCodeSystems.FLAG_CATEGORY, flagCategory(read));
        risk.description(code == null ? Optional.empty() : ctx.string(code, "text", path + ".code"));
        JsonValue period = ctx.object(node, "period", path);
        if (period != null) {
            risk.evaluatedOn(ctx.date(period, "start", path + ".period"));
            ctx.skipOthers(period, path + ".period", PeriodMapper.START);
        }
        ctx.derived(node, "status", path, "active");
        ctx.skipOthers(node, path, READ);
        return risk.build();
    }
}
