package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.HumanName;
import org.recoverykit.model.Identifier;
import org.recoverykit.model.LanguagePreference;
import org.recoverykit.model.NaturalSupport;
import org.recoverykit.model.Person;

/**
 * Maps the {@link Person} to a Patient and back: legal name ({@code use=official}) and preferred name
 * ({@code use=usual}, as text), birth date, languages as {@code communication}, the interpreter-required
 * extension, telecom, addresses, and the person's own words about themselves in extensions.
 */
final class PatientMapper {
    private static final Set<String> READ =
            ReadContext.resourceProperties("identifier", "name", "birthDate", "communication", "telecom", "address");

    private static final Set<String> IDENTIFIER = Set.of("system", "value");
    private static final Set<String> PREFERRED_NAME = Set.of("use", "text");
    private static final Set<String> COMMUNICATION = Set.of("language", "preferred");

    private PatientMapper() {}

    static void write(WriteContext ctx, Person person) {
        ctx.begin("Patient", Places.PERSON);
        if (!ctx.bundled()) {
            ctx.extString(FhirExtension.RECORD, ctx.record.getId());
        }
        ctx.extString(FhirExtension.PRONOUNS, person.getPronouns());
        if (person.isInterpreterNeeded()) {
            ctx.extBoolean(FhirCodeSystems.INTERPRETER_REQUIRED, true);
        }
        ctx.extStrings(FhirExtension.CULTURAL_PREFERENCE, person.getCulturalPreferences());
        ctx.extStrings(FhirExtension.IDENTITY_PREFERENCE, person.getIdentityPreferences());
        ctx.extStrings(FhirExtension.COMMUNICATION_PREFERENCE, person.getCommunicationPreferences());
        ctx.extStrings(FhirExtension.STRENGTH, person.getStrengths());
        ctx.extStrings(FhirExtension.INTEREST, person.getInterests());
        ctx.extStrings(FhirExtension.TALENT, person.getTalents());
        ctx.closeExtensions();
        ctx.out.writeArrayPropertyStart("identifier");
        for (Identifier identifier : person.getIdentifiers()) {
            ctx.out.writeStartObject();
            ctx.string("system", Optional.of(identifier.getSystem()));
            ctx.out.writeStringProperty("value", identifier.getValue());
            ctx.out.writeEndObject();
        }
        ctx.identifierValue(person.getId()); // last, so Patient.identifier[i] is the person's identifiers/i
        ctx.out.writeEndArray();
        Optional<HumanName> name = person.getName().filter(Datatypes::hasText);
        Optional<String> preferredName = WriteContext.nonBlank(person.getPreferredName());
        if (name.isPresent() || preferredName.isPresent()) {
            ctx.out.writeArrayPropertyStart("name");
            if (name.isPresent()) {
                Datatypes.humanName(ctx, name.get(), "official");
            }
            if (preferredName.isPresent()) {
                ctx.out.writeStartObject();
                ctx.out.writeStringProperty("use", "usual");
                ctx.out.writeStringProperty("text", preferredName.get());
                ctx.out.writeEndObject();
            }
            ctx.out.writeEndArray();
        }
        Datatypes.contactPoints(ctx, "telecom", person.getTelecom());
        ctx.date("birthDate", person.getBirthDate());
        Datatypes.addresses(ctx, person.getAddresses());
        if (!person.getLanguages().isEmpty()) {
            ctx.out.writeArrayPropertyStart("communication");
            for (LanguagePreference language : person.getLanguages()) {
                ctx.out.writeStartObject();
                ctx.concept("language", FhirCodeSystems.BCP_47, language.getCode());
                if (language.isPreferred()) {
                    ctx.out.writeBooleanProperty("preferred", true);
                }
                ctx.out.writeEndObject();
            }
            ctx.out.writeEndArray();
        }
        ctx.end();
        for (int i = 0; i < person.getNaturalSupports().size(); i++) {
            RelatedPersonMapper.write(ctx, person.getNaturalSupports().get(i), i);
        }
    }

    /** The person read from a Patient, and the record id if the Patient carries one. */
    record Read(Person person, Optional<String> recordId) {}

