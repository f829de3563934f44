package org.recoverykit.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.Coded;
import org.recoverykit.model.Goal;
import org.recoverykit.model.GoalAchievement;
import org.recoverykit.model.GoalPriority;
import org.recoverykit.model.GoalStatus;
import org.recoverykit.model.LifeDomain;
import org.recoverykit.model.Objective;

/**
 * Maps a {@link Goal} to a Goal: lifecycle and achievement status, a category per life domain (the domain's
 * code and its first SDOH category where one exists), priority, the statement in the person's words as
 * {@code description.text}, {@code expressedBy} the person, the start date, and each {@link Objective} as a
 * target (the objective's id as the target's id, measure as text, target as {@code detailString}, target
 * date as {@code dueDate}, baseline and achievement as extensions).
 */
final class GoalMapper {
    private static final Set<String> READ = ReadContext.resourceProperties(
            "lifecycleStatus",
            "achievementStatus",
            "category",
            "priority",
            "description",
            "subject",
            "startDate",
            "target",
            "expressedBy");
    private static final Set<String> TARGET = Set.of("id", "extension", "measure", "detailString", "dueDate");

    private GoalMapper() {}

    static void write(WriteContext ctx, Goal goal, String place) {
        ctx.begin("Goal", place);
        if (goal.isInOwnWords()) {
            ctx.extBoolean(FhirExtension.IN_OWN_WORDS, true);
        }
        ctx.closeExtensions();
        ctx.identifier(goal.getId());
        ctx.out.writeStringProperty("lifecycleStatus", goal.getStatus().getCode());
        if (goal.getAchievement().isPresent()) {
            ctx.concept(
                    "achievementStatus",
                    FhirCodeSystems.GOAL_ACHIEVEMENT,
                    goal.getAchievement().get().getCode());
        }
        if (!goal.getLifeDomains().isEmpty()) {
            ctx.out.writeArrayPropertyStart("category");
            for (LifeDomain domain : goal.getLifeDomains()) {
                lifeDomain(ctx, domain);
            }
            ctx.out.writeEndArray();
        }
        if (goal.getPriority().isPresent()) {
            ctx.concept(
                    "priority",
                    FhirCodeSystems.GOAL_PRIORITY,
                    goal.getPriority().get().getCode() + "-priority");
        }
        Optional<String> statement = WriteContext.nonBlank(goal.getStatement());
        if (statement.isPresent()) {
            ctx.out.writeName("description");
            ctx.text(statement.get());
        } else {
            ctx.absent("description");
        }
        ctx.subject();
        ctx.date("startDate", goal.getStartDate());
        if (!goal.getObjectives().isEmpty()) {
            ctx.out.writeArrayPropertyStart("target");
            for (Objective objective : goal.getObjectives()) {
                target(ctx, objective);
            }
            ctx.out.writeEndArray();
        }
        ctx.reference("expressedBy", "Patient", ctx.id(Places.PERSON));
        ctx.end();
    }

    /** Writes a CodeableConcept of a life domain: its own code, and its first SDOH category where one exists. */
    static void lifeDomain(WriteContext ctx, LifeDomain domain) {
        ctx.out.writeStartObject();
        ctx.out.writeArrayPropertyStart("coding");
        ctx.coding(FhirCodeSystems.LIFE_DOMAIN, domain);
        List<String> sdoh = domain.getSdohCategories();
        if (!sdoh.isEmpty()) {
            ctx.coding(FhirCodeSystems.SDOH_CATEGORY, sdoh.get(0));
        }
        ctx.out.writeEndArray();
        ctx.out.writeEndObject();
    }

    private static void target(WriteContext ctx, Objective objective) {
        ctx.out.writeStartObject();
        ctx.out.writeStringProperty("id", objective.getId());
        ctx.extString(FhirExtension.OBJECTIVE_BASELINE, objective.getBaseline());
        ctx.extCoding(
                FhirExtension.OBJECTIVE_ACHIEVEMENT, FhirCodeSystems.GOAL_ACHIEVEMENT, objective.getAchievement());
        ctx.closeExtensions();
        Optional<String> measure = WriteContext.nonBlank(objective.getMeasure());
        if (measure.isPresent()) {
            ctx.out.writeName("measure");
            ctx.text(measure.get());
        } else if (WriteContext.nonBlank(objective.getTarget()).isPresent()) {
            ctx.absent("measure"); // FHIR requires a measure where there is a target (gol-1)
        }
        ctx.string("detailString", objective.getTarget());
        ctx.date("dueDate", objective.getTargetDate());
        ctx.out.writeEndObject();
    }

