package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.CrisisContact;
import org.recoverykit.model.CrisisPlan;

/**
 * Maps a {@link CrisisPlan} to a CarePlan of category SNOMED CT 736253002 Mental health crisis plan, {@code partOf}
 * the recovery plan's CarePlan, with the plan's status; each section is a repeated string extension and each
 * contact a {@link FhirExtension#CRISIS_CONTACT}; the date agreed and the next review are extensions.
 */
final class CrisisPlanMapper {
    static final String MENTAL_HEALTH_CRISIS_PLAN = "736253002";
    private static final Set<String> READ =
            ReadContext.resourceProperties("status", "intent", "category", "subject", "partOf");

    /** The sections, each an extension and the attribute it holds, to get and to set. */
    private record Section(
            FhirExtension extension,
            Function<CrisisPlan, List<String>> get,
            BiConsumer<CrisisPlan.Builder, List<String>> set) {}

    private static final List<Section> SECTIONS = List.of(
            new Section(
                    FhirExtension.CRISIS_WARNING_SIGN, CrisisPlan::getWarningSigns, CrisisPlan.Builder::warningSigns),
            new Section(
                    FhirExtension.CRISIS_COPING_STRATEGY,
                    CrisisPlan::getCopingStrategies,
                    CrisisPlan.Builder::copingStrategies),
            new Section(
                    FhirExtension.CRISIS_DISTRACTION, CrisisPlan::getDistractions, CrisisPlan.Builder::distractions),
            new Section(FhirExtension.CRISIS_KEEPING_SAFE, CrisisPlan::getKeepingSafe, CrisisPlan.Builder::keepingSafe),
            new Section(FhirExtension.CRISIS_WHAT_HELPS, CrisisPlan::getWhatHelps, CrisisPlan.Builder::whatHelps),
            new Section(
                    FhirExtension.CRISIS_WHAT_DOES_NOT_HELP,
                    CrisisPlan::getWhatDoesNotHelp,
                    CrisisPlan.Builder::whatDoesNotHelp),
            new Section(
                    FhirExtension.CRISIS_PREFERRED_PLACE_OF_CARE,
                    CrisisPlan::getPreferredPlacesOfCare,
                    CrisisPlan.Builder::preferredPlacesOfCare),
            new Section(
                    FhirExtension.CRISIS_PLACE_TO_AVOID,
                    CrisisPlan::getPlacesToAvoid,
                    CrisisPlan.Builder::placesToAvoid),
            new Section(
                    FhirExtension.CRISIS_WHEN_OTHERS_TAKE_OVER,
                    CrisisPlan::getWhenOthersTakeOver,
                    CrisisPlan.Builder::whenOthersTakeOver),
            new Section(
                    FhirExtension.CRISIS_AFTER_CRISIS, CrisisPlan::getAfterCrisis, CrisisPlan.Builder::afterCrisis));

    private static final String PEOPLE_TO_ASK = "people-to-ask";
    private static final String PEOPLE_NOT_TO_INVOLVE = "people-not-to-involve";
    private static final String PROFESSIONALS = "professionals";
    /** The codes of the lists a crisis contact may be on. */
    private static final Set<String> LISTS = Set.of(PEOPLE_TO_ASK, PEOPLE_NOT_TO_INVOLVE, PROFESSIONALS);

    private CrisisPlanMapper() {}

    static void write(WriteContext ctx, CrisisPlan crisis, String place, String carePlanId, String status) {
        ctx.begin("CarePlan", place);
        for (Section section : SECTIONS) {
            ctx.extStrings(section.extension(), section.get().apply(crisis));
        }
        contacts(ctx, PEOPLE_TO_ASK, crisis.getPeopleToAsk());
        contacts(ctx, PEOPLE_NOT_TO_INVOLVE, crisis.getPeopleNotToInvolve());
        contacts(ctx, PROFESSIONALS, crisis.getProfessionals());
        ctx.extDate(FhirExtension.AGREED_ON, crisis.getAgreedOn());
        ctx.extDate(FhirExtension.NEXT_REVIEW_DUE, crisis.getReviewDue());
        ctx.closeExtensions();
        ctx.identifier(crisis.getId());
        ctx.out.writeArrayPropertyStart("partOf");
        ctx.reference("CarePlan", carePlanId);
        ctx.out.writeEndArray();
        ctx.out.writeStringProperty("status", status);
        ctx.out.writeStringProperty("intent", "plan");
        ctx.out.writeArrayPropertyStart("category");
        ctx.displayedConcept(FhirCodeSystems.SNOMED, MENTAL_HEALTH_CRISIS_PLAN, "Mental health crisis plan");
        ctx.out.writeEndArray();
        ctx.subject();
        ctx.end();
    }