    /** Reads the person, and the record id that the Patient may carry. */
    static Read read(ReadContext ctx, Resource patient, List<Resource> relatedPersons) {
        JsonValue node = patient.node();
        String path = patient.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Optional<String> recordId = ext.string(FhirExtension.RECORD);
        Person.Builder person = Person.builder()
                .id(ctx.index.modelId(patient))
                .pronouns(ext.string(FhirExtension.PRONOUNS))
                .interpreterNeeded(
                        ext.bool(FhirCodeSystems.INTERPRETER_REQUIRED).orElse(false))
                .culturalPreferences(ext.strings(FhirExtension.CULTURAL_PREFERENCE))
                .identityPreferences(ext.strings(FhirExtension.IDENTITY_PREFERENCE))
                .communicationPreferences(ext.strings(FhirExtension.COMMUNICATION_PREFERENCE))
                .strengths(ext.strings(FhirExtension.STRENGTH))
                .interests(ext.strings(FhirExtension.INTEREST))
                .talents(ext.strings(FhirExtension.TALENT));
        ext.close();
        person.identifiers(identifiers(ctx, node, path));
        readNames(ctx, node, path, person);
        person.telecom(Datatypes.contactPoints(ctx, node, "telecom", path));
        person.birthDate(ctx.date(node, "birthDate", path));
        person.addresses(Datatypes.addresses(ctx, node, path));
        person.languages(languages(ctx, node, path));
        ctx.skipOthers(node, path, READ);
        List<NaturalSupport> supports = new ArrayList<>();
        for (Resource related : relatedPersons) {
            supports.add(RelatedPersonMapper.read(ctx, related));
        }
        return new Read(person.naturalSupports(supports).build(), recordId);
    }

    private static List<Identifier> identifiers(ReadContext ctx, JsonValue node, String path) {
        List<Identifier> identifiers = new ArrayList<>();
        for (ReadContext.Item identifier : ctx.array(node, "identifier", path)) {
            String at = identifier.path();
            Optional<String> system = ctx.string(identifier.node(), "system", at);
            Optional<String> value = ctx.string(identifier.node(), "value", at);
            if (system.filter(FhirCodeSystems.ID::equals).isPresent()) {
                continue;
            }
            if (system.isPresent() && value.isPresent()) {
                ctx.skipOthers(identifier.node(), at, IDENTIFIER);
                identifiers.add(Identifier.builder()
                        .system(system.get())
                        .value(value.get())
                        .build());
            } else {
                ctx.skip(at, "an identifier without a system and a value");
            }
        }
        return identifiers;
    }

    /** The uses of a HumanName that say it is not the person's legal name now. */
    private static final Set<String> NOT_LEGAL = Set.of("old", "nickname", "anonymous", "temp", "maiden");

    /**
     * Reads the legal name (the first official name, else the first name whose use does not say it is no legal
     * name) and the preferred name. A name that an official one replaces as the legal name, and a name that is
     * old, a nickname, anonymous, temporary or a maiden name, are reported as further names.
     */
    private static void readNames(ReadContext ctx, JsonValue node, String path, Person.Builder person) {
        Optional<HumanName> legal = Optional.empty();
        String legalAt = null;
        boolean official = false;
        for (ReadContext.Item item : ctx.array(node, "name", path)) {
            JsonValue name = item.node();
            String at = item.path();
            Optional<String> use = ctx.string(name, "use", at);
            if (use.filter("usual"::equals).isPresent() && !name.has("given") && !name.has("family")) {
                person.preferredName(ctx.string(name, "text", at));
                ctx.skipOthers(name, at, PREFERRED_NAME);
                continue;
            }
            boolean isOfficial = use.filter("official"::equals).isPresent();
            boolean notLegal = use.filter(NOT_LEGAL::contains).isPresent();
            if (!notLegal && (legal.isEmpty() || (isOfficial && !official))) {
                Optional<HumanName> read = Datatypes.humanName(ctx, name, at, true);
                if (read.isPresent()) {
                    if (legalAt != null) {
                        ctx.skip(legalAt, "a further name; the model holds one legal and one preferred name");
                    }
                    legal = read;
                    legalAt = at;
                    official = isOfficial;
                    continue;
                }
            }
            ctx.skip(at, "a further name; the model holds one legal and one preferred name");
        }
        person.name(legal);
    }

    private static List<LanguagePreference> languages(ReadContext ctx, JsonValue node, String path) {
        List<LanguagePreference> languages = new ArrayList<>();
        for (ReadContext.Item communication : ctx.array(node, "communication", path)) {
            String at = communication.path();
            JsonValue language = communication.node().get("language");
            Optional<String> code =
                    ReadContext.code(language, FhirCodeSystems.BCP_47).filter(c -> !c.isBlank());
            if (code.isEmpty()) {
                ctx.skip(at, "a language without a BCP-47 code");
                continue;
            }
            ctx.otherCodings(language, at + ".language", FhirCodeSystems.BCP_47);
            ctx.skipOthers(communication.node(), at, COMMUNICATION);
            languages.add(LanguagePreference.builder()
                    .code(code.get())
                    .preferred(ctx.bool(communication.node(), "preferred", at).orElse(false))
                    .build());
        }
        return languages;
    }
}
