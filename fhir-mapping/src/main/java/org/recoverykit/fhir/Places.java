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
    /** A scope in which no model id names a resource, so that references from it are logical ones. */
    static final String NOWHERE = "nowhere";

    private Places() {}

    static String naturalSupport(int i) {
        return "person/naturalSupports/" + i;
    }

    static String plan(int p) {
        return "plans/" + p;
    }

    /** The place of a plan's goal. */
    static String goal(int p, int g) {
        return plan(p) + "/goals/" + g;
    }

    /** The place of a plan's intervention. */
    static String intervention(int p, int i) {
        return plan(p) + "/interventions/" + i;
    }

    /** The scope in which a plan's goal ids name its goals, such as {@code plans/0/goal}. */
    static String goalScope(int p) {
        return plan(p) + "/goal";
    }

    /** The scope in which a plan's intervention ids name its interventions. */
    static String interventionScope(int p) {
        return plan(p) + "/intervention";
    }
}
