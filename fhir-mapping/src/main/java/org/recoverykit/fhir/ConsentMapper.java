package org.recoverykit.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Agreement;
import org.recoverykit.model.AgreementDecision;
import org.recoverykit.model.AgreementMethod;

/**
 * Maps an {@link Agreement} to a Consent: status {@code active}, scope {@code treatment}, category LOINC 59284-0
 * Patient Consent, the date agreed, and a provision that permits, or denies where the member disagreed or
 * declined to sign, whose data is the plan's CarePlan; the member, method and decision are extensions.
 *
 * <p>The writer writes no {@code performer}: a Consent's performer, which may be the Patient, an Organization or
 * anyone else, is reported rather than taken for a team member's id. A Consent without the member extension is
 * read as the person's.
 */
final class ConsentMapper {
    private static final String PATIENT_CONSENT = "59284-0";
    private static final Set<String> READ = ReadContext.resourceProperties(
            "status", "scope", "category", "patient", "dateTime", "policyRule", "provision");

    /** What the writer writes of a Consent's provision: permit or deny, and the plan as its data. */
    private static final Set<String> PROVISION = Set.of("type", "data");

    private static final Set<String> DATA = Set.of("meaning", "reference");

    private ConsentMapper() {}

    static void write(WriteContext ctx, Agreement agreement, String place, String carePlanId) {
        ctx.begin("Consent", place);
        ctx.extString(FhirExtension.TEAM_MEMBER, agreement.getMemberId());
        ctx.extCoding(FhirExtension.AGREEMENT_METHOD, FhirCodeSystems.AGREEMENT_METHOD, agreement.getMethod());
        ctx.extCoding(FhirExtension.AGREEMENT_DECISION, FhirCodeSystems.AGREEMENT_DECISION, agreement.getDecision());
        ctx.closeExtensions();
        ctx.out.writeStringProperty("status", "active");
        ctx.concept("scope", FhirCodeSystems.CONSENT_SCOPE, "treatment");
        ctx.out.writeArrayPropertyStart("category");
        ctx.displayedConcept(FhirCodeSystems.LOINC, PATIENT_CONSENT, "Patient Consent");
        ctx.out.writeEndArray();
        ctx.reference("patient", "Patient", ctx.id(Places.PERSON));
        ctx.date("dateTime", agreement.getAgreedOn());
        ctx.concept("policyRule", FhirCodeSystems.V3_ACT_CODE, "OPTIN");
        ctx.out.writeObjectPropertyStart("provision");
        ctx.out.writeStringProperty("type", agreement.getDecision() == AgreementDecision.AGREED ? "permit" : "deny");
        ctx.out.writeArrayPropertyStart("data");
        ctx.out.writeStartObject();
        ctx.out.writeStringProperty("meaning", "related");
        ctx.reference("reference", "CarePlan", carePlanId);
        ctx.out.writeEndObject();
        ctx.out.writeEndArray();
        ctx.out.writeEndObject();
        ctx.end();
    }

    static Agreement read(ReadContext ctx, Resource consent) {
        JsonValue node = consent.node();
        String path = consent.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Agreement.Builder agreement = Agreement.builder()
                .memberId(ext.string(FhirExtension.TEAM_MEMBER).orElse("person"))
                .method(ext.code(
                        FhirExtension.AGREEMENT_METHOD, FhirCodeSystems.AGREEMENT_METHOD, AgreementMethod.class));
        Optional<AgreementDecision> extension =
                ext.code(FhirExtension.AGREEMENT_DECISION, FhirCodeSystems.AGREEMENT_DECISION, AgreementDecision.class);
        ext.close();
        JsonValue provision = ctx.object(node, "provision", path);
        String at = path + ".provision";
        AgreementDecision decision = extension.orElseGet(() -> {
            boolean deny = provision != null
                    && ctx.string(provision, "type", at).filter("deny"::equals).isPresent();
            return deny ? AgreementDecision.DISAGREED : AgreementDecision.AGREED;
        });
        if (provision != null) {
            if (extension.isPresent()) {
                ctx.derived(provision, "type", at, decision == AgreementDecision.AGREED ? "permit" : "deny");
            }
            List<ReadContext.Item> data = ctx.array(provision, "data", at);
            if (!data.isEmpty()) {
                ctx.derived(data.get(0).node(), "meaning", data.get(0).path(), "related");
                ctx.skipOthers(data.get(0).node(), data.get(0).path(), DATA);
            }
            ctx.skipFurther(data, ReadContext.NO_PLACE);
            ctx.skipOthers(provision, at, PROVISION);
        }
        agreement.decision(decision).agreedOn(ctx.date(node, "dateTime", path));
        ctx.derived(node, "status", path, "active");
        ctx.derivedCoding(node, "scope", FhirCodeSystems.CONSENT_SCOPE, path, "treatment");
        ctx.derivedCoding(node, "policyRule", FhirCodeSystems.V3_ACT_CODE, path, "OPTIN");
        ctx.derivedConcepts(node, "category", path, FhirCodeSystems.LOINC, PATIENT_CONSENT);
        ctx.skipOthers(node, path, READ);
        return agreement.build();
    }

    /** Gets the reference to the plan a Consent is about: its provision's first data reference. */
    static JsonValue planReference(JsonValue consent) {
        JsonValue provision = consent.get("provision");
        JsonValue data = provision == null ? null : provision.get("data");
        JsonValue first = data != null && data.isArray() && !data.isEmpty() ? data.get(0) : null;
        return first == null ? null : first.get("reference");
    }
}
