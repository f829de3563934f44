package org.recoverykit.model;

/**
 * What a support worker does for or with the person: the catalogue of service functions that an
 * intervention or a contact delivers.
 *
 * <p>It holds the 25 key service functions of Community Support ({@code cs-...}, in the order of Community
 * Support Training 101), the areas that STR workers help with ({@code str-help-...}) and enable access to
 * ({@code str-access-...}), peer support, and the seven core service components of Enhanced Care Management
 * ({@code ecm-...}). Each names its {@link ServiceFunctionGroup group}, its {@link SourceDocument source} and
 * the clause of the source it comes from. Display names are short summaries, not the source's wording.
 */
public enum ServiceFunction implements Coded {
    /**
     * Key service function 1: holistic, person-centred care that builds on strengths, skills and harm reduction, with
     * the person active in every decision.
     */
    CS_HOLISTIC_CARE(
            "Holistic, strengths-based care",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 1"),
    /** Key service function 2: interventions that develop social, family, community and independent living skills. */
    CS_FUNCTIONAL_SKILLS(
            "Functional skills development",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 2"),
    /**
     * Key service function 3: defining recovery goals, identifying needs, strengths and resources, and overcoming
     * barriers.
     */
    CS_RECOVERY_FACILITATION(
            "Facilitating recovery and resiliency",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 3"),
    /**
     * Key service function 4: developing, carrying out and revising the treatment plan with the person and their team.
     */
    CS_TREATMENT_PLANNING(
            "Treatment planning",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 4"),
    /**
     * Key service function 5: services that lead to outcomes in work, housing, social connection, health and other
     * areas.
     */
    CS_POSITIVE_OUTCOMES(
            "Services toward positive outcomes",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 5"),
    /** Key service function 6: working on goals with the person, including documenting services together. */
    CS_COLLABORATIVE_DOCUMENTATION(
            "Collaborative work and documentation",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 6"),
    /**
     * Key service function 7: documenting the need, the intervention, the plan it serves, the provider, date, time,
     * setting and response.
     */
    CS_SERVICE_DOCUMENTATION(
            "Service documentation",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 7"),
    /**
     * Key service function 8: a discharge and aftercare or continuing recovery plan, with the transition to continued
     * services.
     */
    CS_DISCHARGE_PLANNING(
            "Discharge and aftercare planning",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 8"),
    /** Key service function 9: contacting the person or their referral source after a missed appointment. */
    CS_RE_ENGAGEMENT(
            "Re-engagement after missed appointments",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 9"),
    /** Key service function 10: support in a crisis, including locating and coordinating resources to resolve it. */
    CS_CRISIS_SUPPORT(
            "Crisis support",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 10"),
    /** Key service function 11: keeping in touch during a hospital stay and taking part in discharge planning. */
    CS_HOSPITAL_CONTACT(
            "Contact during hospital stays",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 11"),
    /**
     * Key service function 12: information and education about the illness, its symptoms, triggers and cravings, and
     * medication.
     */
    CS_ILLNESS_EDUCATION(
            "Illness and medication education",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 12"),
    /**
     * Key service function 13: reinforcing medication as prescribed and helping to raise concerns with the prescriber.
     */
    CS_MEDICATION_SUPPORT(
            "Medication support",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 13"),
    /** Key service function 14: psychoeducation, medication adherence, wellness planning, coping and social skills. */
    CS_ILLNESS_SELF_MANAGEMENT(
            "Illness self-management skills",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 14"),
    /**
     * Key service function 15: identifying relapse risk factors with the person and others and planning to prevent
     * relapse.
     */
    CS_RELAPSE_PREVENTION(
            "Relapse prevention planning",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 15"),
    /**
     * Key service function 16: helping the person gain and keep access to services, benefits, work, housing and more,
     * and to apply and follow up.
     */
    CS_ACCESS_SERVICES(
            "Access to services and benefits",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 16"),
    /**
     * Key service function 17: communication and coordination with providers, employers, schools, courts, landlords and
     * natural supports.
     */
    CS_CARE_COORDINATION(
            "Communication and coordination with others",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 17"),
    /**
     * Key service function 18: scheduling appointments, finding financial resources and arranging transport for
     * recommended care.
     */
    CS_MEDICAL_FOLLOW_THROUGH(
            "Follow-through with medical care",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 18"),
    /**
     * Key service function 19: wellness goals, healthy lifestyle changes and monitoring of physical health and chronic
     * disease.
     */
    CS_WELLNESS_AND_PHYSICAL_HEALTH(
            "Wellness and physical health",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 19"),
    /** Key service function 20: identifying and developing existing and new natural supports. */
    CS_NATURAL_SUPPORTS(
            "Developing natural supports",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 20"),
    /**
     * Key service function 21: skills in communication, relationships, problem solving, conflict resolution and stress
     * management.
     */
    CS_INTERPERSONAL_SKILLS(
            "Communication, relationship and coping skills",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 21"),
    /** Key service function 22: education, training and support that develop the family as a positive support. */
    CS_FAMILY_SUPPORT(
            "Family education and support",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 22"),
    /** Key service function 23: skills and resources for seeking and keeping a job. */
    CS_EMPLOYMENT_SKILLS(
            "Skills for work",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 23"),
    /** Key service function 24: skills for success in school. */
    CS_SCHOOL_SKILLS(
            "Skills for school",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 24"),
    /** Key service function 25: self-care and home management skills for achieving and keeping housing. */
    CS_INDEPENDENT_LIVING_SKILLS(
            "Self-care and home management skills",
            ServiceFunctionGroup.COMMUNITY_SUPPORT,
            SourceDocument.COMMUNITY_SUPPORT_TRAINING_101,
            "key service function 25"),
    /** STR workers help with budgeting, income, benefits and tax-credit advice. */
    STR_HELP_BUDGETING_AND_BENEFITS(
            "Budgeting, income and benefits advice",
            ServiceFunctionGroup.STR_HELP_WITH,
            SourceDocument.STR_SPECIFICATION,
            "STR workers will help with"),
    /** STR workers help with employment and housing issues. */
    STR_HELP_EMPLOYMENT_AND_HOUSING(
            "Employment and housing issues",
            ServiceFunctionGroup.STR_HELP_WITH,
            SourceDocument.STR_SPECIFICATION,
            "STR workers will help with"),
    /** STR workers help with internet access. */
    STR_HELP_INTERNET_ACCESS(
            "Internet access",
            ServiceFunctionGroup.STR_HELP_WITH,
            SourceDocument.STR_SPECIFICATION,
            "STR workers will help with"),
    /** STR workers help with leisure activities, exercise and fitness. */
    STR_HELP_LEISURE_AND_FITNESS(
            "Leisure, exercise and fitness",
            ServiceFunctionGroup.STR_HELP_WITH,
            SourceDocument.STR_SPECIFICATION,
            "STR workers will help with"),
    /** STR workers help with social networks. */
    STR_HELP_SOCIAL_NETWORKS(
            "Social networks",
            ServiceFunctionGroup.STR_HELP_WITH,
            SourceDocument.STR_SPECIFICATION,
            "STR workers will help with"),
    /** STR workers help with spirituality, creativity, and ethnic and cultural identity. */
    STR_HELP_IDENTITY_AND_SPIRITUALITY(
            "Spirituality, creativity and cultural identity",
            ServiceFunctionGroup.STR_HELP_WITH,
            SourceDocument.STR_SPECIFICATION,
            "STR workers will help with"),
    /** STR workers enable access to self-help groups. */
    STR_ACCESS_SELF_HELP_GROUPS(
            "Self-help groups",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to medicines management. */
    STR_ACCESS_MEDICINES_MANAGEMENT(
            "Medicines management",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to health checks. */
    STR_ACCESS_HEALTH_CHECKS(
            "Health checks",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to good nutrition advice. */
    STR_ACCESS_NUTRITION_ADVICE(
            "Nutrition advice",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to a GP and a dentist. */
    STR_ACCESS_GP_AND_DENTIST(
            "GP and dentist",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to advocacy. */
    STR_ACCESS_ADVOCACY(
            "Advocacy",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to health promotion, such as healthy eating, weight control and stopping smoking. */
    STR_ACCESS_HEALTH_PROMOTION(
            "Health promotion",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** STR workers enable access to substance misuse advice. */
    STR_ACCESS_SUBSTANCE_MISUSE_ADVICE(
            "Substance misuse advice",
            ServiceFunctionGroup.STR_ENABLE_ACCESS,
            SourceDocument.STR_SPECIFICATION,
            "STR workers enable access to"),
    /** Peer-to-peer support, by the person's own choice. */
    PEER_SUPPORT(
            "Peer support",
            ServiceFunctionGroup.PEER_SUPPORT,
            SourceDocument.PEER_TO_PEER_PROCEDURE,
            "purpose and significance: peer support services"),
    /** ECM core service component 1: outreach to and engagement of the member. */
    ECM_OUTREACH_AND_ENGAGEMENT(
            "Outreach and engagement",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 1"),
    /** ECM core service component 2: comprehensive assessment and the care management plan. */
    ECM_ASSESSMENT_AND_CARE_PLANNING(
            "Comprehensive assessment and care management plan",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 2"),
    /** ECM core service component 3: enhanced coordination of care. */
    ECM_CARE_COORDINATION(
            "Enhanced coordination of care",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 3"),
    /** ECM core service component 4: health promotion. */
    ECM_HEALTH_PROMOTION(
            "Health promotion",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 4"),
    /** ECM core service component 5: comprehensive transitional care. */
    ECM_TRANSITIONAL_CARE(
            "Comprehensive transitional care",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 5"),
    /** ECM core service component 6: member and family supports. */
    ECM_MEMBER_AND_FAMILY_SUPPORTS(
            "Member and family supports",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 6"),
    /** ECM core service component 7: coordination of and referral to community and social support services. */
    ECM_COMMUNITY_REFERRAL(
            "Referral to community and social supports",
            ServiceFunctionGroup.ECM_CORE_COMPONENT,
            SourceDocument.CALAIM_ECM,
            "ECM core service component 7");

    private final String display;
    private final ServiceFunctionGroup group;
    private final SourceDocument source;
    private final String clause;

    ServiceFunction(String display, ServiceFunctionGroup group, SourceDocument source, String clause) {
        this.display = display;
        this.group = group;
        this.source = source;
        this.clause = clause;
    }

    @Override
    public String getDisplay() {
        return display;
    }

    /**
     * Gets the group of this service function.
     *
     * @return the group, not null
     */
    public ServiceFunctionGroup getGroup() {
        return group;
    }

    /**
     * Gets the document that this service function comes from.
     *
     * @return the source document, not null
     */
    public SourceDocument getSource() {
        return source;
    }

    /**
     * Gets the clause of the source document that this service function comes from.
     *
     * @return the clause, such as {@code key service function 16} or {@code STR workers enable access to},
     *     not null
     */
    public String getClause() {
        return clause;
    }
}
