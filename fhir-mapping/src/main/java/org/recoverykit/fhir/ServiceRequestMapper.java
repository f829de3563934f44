package org.recoverykit.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.BillingCode;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.InvariantViolationException;
import org.recoverykit.model.ServiceFunction;
import org.recoverykit.model.Setting;
import org.recoverykit.model.Support;
import org.recoverykit.model.SupportKind;

/**
 * Maps a plan's {@link Intervention}s and {@link Support}s to ServiceRequests of intent {@code plan}, which the
 * CarePlan's activities reference, and back.
 *
 * <p>Both carry their goals in {@code resource-pertainsToGoal}, the responsible or providing team member in
 * {@link FhirExtension#TEAM_MEMBER}, whether they are paid in {@link FhirExtension#PAID}, and how much, how
 * often and how long in {@code occurrenceTiming}. An intervention's code is its service function with its
 * description as text, its provider type is {@code performerType.text} and its setting {@code locationCode}.
 * A support's category is its kind; its code is its billing code (HCPCS, with the modifiers in
 * {@link FhirExtension#BILLING_MODIFIER}) with its type as text; its provider is a performer's display and its
 * natural supporter a performer RelatedPerson. A performer of another type, and a second provider or natural
 * supporter, are reported when read.
 */
final class ServiceRequestMapper {
    /** What a performer after the one the model holds is reported as. */
    static final String FURTHER_PERFORMER = "a further performer; the model holds one provider";

    /** What the writer writes of an intervention's ServiceRequest; the rest is reported. */
    private static final Set<String> INTERVENTION = ReadContext.resourceProperties(
            "status", "intent", "code", "subject", "occurrenceTiming", "performerType", "locationCode");
    /** What the writer writes of a support's ServiceRequest; the rest is reported. */
    private static final Set<String> SUPPORT = ReadContext.resourceProperties(
            "status", "intent", "category", "code", "subject", "occurrenceTiming", "performer");

    private ServiceRequestMapper() {}

    static void write(WriteContext ctx, Intervention intervention, String place, String goalScope, String status) {
        ctx.begin("ServiceRequest", place);
        goals(ctx, intervention.getGoalIds(), goalScope);
        ctx.extString(FhirExtension.TEAM_MEMBER, intervention.getResponsibleMemberId());
        ctx.extBoolean(FhirExtension.PAID, intervention.getPaid());
        duration(ctx, intervention.getDuration());
        amount(ctx, intervention.getAmount());
        ctx.closeExtensions();
        ctx.identifier(intervention.getId());
        ctx.out.writeStringProperty("status", status);
        ctx.out.writeStringProperty("intent", "plan");
        code(ctx, intervention.getServiceFunction(), intervention.getDescription());
        ctx.subject();
        TimingMapper.write(
                ctx,
                "occurrenceTiming",
                intervention.getAmount(),
                intervention.getFrequency(),
                intervention.getDuration());
        Optional<String> providerType = WriteContext.nonBlank(intervention.getProviderType());
        if (providerType.isPresent()) {
            ctx.out.writeName("performerType");
            ctx.text(providerType.get());
        }
        if (intervention.getSetting().isPresent()) {
            ctx.concepts(
                    "locationCode",
                    FhirCodeSystems.SETTING,
                    intervention.getSetting().get().getCode());
        }
        ctx.end();
    }

    static void write(WriteContext ctx, Support support, String place, String goalScope, String status) {
        ctx.begin("ServiceRequest", place);
        goals(ctx, support.getGoalIds(), goalScope);
        ctx.extString(FhirExtension.TEAM_MEMBER, support.getProviderMemberId());
        ctx.extBoolean(FhirExtension.PAID, support.getPaid());
        ctx.extString(FhirExtension.SUPPORT_SCOPE, support.getScope());
        ctx.extString(FhirExtension.FUNDING, support.getFunding());
        ctx.extString(FhirExtension.COMMUNITY_SUPPORT, support.getCommunitySupport());
        modifiers(ctx, support.getBillingCode());
        duration(ctx, support.getDuration());
        amount(ctx, support.getAmount());
        ctx.closeExtensions();
        ctx.identifier(support.getId());
        ctx.out.writeStringProperty("status", status);
        ctx.out.writeStringProperty("intent", "plan");
        ctx.concepts("category", FhirCodeSystems.SUPPORT_KIND, support.getKind().getCode());
        billingCode(ctx, support.getBillingCode(), support.getType());
        ctx.subject();
        TimingMapper.write(ctx, "occurrenceTiming", support.getAmount(), support.getFrequency(), support.getDuration());
        Optional<String> provider = WriteContext.nonBlank(support.getProvider());
        if (provider.isPresent() || support.getNaturalSupportId().isPresent()) {
            ctx.out.writeArrayPropertyStart("performer");
            if (provider.isPresent()) {
                ctx.display(provider.get());
            }
            if (support.getNaturalSupportId().isPresent()) {
                ctx.referenceById(
                        "RelatedPerson",
                        Places.NATURAL_SUPPORT,
                        support.getNaturalSupportId().get());
            }
            ctx.out.writeEndArray();
        }
        ctx.end();
    }

