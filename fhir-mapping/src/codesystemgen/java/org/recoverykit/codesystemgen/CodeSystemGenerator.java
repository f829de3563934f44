package org.recoverykit.codesystemgen;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.recoverykit.fhir.FhirCodeSystems;
import org.recoverykit.model.AgreementDecision;
import org.recoverykit.model.AgreementMethod;
import org.recoverykit.model.Coded;
import org.recoverykit.model.ContactMode;
import org.recoverykit.model.DischargeKind;
import org.recoverykit.model.DischargeReason;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.LifeDomain;
import org.recoverykit.model.OutreachOutcome;
import org.recoverykit.model.ReEngagementTarget;
import org.recoverykit.model.ReferralClosureReason;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.model.RelationshipType;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.ServiceFunction;
import org.recoverykit.model.ServiceFunctionGroup;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.Setting;
import org.recoverykit.model.SupportKind;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.Rule;
import org.recoverykit.validation.rules.BuiltInRules;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the library's own FHIR R4 CodeSystem resources, generated from the model's code lists and the
 * validator's rules.
 *
 * <p>The build runs this in the {@code process-classes} phase and ships its output in the fhir-mapping jar
 * under {@value #DIRECTORY}; the class itself is not shipped. Each code system lists every constant of its
 * code list, in declaration order, with the constant's code and display name; a service function's
 * definition names its source clause, and a rule's its English message and source clause. The rule code
 * system holds the built-in rules in the order they run, then the {@code FIELD-*} model constraints of the
 * validator's message bundle, then {@value RecordValidator#UNREADABLE}.
 */
public final class CodeSystemGenerator {
    /** The class-path directory of the generated resources. */
    public static final String DIRECTORY = "org/recoverykit/fhir/codesystems/";

    private static final String MESSAGES = "org.recoverykit.validation.Messages";
    private static final String FIELD_PREFIX = "FIELD-";
    /** What a message shows for each of its arguments, which are attribute names, counts and limits. */
    private static final String ARGUMENT = "\u2026";

    private record CodeList(String url, Class<? extends Coded> type, String title, String description) {}

    private static final List<CodeList> CODE_LISTS = List.of(
            new CodeList(
                    FhirCodeSystems.LIFE_DOMAIN,
                    LifeDomain.class,
                    "life domains",
                    "The areas of a person's life that their recovery plan can address. A goal's category carries"
                            + " the SDOH category of its domain where one exists, and this code in every case."),
            new CodeList(
                    FhirCodeSystems.SERVICE_FUNCTION,
                    ServiceFunction.class,
                    "service functions",
                    "What an intervention does, as the service functions of the source documents name it."),
            new CodeList(
                    FhirCodeSystems.SERVICE_FUNCTION_GROUP,
                    ServiceFunctionGroup.class,
                    "service function groups",
                    "The lists of one source document that the service functions come from."),
            new CodeList(
                    FhirCodeSystems.SERVICE_MODEL,
                    ServiceModel.class,
                    "service models",
                    "The service model that a plan or a service episode follows."),
            new CodeList(
                    FhirCodeSystems.TEAM_ROLE,
                    TeamRole.class,
                    "team roles",
                    "The part a member plays on the team of a person's plan."),
            new CodeList(
                    FhirCodeSystems.CONTACT_MODE,
                    ContactMode.class,
                    "contact modes",
                    "How a contact, an outreach attempt or a re-engagement attempt is made."),
            new CodeList(
                    FhirCodeSystems.SETTING,
                    Setting.class,
                    "settings",
                    "Where a contact or an intervention takes place."),
            new CodeList(
                    FhirCodeSystems.RISK_CATEGORY,
                    RiskCategory.class,
                    "risk categories",
                    "What a risk evaluated with the person is about."),
            new CodeList(
                    FhirCodeSystems.SUPPORT_KIND,
                    SupportKind.class,
                    "support kinds",
                    "Whether a support is paid or unpaid, and of which sort."),
            new CodeList(FhirCodeSystems.REFERRAL_KIND, ReferralKind.class, "referral kinds", "What a referral is to."),
            new CodeList(
                    FhirCodeSystems.REFERRAL_STATUS,
                    ReferralStatus.class,
                    "referral statuses",
                    "Where a referral stands in its closed loop; the business status of the referral's Task."),
            new CodeList(
                    FhirCodeSystems.REFERRAL_CLOSURE_REASON,
                    ReferralClosureReason.class,
                    "referral closure reasons",
                    "Why a referral's loop was closed."),
            new CodeList(
                    FhirCodeSystems.EPISODE_PHASE,
                    EpisodePhaseType.class,
                    "episode phases",
                    "A phase of a time-limited service episode."),
            new CodeList(
                    FhirCodeSystems.OUTREACH_OUTCOME,
                    OutreachOutcome.class,
                    "outreach outcomes",
                    "What came of an attempt to reach the person."),
            new CodeList(
                    FhirCodeSystems.DISCHARGE_KIND,
                    DischargeKind.class,
                    "discharge kinds",
                    "What a discharge plan is a discharge from."),
            new CodeList(
                    FhirCodeSystems.DISCHARGE_REASON,
                    DischargeReason.class,
                    "discharge reasons",
                    "Why a person is being discharged."),
            new CodeList(
                    FhirCodeSystems.AGREEMENT_METHOD,
                    AgreementMethod.class,
                    "agreement methods",
                    "How a person or a team member agreed to a plan version."),
            new CodeList(
                    FhirCodeSystems.AGREEMENT_DECISION,
                    AgreementDecision.class,
                    "agreement decisions",
                    "What a team member decided about a plan version."),
            new CodeList(
                    FhirCodeSystems.RELATIONSHIP_TYPE,
                    RelationshipType.class,
                    "relationship types",
                    "How a natural supporter is related to the person. A RelatedPerson's relationship carries the"
                            + " v3-RoleCode code beside it where one exists."),
            new CodeList(
                    FhirCodeSystems.RE_ENGAGEMENT_TARGET,
                    ReEngagementTarget.class,
                    "re-engagement targets",
                    "Whom an attempt to re-establish contact tries to reach."));

    private final String version;

    private CodeSystemGenerator(String version) {
        this.version = version;
    }

    /**
     * Writes the code systems under a class-path root.
     *
     * @param args two arguments: the class-path root, such as {@code target/classes}, and the project version
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String[] arguments = ResourceFiles.arguments("CodeSystemGenerator", args);
        ResourceFiles.writeAll(arguments[0], DIRECTORY, new CodeSystemGenerator(arguments[1]).generate());
    }

    /** Generates every code system, by file name, in a stable order. */
    private Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        for (CodeList list : CODE_LISTS) {
            files.put(fileName(list.url()), ResourceFiles.write(codeList(list)));
        }
        files.put(fileName(FhirCodeSystems.RULE), ResourceFiles.write(rules()));
        return files;
    }

    private ObjectNode codeList(CodeList list) {
        ObjectNode system = header(list.url(), list.title(), list.description());
        Coded[] constants = list.type().getEnumConstants();
        system.put("count", constants.length);
        ArrayNode concepts = system.putArray("concept");
        for (Coded constant : constants) {
            ObjectNode concept = concepts.addObject();
            concept.put("code", constant.getCode());
            concept.put("display", constant.getDisplay());
            if (constant instanceof ServiceFunction function) {
                concept.put(
                        "definition",
                        "Source: " + function.getSource().getDisplay() + ", " + function.getClause() + ".");
            }
        }
        return system;
    }

    private ObjectNode rules() {
        ResourceBundle messages = ResourceBundle.getBundle(
                MESSAGES,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String[]> concepts = new ArrayList<>();
        TreeSet<String> unlisted = new TreeSet<>(messages.keySet());
        for (Rule rule : BuiltInRules.all()) {
            concepts.add(rule(rule.getId(), message(messages, rule.getId()), rule.getSource()));
            unlisted.remove(rule.getId());
        }
        for (String id : List.copyOf(unlisted)) {
            if (id.startsWith(FIELD_PREFIX)) {
                concepts.add(rule(id, message(messages, id), RecordValidator.CONSTRAINT_SOURCE));
                unlisted.remove(id);
            }
        }
        if (!unlisted.isEmpty()) {
            throw new IllegalStateException("Messages of no known rule: " + unlisted);
        }
        concepts.add(
                rule(RecordValidator.UNREADABLE, "The document cannot be read.", RecordValidator.UNREADABLE_SOURCE));

        ObjectNode system = header(
                FhirCodeSystems.RULE,
                "validation rules",
                "The rules that the RecoveryKit validator checks a record against, by rule id: the built-in"
                        + " rules, the model's field constraints (FIELD-*) and RK-UNREADABLE for a document that"
                        + " cannot be read. An OperationOutcome issue names its rule with this code.");
        system.put("count", concepts.size());
        ArrayNode array = system.putArray("concept");
        for (String[] rule : concepts) {
            ObjectNode concept = array.addObject();
            concept.put("code", rule[0]);
            concept.put("display", rule[1]);
            concept.put("definition", rule[2]);
        }
        return system;
    }

    /** A rule's code, display (its English message) and definition (the message and its source clause). */
    private static String[] rule(String id, String message, String source) {
        return new String[] {id, message, message + " Source: " + source + (source.endsWith(".") ? "" : ".")};
    }

    /**
     * The English message of a rule as a sentence, with an ellipsis for each argument: the patterns of the
     * {@code FIELD-*} constraints are fragments, such as {@code must not be blank}, that become
     * {@code The value must not be blank.}
     */
    private static String message(ResourceBundle messages, String id) {
        String text = new MessageFormat(messages.getString(id), Locale.ROOT)
                .format(new Object[] {ARGUMENT, ARGUMENT, ARGUMENT});
        if (Character.isLowerCase(text.charAt(0))) {
            text = "The value " + text;
        }
        return text.endsWith(".") ? text : text + ".";
    }

    private ObjectNode header(String url, String title, String description) {
        String name = fileName(url).replace(".json", "");
        ObjectNode system = ResourceFiles.canonical(
                "CodeSystem",
                "recoverykit-" + name,
                url,
                version,
                "RecoveryKit" + ResourceFiles.pascalCase(name),
                "RecoveryKit " + title,
                description + " Generated from the RecoveryKit model; do not edit.");
        system.put("caseSensitive", true);
        system.put("content", "complete");
        return system;
    }

    private static String fileName(String url) {
        String prefix = FhirCodeSystems.RECOVERYKIT_BASE + "/CodeSystem/";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a RecoveryKit code system: " + url);
        }
        return url.substring(prefix.length()) + ".json";
    }
}