    private static void contacts(WriteContext ctx, String list, List<CrisisContact> contacts) {
        for (CrisisContact contact : contacts) {
            ctx.startComplex(FhirExtension.CRISIS_CONTACT);
            ctx.part("list");
            ctx.out.writeStringProperty("valueCode", list);
            ctx.out.writeEndObject();
            if (contact.getNaturalSupportId().isPresent()) {
                ctx.part("naturalSupport");
                ctx.referenceById(
                        "valueReference",
                        "RelatedPerson",
                        Places.NATURAL_SUPPORT,
                        contact.getNaturalSupportId().get());
                ctx.out.writeEndObject();
            }
            ctx.partString("teamMember", contact.getTeamMemberId());
            ctx.partString("name", contact.getName());
            for (org.recoverykit.model.ContactPoint point : contact.getContactPoints()) {
                ctx.part("telecom");
                ctx.out.writeName("valueContactPoint");
                Datatypes.contactPoint(ctx, point);
                ctx.out.writeEndObject();
            }
            ctx.partString("note", contact.getNote());
            ctx.endComplex();
        }
    }

    static boolean isCrisisPlan(JsonValue carePlan) {
        return ReadContext.hasCode(carePlan.get("category"), FhirCodeSystems.SNOMED, MENTAL_HEALTH_CRISIS_PLAN);
    }

    /** Reads a crisis plan whose recovery plan's status, which the writer gives it too, is {@code status}. */
    static CrisisPlan read(ReadContext ctx, Resource carePlan, String status) {
        JsonValue node = carePlan.node();
        String path = carePlan.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        CrisisPlan.Builder crisis = CrisisPlan.builder().id(ctx.index.modelId(carePlan));
        for (Section section : SECTIONS) {
            section.set().accept(crisis, ext.strings(section.extension()));
        }
        List<CrisisContact> ask = new ArrayList<>();
        List<CrisisContact> notToInvolve = new ArrayList<>();
        List<CrisisContact> professionals = new ArrayList<>();
        for (ExtensionReader part : ext.complex(FhirExtension.CRISIS_CONTACT)) {
            String list = part.part("list")
                    .map(item -> ctx.mappedOr(
                            item.node(),
                            "valueCode",
                            code -> LISTS.contains(code) ? code : null,
                            item.path(),
                            PEOPLE_TO_ASK,
                            PEOPLE_TO_ASK))
                    .orElse(PEOPLE_TO_ASK);
            CrisisContact.Builder contact = CrisisContact.builder()
                    .naturalSupportId(part.part("naturalSupport")
                            .flatMap(item -> ctx.referenceId(item.node(), "valueReference", carePlan, item.path())))
                    .teamMemberId(part.part("teamMember")
                            .flatMap(item -> ctx.string(item.node(), "valueString", item.path())))
                    .name(part.part("name").flatMap(item -> ctx.string(item.node(), "valueString", item.path())));
            for (ExtensionReader.Item item : part.parts("telecom")) {
                JsonValue point = ctx.object(item.node(), "valueContactPoint", item.path());
                if (point != null) {
                    Datatypes.contactPoint(ctx, point, item.path() + ".valueContactPoint")
                            .ifPresent(contact::addContactPoint);
                }
            }
            contact.note(part.part("note").flatMap(item -> ctx.string(item.node(), "valueString", item.path())));
            part.close();
            switch (list) {
                case PEOPLE_NOT_TO_INVOLVE -> notToInvolve.add(contact.build());
                case PROFESSIONALS -> professionals.add(contact.build());
                default -> ask.add(contact.build());
            }
        }
        crisis.peopleToAsk(ask).peopleNotToInvolve(notToInvolve).professionals(professionals);
        crisis.agreedOn(ext.date(FhirExtension.AGREED_ON)).reviewDue(ext.date(FhirExtension.NEXT_REVIEW_DUE));
        ext.close();
        ctx.derived(node, "status", path, status);
        ctx.derived(node, "intent", path, "plan");
        ctx.derivedConcepts(node, "category", path, FhirCodeSystems.SNOMED, MENTAL_HEALTH_CRISIS_PLAN);
        ctx.skipOthers(node, path, READ);
        return crisis.build();
    }
}