    static void goals(WriteContext ctx, List<String> goalIds, String goalScope) {
        for (String goalId : goalIds) {
            ctx.extReferenceById(FhirCodeSystems.PERTAINS_TO_GOAL, "Goal", goalScope, goalId);
        }
    }

    private static void duration(WriteContext ctx, Optional<java.time.Period> duration) {
        if (duration.isPresent() && !TimingMapper.fits(duration.get())) {
            ctx.extString(FhirExtension.DURATION, duration.get().toString());
        }
    }

    private static void amount(WriteContext ctx, Optional<java.time.Duration> amount) {
        if (amount.isPresent() && !TimingMapper.fits(amount.get())) {
            ctx.extString(FhirExtension.AMOUNT, amount.get().toString());
        }
    }

    static void modifiers(WriteContext ctx, Optional<BillingCode> billingCode) {
        if (billingCode.isPresent()) {
            ctx.extStrings(FhirExtension.BILLING_MODIFIER, billingCode.get().getModifiers());
        }
    }

    /** Writes a code of a service function, with a text. */
    static void code(WriteContext ctx, Optional<ServiceFunction> function, Optional<String> text) {
        text = WriteContext.nonBlank(text);
        if (function.isEmpty() && text.isEmpty()) {
            return;
        }
        ctx.out.writeObjectPropertyStart("code");
        if (function.isPresent()) {
            ctx.out.writeArrayPropertyStart("coding");
            ctx.coding(FhirCodeSystems.SERVICE_FUNCTION, function.get());
            ctx.out.writeEndArray();
        }
        ctx.string("text", text);
        ctx.out.writeEndObject();
    }

    /** Writes a code of a billing code, with a text. */
    static void billingCode(WriteContext ctx, Optional<BillingCode> billingCode, Optional<String> text) {
        text = WriteContext.nonBlank(text);
        if (billingCode.isEmpty() && text.isEmpty()) {
            return;
        }
        ctx.out.writeObjectPropertyStart("code");
        if (billingCode.isPresent()) {
            ctx.out.writeArrayPropertyStart("coding");
            ctx.coding(FhirCodeSystems.HCPCS, billingCode.get().getCode());
            ctx.out.writeEndArray();
        }
        ctx.string("text", text);
        ctx.out.writeEndObject();
    }

    /** Whether a ServiceRequest is a support: its category is a support kind. */
    static boolean isSupport(JsonValue request) {
        return ReadContext.hasSystem(request.get("category"), FhirCodeSystems.SUPPORT_KIND);
    }

    /** Reads an intervention of a plan whose status, which the writer gives its ServiceRequest, is {@code status}. */
    static Intervention readIntervention(ReadContext ctx, Resource request, String status) {
        JsonValue node = request.node();
        String path = request.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Intervention.Builder intervention = Intervention.builder()
                .id(ctx.index.modelId(request))
                .goalIds(ext.referenceIds(FhirCodeSystems.PERTAINS_TO_GOAL, request))
                .responsibleMemberId(ext.string(FhirExtension.TEAM_MEMBER))
                .paid(ext.bool(FhirExtension.PAID));
        TimingMapper.Timing extensions = extensionTiming(ctx, ext, path);
        ext.close();
        JsonValue code = ctx.object(node, "code", path);
        intervention.serviceFunction(
                ctx.codedOnly(code, FhirCodeSystems.SERVICE_FUNCTION, ServiceFunction.class, path + ".code"));
        intervention.description(ctx.text(code, path + ".code"));
        TimingMapper.Timing timing = timing(ctx, node, path, extensions);
        intervention.amount(timing.amount()).frequency(timing.frequency()).duration(timing.length());
        intervention.providerType(ctx.textOnly(node, "performerType", path));
        intervention.setting(ctx.first(
                node, "locationCode", path, "a further setting; the model holds one", location -> {
                    if (ReadContext.code(location.node(), FhirCodeSystems.SETTING)
                            .isEmpty()) {
                        ctx.skip(location.path(), ReadContext.OTHER_SYSTEM);
                        return Optional.empty();
                    }
                    return ctx.codedOnly(location.node(), FhirCodeSystems.SETTING, Setting.class, location.path());
                }));
        ctx.derived(node, "status", path, status);
        ctx.derived(node, "intent", path, "plan");
        ctx.skipOthers(node, path, INTERVENTION);
        return intervention.build();
    }

