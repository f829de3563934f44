package org.recoverykit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationIssue;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationIssueCode;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationIssueCoding;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationResult;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.http.ManagedWebAccess;

/**
 * The FHIR R4 conformance oracle of the tests: HAPI FHIR's instance validator, offline, one per JVM.
 *
 * <p>The chain is {@code DefaultProfileValidationSupport} (the R4 core profiles, value sets and code systems from
 * {@code hapi-fhir-validation-resources-r4}), a {@code PrePopulatedValidationSupport} holding the project's own
 * CodeSystems and the StructureDefinitions of its extensions, {@code CommonCodeSystemsTerminologyService} (UCUM,
 * languages, MIME types, countries, ...), {@code InMemoryTerminologyServerValidationSupport} (validates codes against
 * the code systems and value sets above) and {@code SnapshotGeneratingValidationSupport} (the extensions' definitions
 * ship with a differential only; it generates their snapshots). HAPI 8's {@code ValidationSupportChain} caches by
 * itself ({@code CachingValidationSupport} is deprecated there), so the chain is not wrapped.
 *
 * <p>One module of the chain is corrected: see {@link LanguagesValueSetMembership}. HAPI FHIR 8.8.1 reports a
 * valid BCP-47 language outside the Common Languages value set (Welsh, {@code cy}) as an ERROR, although every R4
 * binding to that value set is {@code preferred}; the correction makes it the membership finding it is, and the
 * validator then weighs it by the binding's strength.
 *
 * <p>SNOMED CT and LOINC are in no package of the chain: HAPI 8.8.1 reports their codes as warnings ("CodeSystem is
 * unknown and can't be validated", or "Unable to expand ValueSet ... 'http://snomed.info/sct' is ignored/not-present"),
 * never as errors; {@code FhirConformanceTest} pins that. (HAPI's {@code UnknownCodeSystemWarningValidationSupport}
 * is not needed for it and is left out.)
 *
 * <p>It never fetches anything: there is no remote terminology service in the chain, and the HL7 core library's
 * web access policy is set to {@code PROHIBITED}, so any attempt throws instead of reaching the network.
 *
 * <p>Building the validator and its first validation cost many seconds of CPU; the holder builds it once, lazily,
 * on first use, and every test class of the JVM shares it. {@link #validate(String)} is thread-safe.
 */
final class FhirConformance {

    /** Where the project's CodeSystem JSON resources are, in the fhir-mapping jar; loaded when the holder is built. */
    static final String PROJECT_CODE_SYSTEMS = "org/recoverykit/fhir/codesystems";

    /**
     * Where the StructureDefinitions of the project's extensions are, in the fhir-mapping jar; loaded when the holder
     * is built.
     */
    static final String PROJECT_EXTENSIONS = "org/recoverykit/fhir/extensions";

    private FhirConformance() {}

    /**
     * One validation's outcome: its ERROR and FATAL issues, its warnings and its information messages, each with its
     * FHIR path.
     */
    record Result(List<Issue> errors, List<Issue> warnings, List<Issue> information) {
        Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            information = List.copyOf(information);
        }

        /** True when the validator reported no ERROR or FATAL issue. */
        boolean isConformant() {
            return errors.isEmpty();
        }