    static Goal read(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Goal.Builder goal = Goal.builder()
                .id(ctx.index.modelId(resource))
                .inOwnWords(ext.bool(FhirExtension.IN_OWN_WORDS).orElse(false));
        ext.close();
        goal.status(ctx.mappedOr(
                node,
                "lifecycleStatus",
                code -> Coded.find(GoalStatus.class, code).orElse(null),
                path,
                GoalStatus.PROPOSED,
                "proposed"));
        JsonValue achievement = ctx.object(node, "achievementStatus", path);
        if (achievement != null) {
            goal.achievement(ctx.codedOnly(
                    achievement, FhirCodeSystems.GOAL_ACHIEVEMENT, GoalAchievement.class, path + ".achievementStatus"));
        }
        for (ReadContext.Item category : ctx.array(node, "category", path)) {
            lifeDomain(ctx, category.node(), category.path()).ifPresent(goal::addLifeDomain);
            ctx.otherCodings(
                    category.node(), category.path(), FhirCodeSystems.LIFE_DOMAIN, FhirCodeSystems.SDOH_CATEGORY);
        }
        JsonValue priority = ctx.object(node, "priority", path);
        if (priority != null) {
            Optional<String> code = ReadContext.code(priority, FhirCodeSystems.GOAL_PRIORITY);
            Optional<GoalPriority> mapped =
                    code.flatMap(c -> Coded.find(GoalPriority.class, c.replace("-priority", "")));
            if (mapped.isEmpty()) {
                ctx.skip(path + ".priority", "a priority the model has no equivalent for");
            }
            ctx.otherCodings(priority, path + ".priority", FhirCodeSystems.GOAL_PRIORITY);
            goal.priority(mapped);
        }
        goal.statement(ctx.textOnly(node, "description", path));
        goal.startDate(ctx.date(node, "startDate", path));
        for (ReadContext.Item target : ctx.array(node, "target", path)) {
            goal.addObjective(objective(ctx, target, resource));
        }
        JsonValue expressedBy = ctx.object(node, "expressedBy", path);
        if (expressedBy != null) {
            String at = path + ".expressedBy";
            if (ctx.resource(expressedBy, resource, at)
                    .filter(who -> !ctx.isRecordPatient(who))
                    .isPresent()) {
                ctx.skip(at, "someone other than the record's Patient, whom the model has no place for");
            }
        }
        ctx.skipOthers(node, path, READ);
        return goal.build();
    }

    /** Reads an objective from a Goal's target; one without an id is numbered by its index in the input. */
    private static Objective objective(ReadContext ctx, ReadContext.Item item, Resource goal) {
        JsonValue target = item.node();
        String path = item.path();
        ExtensionReader ext = new ExtensionReader(ctx, target, path);
        Objective.Builder objective = Objective.builder()
                .id(ctx.string(target, "id", path)
                        .orElseGet(() -> ctx.index.modelId(goal) + "-target-" + (item.index() + 1)))
                .baseline(ext.string(FhirExtension.OBJECTIVE_BASELINE))
                .achievement(ext.code(
                        FhirExtension.OBJECTIVE_ACHIEVEMENT, FhirCodeSystems.GOAL_ACHIEVEMENT, GoalAchievement.class));
        ext.close();
        objective.measure(ctx.textOnly(target, "measure", path));
        objective.target(ctx.string(target, "detailString", path));
        objective.targetDate(ctx.date(target, "dueDate", path));
        ctx.skipOthers(target, path, TARGET);
        return objective.build();
    }

    /**
     * Reads a life domain from a CodeableConcept: its own code, else the first domain of an SDOH category.
     * A concept with neither is reported, unless its own code is, as unknown.
     */
    static Optional<LifeDomain> lifeDomain(ReadContext ctx, JsonValue concept, String path) {
        Optional<LifeDomain> own = ctx.coded(concept, FhirCodeSystems.LIFE_DOMAIN, LifeDomain.class, path);
        if (own.isPresent()) {
            return own;
        }
        Optional<String> sdoh = ReadContext.code(concept, FhirCodeSystems.SDOH_CATEGORY);
        if (sdoh.isPresent()) {
            for (LifeDomain domain : LifeDomain.values()) {
                if (domain.getSdohCategories().contains(sdoh.get())) {
                    return Optional.of(domain);
                }
            }
        }
        if (ReadContext.code(concept, FhirCodeSystems.LIFE_DOMAIN).isEmpty()) {
            ctx.skip(path, "a category in no life domain the model knows");
        }
        return Optional.empty();
    }
}
