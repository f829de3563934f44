package org.recoverykit.fhir;

import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.GoalAchievement;
import org.recoverykit.model.GoalProgress;
import org.recoverykit.model.PlanReview;

/**
 * Maps a {@link PlanReview} to a finished Encounter of class {@code AMB} on the review's date, which the plan's
 * CarePlan lists as supporting information; the participants, changes in needs, progress on each goal, changes
 * agreed, resulting version, next review and whether risks were revisited are extensions.
 */
final class ReviewMapper {
    private static final Set<String> READ = ReadContext.resourceProperties("status", "class", "subject", "period");

    private ReviewMapper() {}

    static void write(WriteContext ctx, PlanReview review, String place, String goalScope) {
        ctx.begin("Encounter", place);
        ctx.extStrings(FhirExtension.TEAM_MEMBER, review.getParticipantIds());
        ctx.extString(FhirExtension.CHANGES_IN_NEEDS, review.getChangesInNeeds());
        for (GoalProgress progress : review.getGoalProgress()) {
            ctx.startComplex(FhirExtension.GOAL_PROGRESS);
            ctx.part("goal");
            ctx.referenceById("valueReference", "Goal", goalScope, progress.getGoalId());
            ctx.out.writeEndObject();
            if (progress.getAchievement().isPresent()) {
                ctx.part("achievement");
                ctx.out.writeName("valueCoding");
                ctx.coding(
                        FhirCodeSystems.GOAL_ACHIEVEMENT,
                        progress.getAchievement().get());
                ctx.out.writeEndObject();
            }
            ctx.partString("note", progress.getNote());
            ctx.endComplex();
        }
        ctx.extString(FhirExtension.CHANGES_AGREED, review.getChangesAgreed());
        ctx.extPositiveInt(FhirExtension.RESULTING_VERSION, review.getResultingVersion());
        ctx.extDate(FhirExtension.NEXT_REVIEW_DUE, review.getNextReviewDue());
        if (review.isRisksRevisited()) {
            ctx.extBoolean(FhirExtension.RISKS_REVISITED, true);
        }
        ctx.closeExtensions();
        ctx.identifier(review.getId());
        ctx.out.writeStringProperty("status", "finished");
        ctx.out.writeName("class");
        ctx.coding(FhirCodeSystems.V3_ACT_CODE, "AMB");
        ctx.subject();
        ctx.out.writeObjectPropertyStart("period");
        ctx.date("start", review.getDate());
        ctx.out.writeEndObject();
        ctx.end();
    }

    static PlanReview read(ReadContext ctx, Resource encounter) {
        JsonValue node = encounter.node();
        String path = encounter.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        PlanReview.Builder review = PlanReview.builder()
                .id(ctx.index.modelId(encounter))
                .participantIds(ext.strings(FhirExtension.TEAM_MEMBER))
                .changesInNeeds(ext.string(FhirExtension.CHANGES_IN_NEEDS));
        for (ExtensionReader progress : ext.complex(FhirExtension.GOAL_PROGRESS)) {
            Optional<String> goal = progress.part("goal")
                    .flatMap(item -> ctx.referenceId(item.node(), "valueReference", encounter, item.path()));
            Optional<GoalAchievement> achievement = progress.part("achievement")
                    .flatMap(item -> ctx.codedValue(
                            ctx.object(item.node(), "valueCoding", item.path()),
                            FhirCodeSystems.GOAL_ACHIEVEMENT,
                            GoalAchievement.class,
                            item.path()));
            Optional<String> note =
                    progress.part("note").flatMap(item -> ctx.string(item.node(), "valueString", item.path()));
            progress.close();
            if (goal.isPresent()) {
                review.addGoalProgress(GoalProgress.builder()
                        .goalId(goal.get())
                        .achievement(achievement)
                        .note(note)
                        .build());
            } else {
                ctx.skip(progress.path(), "progress without the goal it is on");
            }
        }
        review.changesAgreed(ext.string(FhirExtension.CHANGES_AGREED))
                .resultingVersion(ext.positiveInt(FhirExtension.RESULTING_VERSION))
                .nextReviewDue(ext.date(FhirExtension.NEXT_REVIEW_DUE))
                .risksRevisited(ext.bool(FhirExtension.RISKS_REVISITED).orElse(false));
        ext.close();
        JsonValue period = ctx.object(node, "period", path);
        review.date(Optional.ofNullable(period)
                .flatMap(p -> ctx.date(p, "start", path + ".period"))
                .orElseGet(() -> {
                    ctx.skipReadAs(path + ".period", "a review without a date", "read as 1970-01-01");
                    return java.time.LocalDate.EPOCH;
                }));
        if (period != null) {
            ctx.skipOthers(period, path + ".period", PeriodMapper.START);
        }
        ctx.derived(node, "status", path, "finished");
        ctx.derivedCoding(node, "class", FhirCodeSystems.V3_ACT_CODE, path, "AMB");
        ctx.skipOthers(node, path, READ);
        return review.build();
    }
}
