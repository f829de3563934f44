package org.recoverykit.fhir;

/**
 * The places of the record's resources, from which their ids are made, and the scopes in which model ids
 * name them.
 */
final class Places {
    static final String PERSON = "person";
    static final String NATURAL_SUPPORT = "naturalSupport";
    static final String PLAN = "plan";
    static final String CRISIS_PLAN = "crisisPlan";
    static final String CONTACT = "contact";
    static final String EPISODE = "episode";
    static final String REFERRAL = "referral";
    /** The scope that holds the resource type of each contact rather than its id. */
    static final String CONTACT_TYPE = "contactType";

    private Places() {}

    static String naturalSupport(int i) {
        return "person/naturalSupports/" + i;
    }

    static String plan(int p) {
        return "plans/" + p;
    }

    /** The scope of the goals, interventions, supports and team of one plan, such as {@code plans/0/goal}. */
    static String inPlan(int p, String kind) {
        return "plans/" + p + '/' + kind;
    }
}
