package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FHIRPath of each element of the native document in the resource that the mapping writes it into, such as
 * {@code Goal.target[2].measure} for {@code /plans/0/goals/1/objectives/2/measure}: what an OperationOutcome gives as
 * the expression of an issue at a JSON Pointer.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ElementPaths {
    /**
     * Where the mapping places the native document's elements, one line each: a JSON Pointer with {@code *} for
     * an index, then the FHIRPath of the element in each resource it may be written into, rooted at the
     * resource's type. A contact has two, since it is an Encounter when attended and an Appointment otherwise.
     *
     * <p>Each {@code [*]} of a path takes one of the pointer's indices, the last ones in order: the indices
     * before them name the resource. A path has no index where the pointer's index would not be the FHIR one,
     * as where blank texts are left out or two model lists share one FHIR list. {@code {name}} stands for
     * {@code extension('url')} of the {@link FhirExtension} of that name, or of HL7's
     * {@code resource-pertainsToGoal} or {@code patient-interpreterRequired}.
     *
     * <p>A pointer below a line that ends with an index takes that line's paths: the element lies within the
     * FHIR element, or its place in it is not certain, as for an amount or a length of service, which the
     * mapping writes in the Timing or, where the Timing cannot hold it, in an extension. A pointer that matches
     * no line gets no expression.
     */
    private static final String TABLE = """
            /person                             Patient
            /person/id                          Patient.identifier
            /person/name                        Patient.name
            /person/name/given                  Patient.name.given
            /person/name/given/*                Patient.name.given
            /person/name/family                 Patient.name.family
            /person/preferredName               Patient.name.text
            /person/pronouns                    Patient.{pronouns}
            /person/birthDate                   Patient.birthDate
            /person/interpreterNeeded           Patient.{patient-interpreterRequired}
            /person/identifiers                 Patient.identifier
            /person/identifiers/*               Patient.identifier[*]
            /person/languages                   Patient.communication
            /person/languages/*                 Patient.communication[*]
            /person/languages/*/code            Patient.communication[*].language
            /person/languages/*/preferred       Patient.communication[*].preferred
            /person/telecom                     Patient.telecom
            /person/telecom/*                   Patient.telecom[*]
            /person/addresses                   Patient.address
            /person/addresses/*                 Patient.address
            /person/culturalPreferences         Patient.{cultural-preference}
            /person/culturalPreferences/*       Patient.{cultural-preference}
            /person/identityPreferences         Patient.{identity-preference}
            /person/identityPreferences/*       Patient.{identity-preference}
            /person/communicationPreferences    Patient.{communication-preference}
            /person/communicationPreferences/*  Patient.{communication-preference}
            /person/strengths                   Patient.{strength}
            /person/strengths/*                 Patient.{strength}
            /person/interests                   Patient.{interest}
            /person/interests/*                 Patient.{interest}
            /person/talents                     Patient.{talent}
            /person/talents/*                   Patient.{talent}

            /person/naturalSupports/*                         RelatedPerson
            /person/naturalSupports/*/id                      RelatedPerson.identifier
            /person/naturalSupports/*/name                    RelatedPerson.name
            /person/naturalSupports/*/name/given              RelatedPerson.name.given
            /person/naturalSupports/*/name/given/*            RelatedPerson.name.given
            /person/naturalSupports/*/name/family             RelatedPerson.name.family
            /person/naturalSupports/*/relationship            RelatedPerson.relationship
            /person/naturalSupports/*/contactPoints           RelatedPerson.telecom
            /person/naturalSupports/*/contactPoints/*         RelatedPerson.telecom[*]
            /person/naturalSupports/*/contactPoints/*/system  RelatedPerson.telecom[*].system
            /person/naturalSupports/*/contactPoints/*/value   RelatedPerson.telecom[*].value
            /person/naturalSupports/*/contactPoints/*/use     RelatedPerson.telecom[*].use
            /person/naturalSupports/*/roleInPlan              RelatedPerson.{role-in-plan}
            /person/naturalSupports/*/lifeDomains             RelatedPerson.{life-domain}
            /person/naturalSupports/*/lifeDomains/*           RelatedPerson.{life-domain}[*]

            /domainAssessments/*              Condition
            /domainAssessments/*/id           Condition.identifier
            /domainAssessments/*/lifeDomain   Condition.code
            /domainAssessments/*/assessedOn   Condition.recordedDate
            /domainAssessments/*/personsView  Condition.{persons-view}
            /domainAssessments/*/needs        Condition.{need}
            /domainAssessments/*/needs/*      Condition.{need}
            /domainAssessments/*/strengths    Condition.{strength}
            /domainAssessments/*/strengths/*  Condition.{strength}
            /domainAssessments/*/barriers     Condition.{barrier}
            /domainAssessments/*/barriers/*   Condition.{barrier}
            /domainAssessments/*/priority     Condition.{priority}

            /plans/*                 CarePlan
            /plans/*/id              CarePlan.identifier
            /plans/*/version         CarePlan.{plan-version}
            /plans/*/replacesPlanId  CarePlan.replaces
            /plans/*/status          CarePlan.status
            /plans/*/serviceModel    CarePlan.category[1]
            /plans/*/createdOn       CarePlan.created
            /plans/*/period          CarePlan.period
            /plans/*/period/start    CarePlan.period.start
            /plans/*/period/end      CarePlan.period.end
            /plans/*/nextReviewDue   CarePlan.{next-review-due}
            /plans/*/goals           CarePlan.goal
            /plans/*/interventions   CarePlan.activity
            /plans/*/supports        CarePlan.activity
            /plans/*/copyOfferedOn   CarePlan.{copy-offered-on}

            /plans/*/team                     CareTeam.participant
            /plans/*/team/*                   CareTeam.participant[*]
            /plans/*/team/*/id                CareTeam.participant[*].id
            /plans/*/team/*/role              CareTeam.participant[*].role
            /plans/*/team/*/personId          CareTeam.participant[*].member
            /plans/*/team/*/naturalSupportId  CareTeam.participant[*].member
            /plans/*/team/*/organization      CareTeam.participant[*].onBehalfOf

            /plans/*/goals/*                           Goal
            /plans/*/goals/*/id                        Goal.identifier
            /plans/*/goals/*/statement                 Goal.description
            /plans/*/goals/*/inOwnWords                Goal.{in-own-words}
            /plans/*/goals/*/lifeDomains               Goal.category
            /plans/*/goals/*/lifeDomains/*             Goal.category[*]
            /plans/*/goals/*/status                    Goal.lifecycleStatus
            /plans/*/goals/*/achievement               Goal.achievementStatus
            /plans/*/goals/*/priority                  Goal.priority
            /plans/*/goals/*/startDate                 Goal.start
            /plans/*/goals/*/objectives                Goal.target
            /plans/*/goals/*/objectives/*              Goal.target[*]
            /plans/*/goals/*/objectives/*/id           Goal.target[*].id
            /plans/*/goals/*/objectives/*/measure      Goal.target[*].measure
            /plans/*/goals/*/objectives/*/baseline     Goal.target[*].{objective-baseline}
            /plans/*/goals/*/objectives/*/target       Goal.target[*].detail
            /plans/*/goals/*/objectives/*/targetDate   Goal.target[*].due
            /plans/*/goals/*/objectives/*/achievement  Goal.target[*].{objective-achievement}

            /plans/*/interventions/*                      ServiceRequest
            /plans/*/interventions/*/id                   ServiceRequest.identifier
            /plans/*/interventions/*/goalIds              ServiceRequest.{resource-pertainsToGoal}
            /plans/*/interventions/*/goalIds/*            ServiceRequest.{resource-pertainsToGoal}[*]
            /plans/*/interventions/*/serviceFunction      ServiceRequest.code.coding
            /plans/*/interventions/*/description          ServiceRequest.code.text
            /plans/*/interventions/*/responsibleMemberId  ServiceRequest.{team-member}
            /plans/*/interventions/*/providerType         ServiceRequest.performerType
            /plans/*/interventions/*/paid                 ServiceRequest.{paid}
            /plans/*/interventions/*/frequency            ServiceRequest.occurrence.repeat
            /plans/*/interventions/*/frequency/times      ServiceRequest.occurrence.repeat.frequency
            /plans/*/interventions/*/frequency/every      ServiceRequest.occurrence.repeat.period
            /plans/*/interventions/*/frequency/unit       ServiceRequest.occurrence.repeat.periodUnit
            /plans/*/interventions/*/setting              ServiceRequest.locationCode

            /plans/*/supports/*                          ServiceRequest
            /plans/*/supports/*/id                       ServiceRequest.identifier
            /plans/*/supports/*/goalIds                  ServiceRequest.{resource-pertainsToGoal}
            /plans/*/supports/*/goalIds/*                ServiceRequest.{resource-pertainsToGoal}[*]
            /plans/*/supports/*/kind                     ServiceRequest.category
            /plans/*/supports/*/paid                     ServiceRequest.{paid}
            /plans/*/supports/*/provider                 ServiceRequest.performer
            /plans/*/supports/*/providerMemberId         ServiceRequest.{team-member}
            /plans/*/supports/*/naturalSupportId         ServiceRequest.performer
            /plans/*/supports/*/type                     ServiceRequest.code.text
            /plans/*/supports/*/scope                    ServiceRequest.{support-scope}
            /plans/*/supports/*/frequency                ServiceRequest.occurrence.repeat
            /plans/*/supports/*/frequency/times          ServiceRequest.occurrence.repeat.frequency
            /plans/*/supports/*/frequency/every          ServiceRequest.occurrence.repeat.period
            /plans/*/supports/*/frequency/unit           ServiceRequest.occurrence.repeat.periodUnit
            /plans/*/supports/*/funding                  ServiceRequest.{funding}
            /plans/*/supports/*/communitySupport         ServiceRequest.{community-support}
            /plans/*/supports/*/billingCode              ServiceRequest.code.coding
            /plans/*/supports/*/billingCode/code         ServiceRequest.code.coding
            /plans/*/supports/*/billingCode/modifiers    ServiceRequest.{billing-modifier}
            /plans/*/supports/*/billingCode/modifiers/*  ServiceRequest.{billing-modifier}

            /plans/*/risks/*                      Flag
            /plans/*/risks/*/id                   Flag.identifier
            /plans/*/risks/*/category             Flag.code.coding
            /plans/*/risks/*/description          Flag.code.text
            /plans/*/risks/*/mitigation           Flag.{mitigation}
            /plans/*/risks/*/backupPlan           Flag.{backup-plan}
            /plans/*/risks/*/discussedWithPerson  Flag.{discussed-with-person}
            /plans/*/risks/*/evaluatedOn          Flag.period.start

            /plans/*/crisisPlan                                       CarePlan
            /plans/*/crisisPlan/id                                    CarePlan.identifier
            /plans/*/crisisPlan/warningSigns                          CarePlan.{crisis-warning-sign}
            /plans/*/crisisPlan/warningSigns/*                        CarePlan.{crisis-warning-sign}
            /plans/*/crisisPlan/copingStrategies                      CarePlan.{crisis-coping-strategy}
            /plans/*/crisisPlan/copingStrategies/*                    CarePlan.{crisis-coping-strategy}
            /plans/*/crisisPlan/distractions                          CarePlan.{crisis-distraction}
            /plans/*/crisisPlan/distractions/*                        CarePlan.{crisis-distraction}
            /plans/*/crisisPlan/keepingSafe                           CarePlan.{crisis-keeping-safe}
            /plans/*/crisisPlan/keepingSafe/*                         CarePlan.{crisis-keeping-safe}
            /plans/*/crisisPlan/whatHelps                             CarePlan.{crisis-what-helps}
            /plans/*/crisisPlan/whatHelps/*                           CarePlan.{crisis-what-helps}
            /plans/*/crisisPlan/whatDoesNotHelp                       CarePlan.{crisis-what-does-not-help}
            /plans/*/crisisPlan/whatDoesNotHelp/*                     CarePlan.{crisis-what-does-not-help}
            /plans/*/crisisPlan/preferredPlacesOfCare                 CarePlan.{crisis-preferred-place-of-care}
            /plans/*/crisisPlan/preferredPlacesOfCare/*               CarePlan.{crisis-preferred-place-of-care}
            /plans/*/crisisPlan/placesToAvoid                         CarePlan.{crisis-place-to-avoid}
            /plans/*/crisisPlan/placesToAvoid/*                       CarePlan.{crisis-place-to-avoid}
            /plans/*/crisisPlan/whenOthersTakeOver                    CarePlan.{crisis-when-others-take-over}
            /plans/*/crisisPlan/whenOthersTakeOver/*                  CarePlan.{crisis-when-others-take-over}
            /plans/*/crisisPlan/afterCrisis                           CarePlan.{crisis-after-crisis}
            /plans/*/crisisPlan/afterCrisis/*                         CarePlan.{crisis-after-crisis}
            /plans/*/crisisPlan/peopleToAsk                           CarePlan.{crisis-contact}
            /plans/*/crisisPlan/peopleToAsk/*                         CarePlan.{crisis-contact}[*]
            /plans/*/crisisPlan/peopleToAsk/*/naturalSupportId        CarePlan.{crisis-contact}[*].extension('naturalSupport')
            /plans/*/crisisPlan/peopleToAsk/*/teamMemberId            CarePlan.{crisis-contact}[*].extension('teamMember')
            /plans/*/crisisPlan/peopleToAsk/*/name                    CarePlan.{crisis-contact}[*].extension('name')
            /plans/*/crisisPlan/peopleToAsk/*/contactPoints           CarePlan.{crisis-contact}[*].extension('telecom')
            /plans/*/crisisPlan/peopleToAsk/*/contactPoints/*         CarePlan.{crisis-contact}[*].extension('telecom')[*]
            /plans/*/crisisPlan/peopleToAsk/*/contactPoints/*/system  CarePlan.{crisis-contact}[*].extension('telecom')[*].value.system
            /plans/*/crisisPlan/peopleToAsk/*/contactPoints/*/value   CarePlan.{crisis-contact}[*].extension('telecom')[*].value.value
            /plans/*/crisisPlan/peopleToAsk/*/contactPoints/*/use     CarePlan.{crisis-contact}[*].extension('telecom')[*].value.use
            /plans/*/crisisPlan/peopleToAsk/*/note                    CarePlan.{crisis-contact}[*].extension('note')
            /plans/*/crisisPlan/peopleNotToInvolve                    CarePlan.{crisis-contact}
            /plans/*/crisisPlan/peopleNotToInvolve/*                  CarePlan.{crisis-contact}
            /plans/*/crisisPlan/professionals                         CarePlan.{crisis-contact}
            /plans/*/crisisPlan/professionals/*                       CarePlan.{crisis-contact}
            /plans/*/crisisPlan/agreedOn                              CarePlan.{agreed-on}
            /plans/*/crisisPlan/reviewDue                             CarePlan.{next-review-due}

            /plans/*/reviews/*                             Encounter
            /plans/*/reviews/*/id                          Encounter.identifier
            /plans/*/reviews/*/date                        Encounter.period.start
            /plans/*/reviews/*/participantIds              Encounter.{team-member}
            /plans/*/reviews/*/participantIds/*            Encounter.{team-member}
            /plans/*/reviews/*/changesInNeeds              Encounter.{changes-in-needs}
            /plans/*/reviews/*/goalProgress                Encounter.{goal-progress}
            /plans/*/reviews/*/goalProgress/*              Encounter.{goal-progress}[*]
            /plans/*/reviews/*/goalProgress/*/goalId       Encounter.{goal-progress}[*].extension('goal')
            /plans/*/reviews/*/goalProgress/*/achievement  Encounter.{goal-progress}[*].extension('achievement')
            /plans/*/reviews/*/goalProgress/*/note         Encounter.{goal-progress}[*].extension('note')
            /plans/*/reviews/*/risksRevisited              Encounter.{risks-revisited}
            /plans/*/reviews/*/changesAgreed               Encounter.{changes-agreed}
            /plans/*/reviews/*/resultingVersion            Encounter.{resulting-version}
            /plans/*/reviews/*/nextReviewDue               Encounter.{next-review-due}

            /plans/*/agreements/*           Consent
            /plans/*/agreements/*/memberId  Consent.{team-member}
            /plans/*/agreements/*/decision  Consent.{agreement-decision}
            /plans/*/agreements/*/agreedOn  Consent.dateTime
            /plans/*/agreements/*/method    Consent.{agreement-method}

            /contactArrangements/*                         CommunicationRequest
            /contactArrangements/*/id                      CommunicationRequest.identifier
            /contactArrangements/*/planId                  CommunicationRequest.basedOn
            /contactArrangements/*/preferredModes          CommunicationRequest.medium
            /contactArrangements/*/preferredModes/*        CommunicationRequest.medium[*]
            /contactArrangements/*/preferredTimes          CommunicationRequest.{preferred-times}
            /contactArrangements/*/frequency               CommunicationRequest.{frequency}
            /contactArrangements/*/frequency/times         CommunicationRequest.{frequency}.value.repeat.frequency
            /contactArrangements/*/frequency/every         CommunicationRequest.{frequency}.value.repeat.period
            /contactArrangements/*/frequency/unit          CommunicationRequest.{frequency}.value.repeat.periodUnit
            /contactArrangements/*/workerContact           CommunicationRequest.{worker-contact}
            /contactArrangements/*/workerContact/*         CommunicationRequest.{worker-contact}[*]
            /contactArrangements/*/workerContact/*/system  CommunicationRequest.{worker-contact}[*].value.system
            /contactArrangements/*/workerContact/*/value   CommunicationRequest.{worker-contact}[*].value.value
            /contactArrangements/*/workerContact/*/use     CommunicationRequest.{worker-contact}[*].value.use
            /contactArrangements/*/whenUnavailable         CommunicationRequest.{when-unavailable}
            /contactArrangements/*/agreedOn                CommunicationRequest.authoredOn
            /contactArrangements/*/reviewDue               CommunicationRequest.{next-review-due}

            /contacts/*                    Encounter                               Appointment
            /contacts/*/id                 Encounter.identifier                    Appointment.identifier
            /contacts/*/planId             Encounter.{care-plan}                   Appointment.{care-plan}
            /contacts/*/episodeId          Encounter.episodeOfCare                 Appointment.{episode-of-care}
            /contacts/*/start              Encounter.period.start                  Appointment.start
            /contacts/*/end                Encounter.period.end                    Appointment.end
            /contacts/*/setting            Encounter.type                          Appointment.serviceType
            /contacts/*/mode               Encounter.type                          Appointment.serviceType
            /contacts/*/providerMemberId   Encounter.{team-member}                 Appointment.{team-member}
            /contacts/*/attendance         Encounter.status                        Appointment.status
            /contacts/*/need               Encounter.reasonCode                    Appointment.reasonCode
            /contacts/*/interventionIds    Encounter.basedOn                       Appointment.basedOn
            /contacts/*/interventionIds/*  Encounter.basedOn[*]                    Appointment.basedOn[*]
            /contacts/*/goalIds            Encounter.{resource-pertainsToGoal}     Appointment.{resource-pertainsToGoal}
            /contacts/*/goalIds/*          Encounter.{resource-pertainsToGoal}[*]  Appointment.{resource-pertainsToGoal}[*]
            /contacts/*/response           Encounter.{response}                    Appointment.{response}
            /contacts/*/nextSteps          Encounter.{next-steps}                  Appointment.{next-steps}
            /contacts/*/collaborative      Encounter.{collaborative}               Appointment.{collaborative}

            /reEngagementAttempts/*                 Communication
            /reEngagementAttempts/*/id              Communication.identifier
            /reEngagementAttempts/*/afterContactId  Communication.about
            /reEngagementAttempts/*/date            Communication.sent
            /reEngagementAttempts/*/mode            Communication.medium
            /reEngagementAttempts/*/target          Communication.{re-engagement-target}
            /reEngagementAttempts/*/byMemberId      Communication.{team-member}
            /reEngagementAttempts/*/outcome         Communication.statusReason
            /reEngagementAttempts/*/note            Communication.note

            /referrals/*                                ServiceRequest
            /referrals/*/id                             ServiceRequest.identifier
            /referrals/*/kind                           ServiceRequest.category[1]
            /referrals/*/planId                         ServiceRequest.basedOn
            /referrals/*/program                        ServiceRequest.performer
            /referrals/*/programContact                 ServiceRequest.{program-contact}
            /referrals/*/programContact/*               ServiceRequest.{program-contact}[*]
            /referrals/*/programContact/*/system        ServiceRequest.{program-contact}[*].value.system
            /referrals/*/programContact/*/value         ServiceRequest.{program-contact}[*].value.value
            /referrals/*/programContact/*/use           ServiceRequest.{program-contact}[*].value.use
            /referrals/*/communitySupport               ServiceRequest.{community-support}
            /referrals/*/billingCode                    ServiceRequest.code.coding
            /referrals/*/billingCode/code               ServiceRequest.code.coding
            /referrals/*/billingCode/modifiers          ServiceRequest.{billing-modifier}
            /referrals/*/billingCode/modifiers/*        ServiceRequest.{billing-modifier}
            /referrals/*/personsChoice                  ServiceRequest.{persons-choice}
            /referrals/*/personsChoice/expressedOn      ServiceRequest.{persons-choice}.extension('expressedOn')
            /referrals/*/personsChoice/inOwnWords       ServiceRequest.{persons-choice}.extension('inOwnWords')
            /referrals/*/requiredByPlan                 ServiceRequest.{required-by-plan}
            /referrals/*/contactDetailsGiven            ServiceRequest.{contact-details-given}
            /referrals/*/contactFacilitated             ServiceRequest.{contact-facilitated}
            /referrals/*/referredOn                     ServiceRequest.authoredOn
            /referrals/*/referredByMemberId             ServiceRequest.{team-member}
            /referrals/*/status                         Task.businessStatus
            /referrals/*/statusHistory                  Task.{status-update}
            /referrals/*/statusHistory/*                Task.{status-update}[*]
            /referrals/*/statusHistory/*/status         Task.{status-update}[*].extension('status')
            /referrals/*/statusHistory/*/date           Task.{status-update}[*].extension('date')
            /referrals/*/statusHistory/*/closureReason  Task.{status-update}[*].extension('closureReason')
            /referrals/*/outreachAttempts/*             Communication
            /referrals/*/outreachAttempts/*/id          Communication.identifier
            /referrals/*/outreachAttempts/*/date        Communication.sent
            /referrals/*/outreachAttempts/*/mode        Communication.medium
            /referrals/*/outreachAttempts/*/outcome     Communication.statusReason
            /referrals/*/outreachAttempts/*/note        Communication.note

            /episodes/*                        EpisodeOfCare
            /episodes/*/id                     EpisodeOfCare.identifier
            /episodes/*/serviceModel           EpisodeOfCare.type
            /episodes/*/status                 EpisodeOfCare.status
            /episodes/*/planId                 EpisodeOfCare.{care-plan}
            /episodes/*/referralId             EpisodeOfCare.referralRequest
            /episodes/*/period                 EpisodeOfCare.period
            /episodes/*/period/start           EpisodeOfCare.period.start
            /episodes/*/period/end             EpisodeOfCare.period.end
            /episodes/*/phases                 EpisodeOfCare.statusHistory
            /episodes/*/phases/*               EpisodeOfCare.statusHistory[*]
            /episodes/*/phases/*/phase         EpisodeOfCare.statusHistory[*].{episode-phase}
            /episodes/*/phases/*/period        EpisodeOfCare.statusHistory[*].period
            /episodes/*/phases/*/period/start  EpisodeOfCare.statusHistory[*].period.start
            /episodes/*/phases/*/period/end    EpisodeOfCare.statusHistory[*].period.end
            /episodes/*/phases/*/chargeable    EpisodeOfCare.statusHistory[*].{chargeable}
            /episodes/*/teamMemberIds          EpisodeOfCare.{team-member}
            /episodes/*/teamMemberIds/*        EpisodeOfCare.{team-member}

            /dischargePlans/*                                                CarePlan
            /dischargePlans/*/id                                             CarePlan.identifier
            /dischargePlans/*/kind                                           CarePlan.category[1]
            /dischargePlans/*/planId                                         CarePlan.basedOn
            /dischargePlans/*/episodeId                                      CarePlan.{episode-of-care}
            /dischargePlans/*/reason                                         CarePlan.{discharge-reason}
            /dischargePlans/*/facility                                       CarePlan.{facility}
            /dischargePlans/*/plannedDate                                    CarePlan.{planned-date}
            /dischargePlans/*/actualDate                                     CarePlan.{actual-date}
            /dischargePlans/*/continuingServices                             CarePlan.activity
            /dischargePlans/*/noAftercareReason                              CarePlan.{no-aftercare-reason}
            /dischargePlans/*/followUpAppointments                           CarePlan.activity
            /dischargePlans/*/crisisPlanId                                   CarePlan.{crisis-plan}
            /dischargePlans/*/participantIds                                 CarePlan.{team-member}
            /dischargePlans/*/participantIds/*                               CarePlan.{team-member}
            /dischargePlans/*/personAgreed                                   CarePlan.{person-agreed}
            /dischargePlans/*/agreedOn                                       CarePlan.{agreed-on}
            /dischargePlans/*/continuingServices/*                           ServiceRequest
            /dischargePlans/*/continuingServices/*/description               ServiceRequest.code.text
            /dischargePlans/*/continuingServices/*/provider                  ServiceRequest.performer
            /dischargePlans/*/continuingServices/*/serviceFunction           ServiceRequest.code.coding
            /dischargePlans/*/continuingServices/*/providerContact           ServiceRequest.{program-contact}
            /dischargePlans/*/continuingServices/*/providerContact/*         ServiceRequest.{program-contact}[*]
            /dischargePlans/*/continuingServices/*/providerContact/*/system  ServiceRequest.{program-contact}[*].value.system
            /dischargePlans/*/continuingServices/*/providerContact/*/value   ServiceRequest.{program-contact}[*].value.value
            /dischargePlans/*/continuingServices/*/providerContact/*/use     ServiceRequest.{program-contact}[*].value.use
            /dischargePlans/*/continuingServices/*/startsOn                  ServiceRequest.occurrence
            /dischargePlans/*/followUpAppointments/*                         Appointment
            /dischargePlans/*/followUpAppointments/*/start                   Appointment.requestedPeriod.start
            /dischargePlans/*/followUpAppointments/*/withWhom                Appointment.participant[1].actor
            /dischargePlans/*/followUpAppointments/*/purpose                 Appointment.description
            """;

    private static final String INDEX = "[*]";

    private static final Map<String, List<String>> PATHS = paths(TABLE);

    private ElementPaths() {}

    /**
     * Gets the pointers that the table of paths has a line for.
     *
     * @return the pointers, with {@code *} for an index; unmodifiable, not null
     */
    static Set<String> pointers() {
        return PATHS.keySet();
    }

    /**
     * Derives the FHIRPath of the element at a JSON Pointer, the first where the element has more than one.
     *
     * @param pointer the JSON Pointer of the native document, not null
     * @return the FHIRPath, null if the mapping places no element there
     */
    static String expression(String pointer) {
        List<String> expressions = expressions(pointer);
        return expressions.isEmpty() ? null : expressions.get(0);
    }

    /**
     * Derives the FHIRPaths of the element at a JSON Pointer, one for each resource type it may be written into.
     *
     * @param pointer the JSON Pointer of the native document, not null
     * @return the FHIRPaths, empty if the mapping places no element there; unmodifiable, not null
     */
    static List<String> expressions(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        List<String> segments = List.of(pointer.substring(1).split("/", -1));
        for (int length = segments.size(); length > 0; length--) {
            StringBuilder pattern = new StringBuilder();
            List<String> indices = new ArrayList<>();
            for (String segment : segments.subList(0, length)) {
                boolean isIndex = !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
                pattern.append('/').append(isIndex ? "*" : segment);
                if (isIndex) {
                    indices.add(segment);
                }
            }
            List<String> paths = PATHS.get(pattern.toString());
            boolean exact = length == segments.size();
            if (paths != null && (exact || pattern.charAt(pattern.length() - 1) == '*')) {
                List<String> expressions = new ArrayList<>(paths.size());
                for (String path : paths) {
                    expressions.add(withIndices(path, indices));
                }
                return List.copyOf(expressions);
            }
        }
        return List.of();
    }

    /** Puts the last indices of a pointer, in order, in place of the path's {@code [*]}. */
    private static String withIndices(String path, List<String> indices) {
        StringBuilder expression = new StringBuilder(path.length() + 8);
        int next = indices.size() - wildcards(path);
        int from = 0;
        for (int at = path.indexOf(INDEX); at >= 0; at = path.indexOf(INDEX, from)) {
            expression
                    .append(path, from, at)
                    .append('[')
                    .append(indices.get(next++))
                    .append(']');
            from = at + INDEX.length();
        }
        return expression.append(path, from, path.length()).toString();
    }

    private static int wildcards(String text) {
        int count = 0;
        for (int at = text.indexOf(INDEX); at >= 0; at = text.indexOf(INDEX, at + INDEX.length())) {
            count++;
        }
        return count;
    }

    /**
     * Reads the table of paths: a line's first word is the pointer, the others its paths, whose {@code {name}}
     * becomes {@code extension('url')}.
     *
     * @throws IllegalStateException if a line repeats a pointer, names an extension that does not exist, or has
     *     more {@code [*]} in a path than {@code *} in its pointer
     */
    private static Map<String, List<String>> paths(String table) {
        Map<String, String> urls = new HashMap<>();
        for (FhirExtension extension : FhirExtension.values()) {
            urls.put(extension.getName(), extension.getUrl());
        }
        for (String url : List.of(FhirCodeSystems.PERTAINS_TO_GOAL, FhirCodeSystems.INTERPRETER_REQUIRED)) {
            urls.put(url.substring(url.lastIndexOf('/') + 1), url);
        }
        Map<String, List<String>> paths = new HashMap<>();
        for (String line : table.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] words = line.trim().split("\\s+");
            String pointer = words[0];
            List<String> expressions = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                String path = extensions(words[i], urls);
                if (wildcards(path) > pointer.chars().filter(c -> c == '*').count()) {
                    throw new IllegalStateException("More indices in the path than in the pointer " + pointer);
                }
                expressions.add(path);
            }
            if (paths.put(pointer, List.copyOf(expressions)) != null) {
                throw new IllegalStateException("Repeated pointer " + pointer);
            }
        }
        return Map.copyOf(paths);
    }

    private static String extensions(String path, Map<String, String> urls) {
        StringBuilder expression = new StringBuilder();
        int from = 0;
        for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', from)) {
            int close = path.indexOf('}', open);
            String url = urls.get(path.substring(open + 1, close));
            if (url == null) {
                throw new IllegalStateException("No extension " + path.substring(open + 1, close));
            }
            expression
                    .append(path, from, open)
                    .append("extension('")
                    .append(url)
                    .append("')");
            from = close + 1;
        }
        return expression.append(path, from, path.length()).toString();
    }
}
