package org.recoverykit.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationPolicy;
import org.recoverykit.validation.ValidationReport;

/**
 * The whole validation of a record, Jakarta constraints and every record-level rule, next to its anchor: bare
 * Hibernate Validator on the same object graph, in the same run. The record is generated with 20 goals and
 * 200 contacts from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidationBenchmark {
    RecoveryRecord record;
    LocalDate asOf;
    RecordValidator recordValidator;
    Validator hibernateValidator;

    @Setup
    public void setUp() {
        record = RecordGenerator.defaults()
                .withGoals(20)
                .withContacts(200)
                .record(new SplittableRandom(Seeds.DEFAULT_BASE));
        asOf = RecordGenerator.asOf(record);
        ServiceModel model = record.getPlans().get(record.getPlans().size() - 1).getServiceModel();
        recordValidator = RecordValidator.builder()
                .policy(ValidationPolicy.forServiceModel(model))
                .build();
        hibernateValidator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        if (!recordValidator.validate(record, asOf).getIssues().isEmpty()
                || record.getContacts().size() != 200
                || record.getPlans().get(0).getGoals().size() != 20) {
            throw new IllegalStateException("the generated record should hold 20 goals and 200 contacts, and no issue");
        }
    }

    /** Constraints and all rules, with the report sorted and built. */
    @Benchmark
    public ValidationReport recordValidator() {
        return recordValidator.validate(record, asOf);
    }

    /** The anchor: Hibernate Validator alone on the same object graph. */
    @Benchmark
    public Set<ConstraintViolation<RecoveryRecord>> hibernateValidatorAlone() {
        return hibernateValidator.validate(record);
    }
}
