package org.recoverykit.fhir;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.fhir.ResourceIndex.Resource;
import org.recoverykit.model.ContactMode;
import org.recoverykit.model.OutreachAttempt;
import org.recoverykit.model.OutreachOutcome;
import org.recoverykit.model.ReEngagementAttempt;
import org.recoverykit.model.ReEngagementTarget;

/**
 * Maps a {@link ReEngagementAttempt} and a referral's {@link OutreachAttempt} to a Communication: status
 * {@code completed} when the person was reached, else {@code not-done}, the outcome as {@code statusReason}, the
 * mode as {@code medium}, the date as {@code sent}, the note as a note. A re-engagement attempt is
 * {@code about} the contact it follows, with whom it tried to reach and who made it in extensions; an outreach
 * attempt is {@code basedOn} the referral's ServiceRequest.
 */
final class CommunicationMapper {
    private static final Set<String> READ = ReadContext.resourceProperties(
            "status", "statusReason", "medium", "subject", "sent", "about", "basedOn", "note");

    /** What the writer writes of a note: its text. */
    private static final Set<String> TEXT = Set.of("text");

    private CommunicationMapper() {}

    static void write(WriteContext ctx, ReEngagementAttempt attempt, String place) {
        ctx.begin("Communication", place);
        ctx.extString(FhirExtension.TEAM_MEMBER, attempt.getByMemberId());
        ctx.extCoding(FhirExtension.RE_ENGAGEMENT_TARGET, FhirCodeSystems.RE_ENGAGEMENT_TARGET, attempt.getTarget());
        ctx.closeExtensions();
        ctx.identifier(attempt.getId());
        body(ctx, attempt.getOutcome(), attempt.getMode(), attempt.getDate(), attempt.getNote(), () -> {
            if (attempt.getAfterContactId().isPresent()) {
                String contactId = attempt.getAfterContactId().get();
                String type = ctx.contactTypes.getOrDefault(contactId, "Encounter");
                ctx.out.writeArrayPropertyStart("about");
                ctx.referenceById(type, Places.CONTACT, contactId);
                ctx.out.writeEndArray();
            }
        });
        ctx.end();
    }

    static void write(WriteContext ctx, OutreachAttempt attempt, String place, String referralId) {
        ctx.begin("Communication", place);
        ctx.identifier(attempt.getId());
        ctx.out.writeArrayPropertyStart("basedOn");
        ctx.reference("ServiceRequest", referralId);
        ctx.out.writeEndArray();
        body(ctx, attempt.getOutcome(), attempt.getMode(), attempt.getDate(), attempt.getNote(), () -> {});
        ctx.end();
    }

    private static void body(
            WriteContext ctx,
            OutreachOutcome outcome,
            ContactMode mode,
            LocalDate date,
            Optional<String> note,
            Runnable about) {
        ctx.out.writeStringProperty("status", status(outcome));
        ctx.concept("statusReason", FhirCodeSystems.OUTREACH_OUTCOME, outcome.getCode());
        ctx.concepts("medium", FhirCodeSystems.CONTACT_MODE, mode.getCode());
        ctx.subject();
        about.run();
        ctx.date("sent", date);
        if (WriteContext.nonBlank(note).isPresent()) {
            ctx.out.writeArrayPropertyStart("note");
            ctx.out.writeStartObject();
            ctx.out.writeStringProperty("text", note.get());
            ctx.out.writeEndObject();
            ctx.out.writeEndArray();
        }
    }

    /** The Communication status the writer gives an outcome: completed where the person was reached, else not-done. */
    private static String status(OutreachOutcome outcome) {
        boolean reached = outcome == OutreachOutcome.REACHED || outcome == OutreachOutcome.RE_ENGAGED;
        return reached ? "completed" : "not-done";
    }

    /** The parts that both kinds of attempt have; empty, and reported, without a date, mode or outcome. */
    private record Common(String id, LocalDate date, ContactMode mode, OutreachOutcome outcome, Optional<String> note) {
        /** Names no part: the date and the note are the person's. */
        @Override
        public String toString() {
            return "Common";
        }
    }

    private static Optional<Common> common(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        Optional<LocalDate> date = ctx.date(node, "sent", path);
        Optional<ContactMode> mode = ctx.first(
                node,
                "medium",
                path,
                "a further medium; the model holds one",
                medium -> ctx.codedOnly(medium.node(), FhirCodeSystems.CONTACT_MODE, ContactMode.class, medium.path()));
        JsonValue reason = ctx.object(node, "statusReason", path);
        Optional<OutreachOutcome> outcome =
                ctx.coded(reason, FhirCodeSystems.OUTREACH_OUTCOME, OutreachOutcome.class, path + ".statusReason");
        boolean fromReason = outcome.isPresent();
        if (outcome.isEmpty()) {
            if (reason != null
                    && ReadContext.code(reason, FhirCodeSystems.OUTREACH_OUTCOME)
                            .isEmpty()) {
                ctx.skip(
                        path + ".statusReason",
                        "no outreach outcome of the model's; the outcome is read from the status");
            }
            outcome = ctx.string(node, "status", path).map(status -> switch (status) {
                case "completed" -> OutreachOutcome.REACHED;
                case "not-done" -> OutreachOutcome.NO_ANSWER;
                default -> null;
            });
        }
        if (date.isEmpty() || mode.isEmpty() || outcome.isEmpty()) {
            ctx.skip(path, "a communication without a date, a medium of the model's and an outcome");
            return Optional.empty();
        }
        if (fromReason) {
            ctx.otherCodings(reason, path + ".statusReason", FhirCodeSystems.OUTREACH_OUTCOME);
            ctx.derived(node, "status", path, status(outcome.get()));
        }
        Optional<String> note = ctx.first(node, "note", path, "a further note; the model holds one", first -> {
            Optional<String> text = ctx.string(first.node(), "text", first.path());
            ctx.skipOthers(first.node(), first.path(), TEXT);
            return text;
        });
        return Optional.of(new Common(ctx.index.modelId(resource), date.get(), mode.get(), outcome.get(), note));
    }

    static Optional<ReEngagementAttempt> readReEngagement(ReadContext ctx, Resource resource) {
        JsonValue node = resource.node();
        String path = resource.path();
        ExtensionReader ext = new ExtensionReader(ctx, node, path);
        Optional<String> by = ext.string(FhirExtension.TEAM_MEMBER);
        Optional<ReEngagementTarget> target = ext.code(
                FhirExtension.RE_ENGAGEMENT_TARGET, FhirCodeSystems.RE_ENGAGEMENT_TARGET, ReEngagementTarget.class);
        ext.close();
        Optional<Common> common = common(ctx, resource);
        if (common.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> about = ctx.firstReferenceId(node, "about", resource, path);
        ReEngagementAttempt.Builder attempt = ReEngagementAttempt.builder()
                .id(common.get().id())
                .date(common.get().date())
                .mode(common.get().mode())
                .outcome(common.get().outcome())
                .note(common.get().note())
                .byMemberId(by)
                .afterContactId(about);
        target.ifPresent(attempt::target);
        ctx.skipOthers(node, path, READ);
        return Optional.of(attempt.build());
    }

    static Optional<OutreachAttempt> readOutreach(ReadContext ctx, Resource resource) {
        Optional<Common> common = common(ctx, resource);
        new ExtensionReader(ctx, resource.node(), resource.path()).close();
        ctx.skipOthers(resource.node(), resource.path(), READ);
        return common.map(c -> OutreachAttempt.builder()
                .id(c.id())
                .date(c.date())
                .mode(c.mode())
                .outcome(c.outcome())
                .note(c.note())
                .build());
    }
}