    /** Reads a support of a plan whose status, which the writer gives its ServiceRequest, is {@code status}. */
    static Support readSupport(ReadContext ctx, Resource request, String status) {
        JsonValue node = request.node();
        String path = request.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Support.Builder support = Support.builder()
                .id(ctx.index.modelId(request))
                .goalIds(ext.referenceIds(FhirCodeSystems.PERTAINS_TO_GOAL, request))
                .providerMemberId(ext.string(FhirExtension.TEAM_MEMBER))
                .paid(ext.bool(FhirExtension.PAID))
                .scope(ext.string(FhirExtension.SUPPORT_SCOPE))
                .funding(ext.string(FhirExtension.FUNDING))
                .communitySupport(ext.string(FhirExtension.COMMUNITY_SUPPORT));
        List<String> modifiers = ext.strings(FhirExtension.BILLING_MODIFIER);
        TimingMapper.Timing extensions = extensionTiming(ctx, ext, path);
        ext.close();
        support.kind(ctx.firstCoded(node, "category", FhirCodeSystems.SUPPORT_KIND, SupportKind.class, path, null)
                .orElse(SupportKind.COMMUNITY));
        JsonValue code = ctx.object(node, "code", path);
        support.billingCode(billingCode(ctx, code, modifiers, path + ".code"));
        support.type(ctx.text(code, path + ".code"));
        TimingMapper.Timing timing = timing(ctx, node, path, extensions);
        support.amount(timing.amount()).frequency(timing.frequency()).duration(timing.length());
        performers(ctx, request, support);
        ctx.derived(node, "status", path, status);
        ctx.derived(node, "intent", path, "plan");
        ctx.skipOthers(node, path, SUPPORT);
        return support.build();
    }

    /**
     * Reads a support's performers as the writer writes them: one that is only a display is the provider, one that
     * references a RelatedPerson the natural supporter. A performer of another type, and a further one of either
     * kind, are reported.
     */
    private static void performers(ReadContext ctx, Resource request, Support.Builder support) {
        boolean provider = false;
        boolean naturalSupport = false;
        for (ReadContext.Item item : ctx.array(request.node(), "performer", request.path())) {
            JsonValue performer = item.node();
            String at = item.path();
            if (performer.has("reference") || performer.has("identifier")) {
                Optional<String> id = relatedPerson(ctx, performer, request, at);
                if (id.isPresent() && naturalSupport) {
                    ctx.skip(at, "a further performer; the model holds one natural supporter");
                } else if (id.isPresent()) {
                    support.naturalSupportId(id);
                    naturalSupport = true;
                }
            } else if (provider) {
                ctx.skip(at, FURTHER_PERFORMER);
            } else {
                Optional<String> display = Datatypes.display(ctx, performer, at);
                support.provider(display);
                provider = display.isPresent();
            }
        }
    }

    /**
     * Reads the name of a request's provider, the display of its first performer, as the writer writes a referral's
     * program and a continuing service's provider; what else the performer holds, and a further one, is reported.
     */
    static Optional<String> firstPerformerDisplay(ReadContext ctx, JsonValue request, String path) {
        return ctx.first(
                request,
                "performer",
                path,
                FURTHER_PERFORMER,
                first -> Datatypes.display(ctx, first.node(), first.path()));
    }

