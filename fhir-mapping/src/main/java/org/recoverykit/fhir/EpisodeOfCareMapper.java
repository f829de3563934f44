package org.recoverykit.fhir;

import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Coded;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.EpisodeStatus;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;

/**
 * Maps a {@link ServiceEpisode} to an EpisodeOfCare: its status, its service model as the type, its period, the
 * referral as {@code referralRequest}, and each phase as a {@code statusHistory} entry of status {@code active}
 * with the phase and whether it is chargeable in extensions; the plan and the team members are extensions.
 */
final class EpisodeOfCareMapper {
    private static final Set<String> READ =
            ReadContext.resourceProperties("status", "statusHistory", "type", "patient", "referralRequest", "period");
    private static final Set<String> HISTORY = Set.of("extension", "status", "period");

    private EpisodeOfCareMapper() {}

    static String place(int i) {
        return "episodes/" + i;
    }

    static void write(WriteContext ctx, ServiceEpisode episode, int index) {
        ctx.begin("EpisodeOfCare", place(index));
        if (episode.getPlanId().isPresent()) {
            ctx.extReferenceById(
                    FhirExtension.CARE_PLAN.getUrl(),
                    "CarePlan",
                    Places.PLAN,
                    episode.getPlanId().get());
        }
        ctx.extStrings(FhirExtension.TEAM_MEMBER, episode.getTeamMemberIds());
        ctx.closeExtensions();
        ctx.identifier(episode.getId());
        ctx.out.writeStringProperty("status", status(episode.getStatus()));
        if (!episode.getPhases().isEmpty()) {
            ctx.out.writeArrayPropertyStart("statusHistory");
            for (EpisodePhase phase : episode.getPhases()) {
                ctx.out.writeStartObject();
                ctx.extCoding(FhirExtension.EPISODE_PHASE, FhirCodeSystems.EPISODE_PHASE, phase.getPhase());
                if (phase.isChargeable()) {
                    ctx.extBoolean(FhirExtension.CHARGEABLE, true);
                }
                ctx.closeExtensions();
                ctx.out.writeStringProperty("status", "active");
                PeriodMapper.write(ctx, "period", phase.getPeriod());
                ctx.out.writeEndObject();
            }
            ctx.out.writeEndArray();
        }
        ctx.concepts(
                "type", FhirCodeSystems.SERVICE_MODEL, episode.getServiceModel().getCode());
        ctx.reference("patient", "Patient", ctx.id(Places.PERSON));
        if (episode.getReferralId().isPresent()) {
            ctx.out.writeArrayPropertyStart("referralRequest");
            ctx.referenceById(
                    "ServiceRequest", Places.REFERRAL, episode.getReferralId().get());
            ctx.out.writeEndArray();
        }
        PeriodMapper.write(ctx, "period", episode.getPeriod());
        ctx.end();
    }

    private static String status(EpisodeStatus status) {
        return status == EpisodeStatus.ON_HOLD ? "onhold" : status.getCode();
    }

    static ServiceEpisode read(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        ServiceEpisode.Builder episode = ServiceEpisode.builder().id(ctx.index.modelId(resource));
        episode.planId(ext.referenceId(FhirExtension.CARE_PLAN, resource));
        episode.teamMemberIds(ext.strings(FhirExtension.TEAM_MEMBER));
        ext.close();
        episode.status(ctx.mappedOr(
                node,
                "status",
                code -> code.equals("onhold")
                        ? EpisodeStatus.ON_HOLD
                        : Coded.find(EpisodeStatus.class, code)
                                .filter(s -> s != EpisodeStatus.ON_HOLD)
                                .orElse(null),
                path,
                EpisodeStatus.ACTIVE,
                "active"));
        for (ReadContext.Item item : ctx.array(node, "statusHistory", path)) {
            JsonValue entry = item.node();
            String at = item.path();
            ExtensionReader phaseExt = new ExtensionReader(ctx, entry, at);
            Optional<EpisodePhaseType> phase =
                    phaseExt.code(FhirExtension.EPISODE_PHASE, FhirCodeSystems.EPISODE_PHASE, EpisodePhaseType.class);
            boolean chargeable = phaseExt.bool(FhirExtension.CHARGEABLE).orElse(false);
            phaseExt.close();
            Optional<org.recoverykit.model.DateRange> period = PeriodMapper.read(ctx, entry, "period", at);
            if (phase.isPresent() && period.isPresent()) {
                ctx.derived(entry, "status", at, "active");
                episode.addPhase(EpisodePhase.builder()
                        .phase(phase.get())
                        .period(period.get())
                        .chargeable(chargeable)
                        .build());
            } else {
                ctx.skip(at, "a status history entry that is not a phase of the model's");
            }
            ctx.skipOthers(entry, at, HISTORY);
        }
        episode.serviceModel(ctx.firstCoded(node, "type", FhirCodeSystems.SERVICE_MODEL, ServiceModel.class, path, null)
                .orElseGet(() -> {
                    ctx.skipReadAs(path + ".type", "no service model", "read as community-support");
                    return ServiceModel.COMMUNITY_SUPPORT;
                }));
        episode.referralId(ctx.firstReferenceId(node, "referralRequest", resource, path));
        episode.period(PeriodMapper.read(ctx, node, "period", path));
        ctx.skipOthers(node, path, READ);
        return episode.build();
    }
}