        @Override
        public String toString() {
            return "errors " + errors + ", warnings " + warnings;
        }
    }

    /** One validator message: severity, FHIR path location, message id and text. */
    record Issue(String severity, String location, String messageId, String message) {
        @Override
        public String toString() {
            return severity + " " + location + ": " + message;
        }
    }

    /** Validates one FHIR R4 JSON resource (a Bundle or any other resource) against the base R4 specification. */
    static Result validate(String json) {
        return Holder.INSTANCE.validate(json);
    }

    /**
     * Loads every {@code *.json} CodeSystem resource found in the classpath folder {@code folder} (in any number of
     * classpath roots, directories or jars) into the validator; a folder that does not exist loads nothing.
     *
     * @return the canonical URLs of the CodeSystems loaded
     */
    static List<String> loadCodeSystems(String folder) {
        return Holder.INSTANCE.load(folder, CodeSystem.class);
    }

    /**
     * The canonical URLs of the project's CodeSystems, which the validator loaded from {@link #PROJECT_CODE_SYSTEMS}
     * when it was built.
     */
    static List<String> projectCodeSystems() {
        return Holder.INSTANCE.projectCodeSystems;
    }

    /**
     * The canonical URLs of the StructureDefinitions of the project's extensions, which the validator loaded from
     * {@link #PROJECT_EXTENSIONS} when it was built.
     */
    static List<String> projectExtensions() {
        return Holder.INSTANCE.projectExtensions;
    }

    /**
     * A StructureDefinition as the validator's chain holds it: a core one with its snapshot, a loaded one as loaded.
     *
     * @return the StructureDefinition, or null if the chain has none of that url
     */
    static StructureDefinition structureDefinition(String url) {
        return Holder.INSTANCE.structureDefinition(url);
    }

    /**
     * The snapshot that the validator's chain generates from the differential of a loaded StructureDefinition.
     *
     * @return the StructureDefinition with its snapshot
     */
    static StructureDefinition snapshot(String url) {
        return Holder.INSTANCE.snapshot(url);
    }

    /**
     * What building the validator and its first validation cost in this JVM (wall time, the calling thread's CPU time,
     * the whole process's CPU time including the JIT compiler threads), and the cost of {@code json} validated again
     * now that it is warm; for printing, never for asserting.
     */
    static String timings(String json) {
        Oracle oracle = Holder.INSTANCE;
        oracle.validate(json);
        Timing warm = Timing.of(() -> oracle.validate(json));
        return "validator built: " + Holder.BUILD + "; first validation: " + oracle.firstValidation.get()
                + "; warm validation: " + warm + " (JVM arguments "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ")";
    }

    /** Wall time, calling thread CPU time and process CPU time of one piece of work. */
    record Timing(long wallNanos, long threadCpuNanos, long processCpuNanos) {
        static Timing of(Runnable work) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long wall = System.nanoTime();
            long thread = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            work.run();
            return new Timing(
                    System.nanoTime() - wall,
                    threads.getCurrentThreadCpuTime() - thread,
                    os.getProcessCpuTime() - process);
        }

        @Override
        public String toString() {
            return String.format(
                    "wall %d ms, thread CPU %d ms, process CPU %d ms",
                    wallNanos / 1_000_000, threadCpuNanos / 1_000_000, processCpuNanos / 1_000_000);
        }
    }

    /** The initialization-on-demand holder: the JVM builds {@link #INSTANCE} once, on first use, thread-safely. */
    private static final class Holder {
        static final Oracle INSTANCE;
        static final Timing BUILD;

        static {
            Oracle[] built = new Oracle[1];
            BUILD = Timing.of(() -> built[0] = new Oracle());
            INSTANCE = built[0];
        }
    }

    private static final class Oracle {
        private final FhirContext context;
        private final PrePopulatedValidationSupport projectResources;
        private final ValidationSupportChain chain;
        private final FhirValidator validator;
        // Validations share the read lock; loading resources (which mutates the pre-populated support and clears
        // the chain's caches) takes the write lock.
        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private final List<String> projectCodeSystems;
        private final List<String> projectExtensions;
        private final AtomicReference<Timing> firstValidation = new AtomicReference<>();
        private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/");

        Oracle() {
            ManagedWebAccess.setAccessPolicy(ManagedWebAccess.WebAccessPolicy.PROHIBITED);
            context = FhirContext.forR4();
            projectResources = new PrePopulatedValidationSupport(context);
            chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    projectResources,
                    new LanguagesValueSetMembership(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
            validator = context.newValidator().registerValidatorModule(instanceValidator);
            projectCodeSystems = load(PROJECT_CODE_SYSTEMS, CodeSystem.class);
            projectExtensions = load(PROJECT_EXTENSIONS, StructureDefinition.class);
        }

        Result validate(String json) {
            ValidationResult[] result = new ValidationResult[1];
            Timing timing = Timing.of(() -> result[0] = validateLocked(json));
            firstValidation.compareAndSet(null, timing);
            return toResult(result[0]);
        }

        private ValidationResult validateLocked(String json) {
            lock.readLock().lock();
            try {
                return validator.validateWithResult(json);
            } finally {
                lock.readLock().unlock();
            }
        }

        private static Result toResult(ValidationResult result) {
            List<Issue> errors = new ArrayList<>();
            List<Issue> warnings = new ArrayList<>();
            List<Issue> information = new ArrayList<>();
            for (SingleValidationMessage message : result.getMessages()) {
                Issue issue = new Issue(
                        message.getSeverity().name(),
                        fhirPath(message.getLocationString()),
                        message.getMessageId(),
                        message.getMessage());
                if (message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL) {
                    errors.add(issue);
                } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings.add(issue);
                } else {
                    information.add(issue);
                }
            }
            return new Result(errors, warnings, information);
        }

        // The validator's location with the comments it inserts after a resource (its type and id) removed, so that
        // the location is a plain FHIRPath such as Bundle.entry[1].resource.status.
        private static String fhirPath(String location) {
            return location == null ? "" : COMMENT.matcher(location).replaceAll("");
        }

        /** Loads the resources of one type, found in a classpath folder, into the pre-populated support. */
        List<String> load(String folder, Class<? extends MetadataResource> type) {
            List<String> urls = new ArrayList<>();
            lock.writeLock().lock();
            try {
                for (String json : readJsonResources(FhirConformance.class.getClassLoader(), folder)) {
                    IBaseResource resource = context.newJsonParser().parseResource(json);
                    if (!type.isInstance(resource)) {
                        throw new IllegalArgumentException(
                                "not a " + type.getSimpleName() + " in " + folder + ": " + resource.fhirType());
                    }
                    // By its type: a CodeSystem, ValueSet, StructureDefinition or SearchParameter.
                    projectResources.addResource(resource);
                    urls.add(type.cast(resource).getUrl());
                }
                if (!urls.isEmpty()) {
                    chain.invalidateCaches();
                }
            } finally {
                lock.writeLock().unlock();
            }
            return List.copyOf(urls);
        }

        StructureDefinition structureDefinition(String url) {
            lock.readLock().lock();
            try {
                return (StructureDefinition) chain.fetchStructureDefinition(url);
            } finally {
                lock.readLock().unlock();
            }
        }

        StructureDefinition snapshot(String url) {
            lock.readLock().lock();
            try {
                IBaseResource definition = chain.fetchStructureDefinition(url);
                if (definition == null) {
                    throw new IllegalArgumentException("no StructureDefinition " + url);
                }
                // A copy: the generator writes the snapshot into the resource it is given.
                StructureDefinition copy = ((StructureDefinition) definition).copy();
                return (StructureDefinition)
                        chain.generateSnapshot(new ValidationSupportContext(chain), copy, url, url, copy.getName());
            } finally {
                lock.readLock().unlock();
            }
        }
    }

    /**
     * HAPI's {@code CommonCodeSystemsTerminologyService}, except that a valid BCP-47 language that is not in the
     * Common Languages value set ({@code http://hl7.org/fhir/ValueSet/languages}) is reported as not in the value
     * set, as {@code InMemoryTerminologyServerValidationSupport} reports a code outside any other value set, instead
     * of as an invalid code.
     *
     * <p>Why this is a defect of the oracle and not of the Bundles: every R4 element bound to the Common Languages
     * value set ({@code Patient.communication.language}, {@code Resource.language}, {@code Attachment.language} and
     * the rest; {@code profiles-resources.xml} and {@code profiles-types.xml} of the R4 definitions have no other
     * strength) binds it {@code preferred}, with the maximum value set All Languages ({@code all-languages}, any
     * valid BCP-47 tag). A preferred binding admits codes outside the value set ("not required to do so to be
     * considered conformant", R4 terminologies.html#preferred). HAPI 8.8.1 ({@code org.hl7.fhir.validation}
     * 6.7.9) still reports {@code Code "cy" is not in valueset: http://hl7.org/fhir/ValueSet/languages} as an ERROR
     * because two parts do not fit:
     *
     * <ul>
     *   <li>{@code CommonCodeSystemsTerminologyService.validateLanguageCodeInValueSet} answers a code outside the
     *       value set with an ERROR issue of tx-issue-type {@code invalid-code} (its {@code getValidateCodeResultError}
     *       uses {@code CodeValidationIssueCoding.INVALID_CODE} for every failure), although {@code cy} is a valid code
     *       of {@code urn:ietf:bcp:47}: HAPI's own BCP-47 registry knows it (Welsh) and All Languages accepts it.
     *   <li>The core {@code InstanceValidator} skips tx issues of type {@code not-in-vs} (it judges value set
     *       membership itself, by binding strength: {@code isIgnoredTxIssueType}) and caps the severity of other tx
     *       issues by binding strength only for type {@code not-found} ({@code getTxIssueWithCalculatedSeverity}); an
     *       {@code invalid-code} issue keeps its ERROR whatever the strength.
     * </ul>
     *
     * Both are known upstream: hapifhir/org.hl7.fhir.core#2269 (a preferred binding reported as ERROR) and
     * hapifhir/hapi-fhir#7959 ({@code CommonCodeSystemsTerminologyService} does not consider binding strengths).
     *
     * <p>The correction changes only the issue's type, only for the Common Languages value set, and only when the
     * same service finds the code valid in All Languages; the message and the ERROR severity stay, and the
     * validator's own rules decide: a preferred binding gives at most a warning (the base R4 bindings give none), a
     * required binding (none in R4, but a profile may make one) still an error, and an invalid tag (such as
     * {@code xx-QQ}) is still an error against the maximum value set. {@code FhirConformanceTest} pins the first and
     * the last, and pins for {@code CarePlan.status} that a code the in-memory support finds not in a required value
     * set is an error.
     */
    static final class LanguagesValueSetMembership extends CommonCodeSystemsTerminologyService {
        LanguagesValueSetMembership(FhirContext context) {
            super(context);
        }

        @Override
        public CodeValidationResult validateCode(
                ValidationSupportContext support,
                ConceptValidationOptions options,
                String system,
                String code,
                String display,
                String valueSetUrl) {
            CodeValidationResult result = super.validateCode(support, options, system, code, display, valueSetUrl);
            if (result == null || result.isOk() || !LANGUAGES_VALUESET_URL.equals(valueSetUrl)) {
                return result;
            }
            CodeValidationResult language =
                    super.validateCode(support, options, system, code, display, ALL_LANGUAGES_VALUESET_URL);
            if (language == null || !language.isOk()) {
                return result;
            }
            List<CodeValidationIssue> issues = new ArrayList<>();
            for (CodeValidationIssue issue : result.getIssues()) {
                issues.add(
                        issue.hasIssueDetailCode(CodeValidationIssueCoding.INVALID_CODE.getCode())
                                ? new CodeValidationIssue(
                                        issue.getDiagnostics(),
                                        issue.getSeverity(),
                                        CodeValidationIssueCode.CODE_INVALID,
                                        CodeValidationIssueCoding.NOT_IN_VS)
                                : issue);
            }
            return result.setIssues(issues);
        }
    }

    /**
     * The text of every {@code *.json} file directly in the classpath folder (not in its subfolders), in every
     * classpath root of {@code loader}, directory or jar; sorted by name within each root. A class loader finds the
     * folder in a jar only if the jar has an entry for the folder itself, as the jars maven-jar-plugin builds do.
     */
    static List<String> readJsonResources(ClassLoader loader, String folder) {
        List<String> texts = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                switch (url.getProtocol()) {
                    case "file" -> texts.addAll(readJsonFiles(Path.of(url.toURI())));
                    case "jar" -> texts.addAll(readJsonEntries((JarURLConnection) url.openConnection(), folder));
                    default -> throw new IllegalStateException("cannot list classpath folder " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    private static List<String> readJsonEntries(JarURLConnection connection, String folder) throws IOException {
        connection.setUseCaches(false);
        String prefix = folder + "/";
        List<String> texts = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            List<JarEntry> json = Collections.list(jar.entries()).stream()
                    .filter(e -> e.getName().startsWith(prefix)
                            && e.getName().endsWith(".json")
                            && e.getName().indexOf('/', prefix.length()) < 0)
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .collect(Collectors.toList());
            for (JarEntry entry : json) {
                try (InputStream in = jar.getInputStream(entry)) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static List<String> readJsonFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
            List<String> texts = new ArrayList<>();
            for (Path file : json) {
                try (InputStream in = Files.newInputStream(file)) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return texts;
        }
    }
}