    /**
     * Reads the model id of the RelatedPerson a Reference names, by its reference or by a logical identifier of type
     * RelatedPerson; a reference to another type of resource is reported.
     */
    private static Optional<String> relatedPerson(ReadContext ctx, JsonValue reference, Resource from, String path) {
        if (reference.has("reference")) {
            Optional<Resource> target = ctx.resource(reference, from, path);
            if (target.isPresent() && !target.get().type().equals("RelatedPerson")) {
                ctx.skip(path, "a performer the model has no place for");
                return Optional.empty();
            }
            return target.map(ctx.index::modelId);
        }
        Optional<String> logical = ctx.referenceId(reference, from, path);
        if (logical.isPresent()
                && !ctx.string(reference, "type", path)
                        .filter("RelatedPerson"::equals)
                        .isPresent()) {
            ctx.skip(path, "a performer the model has no place for");
            return Optional.empty();
        }
        return logical;
    }

    /**
     * Reads the amount and the length that a request's extensions hold, where its Timing cannot: its length first,
     * then its amount.
     */
    private static TimingMapper.Timing extensionTiming(ReadContext ctx, ExtensionReader ext, String path) {
        Optional<java.time.Period> length = parsed(
                ctx,
                ext,
                FhirExtension.DURATION,
                java.time.Period::parse,
                path,
                "a duration that is not an ISO-8601 period");
        Optional<java.time.Duration> amount = parsed(
                ctx,
                ext,
                FhirExtension.AMOUNT,
                java.time.Duration::parse,
                path,
                "an amount that is not an ISO-8601 duration");
        return new TimingMapper.Timing(amount, Optional.empty(), length);
    }

    /**
     * Reads a request's Timing, taking the amount and the length from its extensions where they hold them, as
     * {@link #either} does.
     */
    private static TimingMapper.Timing timing(
            ReadContext ctx, JsonValue node, String path, TimingMapper.Timing extensions) {
        TimingMapper.Timing timing =
                TimingMapper.read(ctx, ctx.object(node, "occurrenceTiming", path), path + ".occurrenceTiming");
        return new TimingMapper.Timing(
                either(ctx, extensions.amount(), timing.amount(), path, "duration"),
                timing.frequency(),
                either(ctx, extensions.length(), timing.length(), path, "boundsDuration"));
    }

    /**
     * Gives the value of a request's extension where it has one, else that of its Timing; a value in both is read
     * from the extension, and the Timing's is reported.
     */
    private static <T> Optional<T> either(
            ReadContext ctx, Optional<T> extension, Optional<T> timing, String path, String name) {
        if (extension.isPresent() && timing.isPresent()) {
            ctx.skip(
                    path + ".occurrenceTiming.repeat." + name,
                    "a value beside the extension that holds it; the extension is read");
        }
        return extension.or(() -> timing);
    }

    /** Reads the text of an extension as java.time parses it; a text it does not parse is reported as {@code wrong}. */
    private static <T> Optional<T> parsed(
            ReadContext ctx,
            ExtensionReader ext,
            FhirExtension extension,
            java.util.function.Function<String, T> parse,
            String path,
            String wrong) {
        return ext.string(extension).flatMap(text -> {
            try {
                return Optional.of(parse.apply(text));
            } catch (java.time.format.DateTimeParseException e) {
                ctx.skip(path + ".extension", wrong);
                return Optional.empty();
            }
        });
    }

    /**
     * Reads a billing code from the HCPCS coding of a request's code and the billing modifier extensions; a code or
     * modifiers that the model's rules for a billing code refuse, and modifiers without a code, are reported. Codings
     * of other systems are reported too, since the code's text is all the model keeps of them.
     */
    static Optional<BillingCode> billingCode(ReadContext ctx, JsonValue code, List<String> modifiers, String path) {
        ctx.otherCodings(code, path, FhirCodeSystems.HCPCS);
        Optional<String> hcpcs = ReadContext.code(code, FhirCodeSystems.HCPCS);
        if (hcpcs.isEmpty()) {
            if (!modifiers.isEmpty()) {
                ctx.skip(path, "billing modifiers without a HCPCS code");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(
                    BillingCode.builder().code(hcpcs.get()).modifiers(modifiers).build());
        } catch (InvariantViolationException e) {
            ctx.skip(path, "a billing code that is not a HCPCS Level II code with up to four distinct modifiers");
            return Optional.empty();
        }
    }
}
