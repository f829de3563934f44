package org.recoverykit.model;

import java.util.List;

/**
 * An area of a person's life that their plan can address, such as housing or mental health.
 *
 * <p>The individualized treatment plan is based on the life domains that the person has identified as
 * affected by their illness (Community Support Training 101). Each domain maps to the areas of other
 * instruments: the Recovery Star, the DLA-20 and the Gravity Project's SDOH categories. Those crosswalks are
 * reference data, read once from the {@code life-domain-crosswalk.csv} resource of this package; only the
 * names of licensed instruments' areas are shipped, never their item text.
 */
public enum LifeDomain implements Coded {
    /** Mental health and managing it. */
    MENTAL_HEALTH("Mental health"),
    /** Medication and its use. */
    MEDICATION("Medication"),
    /** Physical health. */
    PHYSICAL_HEALTH("Physical health"),
    /** Use of alcohol and drugs. */
    SUBSTANCE_USE("Substance use"),
    /** Personal safety, including safety from abuse and violence. */
    SAFETY("Safety"),
    /** Personal hygiene, grooming and dress. */
    SELF_CARE("Self-care"),
    /** Food and nutrition. */
    NUTRITION("Nutrition"),
    /** Daily living skills and managing time. */
    DAILY_LIVING("Daily living"),
    /** Housing and keeping a home. */
    HOUSING("Housing"),
    /** Money, budgeting, income and benefits. */
    FINANCES_AND_BENEFITS("Finances and benefits"),
    /** Work and employment. */
    EMPLOYMENT("Employment"),
    /** School and education. */
    EDUCATION("Education"),
    /** Family and close relationships. */
    FAMILY_AND_RELATIONSHIPS("Family and relationships"),
    /** Social networks and connectedness. */
    SOCIAL_CONNECTION("Social connection"),
    /** Peer support and self-help. */
    PEER_AND_SELF_HELP("Peer support and self-help"),
    /** Leisure, recreation and fitness. */
    LEISURE("Leisure"),
    /** Identity, culture and spirituality. */
    IDENTITY_CULTURE_SPIRITUALITY("Identity, culture and spirituality"),
    /** Communication, including language. */
    COMMUNICATION("Communication"),
    /** Internet access and digital skills. */
    DIGITAL_ACCESS("Digital access"),
    /** Transportation. */
    TRANSPORTATION("Transportation"),
    /** Community resources and advocacy. */
    COMMUNITY_RESOURCES_AND_ADVOCACY("Community resources and advocacy"),
    /** Legal matters and the justice system. */
    LEGAL("Legal"),
    /** Engagement with services and transitions between them. */
    ENGAGEMENT_AND_TRANSITIONS("Engagement and transitions"),
    /** Any other area. */
    OTHER("Other");

    private final String display;

    LifeDomain(String display) {
        this.display = display;
    }

    @Override
    public String getDisplay() {
        return display;
    }

    /**
     * Gets the names of the Recovery Star areas that this domain maps to.
     *
     * <p>The mapping is indirect where {@link #isRecoveryStarIndirect()} is true.
     *
     * @return the Recovery Star area names, such as {@code Living skills}; unmodifiable, empty if none, not
     *     null
     */
    public List<String> getRecoveryStarAreas() {
        return LifeDomainCrosswalk.standard().get(this).recoveryStarAreas();
    }

    /**
     * Checks whether this domain maps to its Recovery Star areas only indirectly.
     *
     * <p>An indirect mapping names the nearest Recovery Star area, which covers this domain in part.
     *
     * @return true if the mapping to {@link #getRecoveryStarAreas()} is indirect, false if it is direct or
     *     there is none
     */
    public boolean isRecoveryStarIndirect() {
        return LifeDomainCrosswalk.standard().get(this).recoveryStarIndirect();
    }

    /**
     * Gets the names of the DLA-20 domains that this domain maps to.
     *
     * @return the DLA-20 domain names, such as {@code Housing stability}; unmodifiable, empty if none, not
     *     null
     */
    public List<String> getDla20Domains() {
        return LifeDomainCrosswalk.standard().get(this).dla20Domains();
    }

    /**
     * Gets the Gravity Project SDOH category codes that this domain maps to.
     *
     * <p>The codes are those of the SDOH Clinical Care code system
     * {@code http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes}.
     *
     * @return the SDOH category codes, such as {@code housing-instability}; unmodifiable, empty if none, not
     *     null
     */
    public List<String> getSdohCategories() {
        return LifeDomainCrosswalk.standard().get(this).sdohCategories();
    }
}
