package org.recoverykit.testkit;

import java.util.Locale;

/**
 * A defect that a {@link RecordGenerator} can put into a generated record: one per rule of the starting
 * catalogue of the design, named after the rule id. The validator's other rules (RK-ID-UNIQUE, RK-REF,
 * MH22-CONTACT-REVIEW and the FIELD-* constraints) have no defect: a generated record always keeps them.
 *
 * <p>A record generated without a defect satisfies every rule of the catalogue. A record generated with a
 * defect breaks exactly the defect's rule, in one place, and still satisfies every other rule; every id in it
 * is still unique and every reference still resolves. The generator first makes sure that the record has what
 * the defect needs (a missed contact for {@link #CS_MISSED}, an STR episode for {@link #STR_ENABLEMENT}...),
 * then mutates it; {@link DefectiveRecord#getPointer()} gives the JSON Pointer of the mutated place. When the
 * record drawn without the defect already has what the defect needs, the generator draws that same record,
 * so the two differ only where the defect changed it.
 *
 * <p>In the pointers below, {@code P} is the index of the current plan, the last of {@code plans}, and the
 * other capital letters are the index of the element the defect picked.
 *
 * <h2>How the rules are read</h2>
 * The catalogue states each rule in one sentence; the defects, and the records generated without one, follow
 * this reading of them, with these policy values:
 * <ul>
 *   <li>a rule about "the plan" applies to every plan version; the defects mutate the current plan, the last
 *       of {@code plans};
 *   <li>CS-CHILD-FAMILY: a plan whose person is a child or a youth on the plan's period start has a team
 *       member with role {@code family} or {@code natural-support};
 *   <li>CS-NATURAL: a plan has a support of kind {@code natural} that names one of the person's natural
 *       supports;
 *   <li>CS-NOTE: an attended contact has a need, at least one intervention id and one goal id, a provider
 *       member, an end, a setting and a response;
 *   <li>CS-MISSED: each missed contact has a re-engagement attempt that names it in {@code afterContactId},
 *       dated on the day of the contact or at most 7 days after;
 *   <li>MH22-BREAKDOWN: 3 consecutive contacts, in order of start, that the person did not attend (missed or
 *       cancelled by the person) are followed by a re-engagement attempt dated on or after the day of the third
 *       and at most 7 days after it; generated records never hold more than 2 contacts in a row that were not
 *       attended;
 *   <li>PCP-STRENGTHS: the person has at least one strength and at least one interest;
 *   <li>PCP-SUPPORTS: a support states paid or unpaid, a type, a scope, an amount, a frequency and a duration,
 *       and who gives it: a provider or a provider member, or a natural support for a {@code natural} one;
 *   <li>PCP-REVIEW: a plan's next review is due at most 90 days after its latest review, or after its
 *       period start when it has none, and each review follows the one before, or the start, within 90 days
 *       (12 months, the 42 CFR 441.301(c)(3) limit, is the loosest policy; the defect breaks that too);
 *   <li>MH22-ARRANGEMENT: an active plan has a contact arrangement that names it, with an agreed date and who
 *       to contact when the worker is unavailable;
 *   <li>MH22-AGREED: every plan version has an agreement, decision {@code agreed}, by its team member with
 *       role {@code person};
 *   <li>MH22-MINIMAL: no free text holds a phone number or other identifier (7 or more digits, allowing
 *       spaces, dots, hyphens and brackets between them) or an e-mail address;
 *   <li>STR-ENABLEMENT: an STR episode's enablement phase spans at most 42 days, counting both ends; generated
 *       ones span at most 35;
 *   <li>STR-TOTAL: an STR episode has an end, before 6 months after its start; generated ones span at most 150
 *       days;
 *   <li>STR-CHARGEABLE: a contact of an STR episode dated after its enablement phase falls in a chargeable
 *       phase;
 *   <li>PEER-CHOICE, PEER-CONTACT, ECM-OUTREACH: a referral is accepted when its status is {@code accepted}
 *       or {@code completed}, or its status history holds {@code accepted}; a peer-support referral has the
 *       person's choice with the date it was expressed, and is not required by the plan;
 *   <li>CSUP-CODE: a community-supports referral or support names a service and a billing code that the
 *       {@linkplain org.recoverykit.model.CommunitySupportCatalogue#standard() standard catalogue} pairs,
 *       and any referral or support with a billing code names the service it claims.
 * </ul>
 */
public enum Defect {
    /** Breaks CS-GOAL-DOMAIN: removes the life domains of one goal ({@code /plans/P/goals/G/lifeDomains}). */
    CS_GOAL_DOMAIN,
    /** Breaks CS-MEASURABLE: removes the amount of one intervention ({@code /plans/P/interventions/I/amount}). */
    CS_MEASURABLE,
    /** Breaks CS-TEAM: removes the person's id from their team member ({@code /plans/P/team/T/personId}). */
    CS_TEAM,
    /** Breaks CS-CHILD-FAMILY: removes the family and natural supports from a child's or youth's team ({@code /plans/P/team}). */
    CS_CHILD_FAMILY,
    /** Breaks CS-NOTE: removes the person's response from one attended contact ({@code /contacts/C/response}). */
    CS_NOTE,
    /** Breaks CS-DISCHARGE: removes a discharge plan's continuing services and its reason for having none ({@code /dischargePlans/D/continuingServices}). */
    CS_DISCHARGE,
    /** Breaks CS-MISSED: removes the re-engagement attempts after one missed contact ({@code /contacts/C}). */
    CS_MISSED,
    /** Breaks CS-RELAPSE: removes the crisis plan of a plan with a relapse risk ({@code /plans/P/crisisPlan}). */
    CS_RELAPSE,
    /** Breaks CS-NATURAL: removes the natural supports from the plan's supports ({@code /plans/P/supports}). */
    CS_NATURAL,
    /** Breaks PCP-OWN-WORDS: marks one goal statement as not in the person's own words ({@code /plans/P/goals/G/inOwnWords}). */
    PCP_OWN_WORDS,
    /** Breaks PCP-STRENGTHS: removes the person's strengths and interests ({@code /person/strengths}). */
    PCP_STRENGTHS,
    /** Breaks PCP-SUPPORTS: removes the scope of one support ({@code /plans/P/supports/S/scope}). */
    PCP_SUPPORTS,
    /** Breaks PCP-COPY: removes the date a copy of the current plan was offered ({@code /plans/P/copyOfferedOn}). */
    PCP_COPY,
    /** Breaks PCP-REVIEW: puts the next review of the current plan 400 days after its latest review ({@code /plans/P/nextReviewDue}). */
    PCP_REVIEW,
    /** Breaks MH22-ARRANGEMENT: removes who to contact when the worker is unavailable from an active plan's arrangement ({@code /contactArrangements/A/whenUnavailable}). */
    MH22_ARRANGEMENT,
    /** Breaks MH22-BREAKDOWN: makes the last 3 contacts cancelled by the person, with no re-engagement attempt after them ({@code /contacts/C}). */
    MH22_BREAKDOWN,
    /** Breaks MH22-RISK: removes the mitigation of one risk ({@code /plans/P/risks/R/mitigation}). */
    MH22_RISK,
    /** Breaks MH22-AGREED: removes the person's agreement to a new version of the plan ({@code /plans/P/agreements}). */
    MH22_AGREED,
    /** Breaks MH22-MINIMAL: writes another person's phone number into a contact's next steps ({@code /contacts/C/nextSteps}). */
    MH22_MINIMAL,
    /** Breaks STR-ENABLEMENT: stretches an STR episode's enablement phase to 7 or 8 weeks ({@code /episodes/E/phases/0/period}). */
    STR_ENABLEMENT,
    /** Breaks STR-TOTAL: extends an STR episode to 7 months ({@code /episodes/E/period}). */
    STR_TOTAL,
    /** Breaks STR-CHARGEABLE: marks the phase after an STR episode's enablement, which holds a contact, not chargeable ({@code /episodes/E/phases/1/chargeable}). */
    STR_CHARGEABLE,
    /** Breaks PEER-CHOICE: removes the person's choice from a peer-support referral ({@code /referrals/F/personsChoice}). */
    PEER_CHOICE,
    /** Breaks PEER-CONTACT: an accepted peer-support referral neither gave contact details nor facilitated contact ({@code /referrals/F/contactDetailsGiven}). */
    PEER_CONTACT,
    /** Breaks CSUP-CODE: gives a community-supports referral the billing code of another service ({@code /referrals/F/billingCode}). */
    CSUP_CODE,
    /** Breaks ECM-OUTREACH: removes the outreach attempts of an accepted referral ({@code /referrals/F/outreachAttempts}). */
    ECM_OUTREACH;

    /**
     * Gets the id of the rule this defect breaks.
     *
     * @return the rule id, such as {@code CS-GOAL-DOMAIN}, not null
     */
    public String getRuleId() {
        return name().replace('_', '-').toUpperCase(Locale.ROOT);
    }

    /**
     * Obtains the defect that breaks the given rule.
     *
     * @param ruleId the rule id, such as {@code CS-GOAL-DOMAIN}, not null
     * @return the defect, not null
     * @throws IllegalArgumentException if no defect breaks that rule
     */
    public static Defect ofRuleId(String ruleId) {
        for (Defect defect : values()) {
            if (defect.getRuleId().equals(ruleId)) {
                return defect;
            }
        }
        throw new IllegalArgumentException("No defect breaks the rule " + ruleId);
    }
}
