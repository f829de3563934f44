package org.recoverykit.benchmarks;

import java.util.SplittableRandom;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;

/**
 * The record whose Bundle {@link FhirBenchmark} and {@link ColdStart} write: generated with 2 goals and 4 contacts
 * from a fixed seed; {@link FhirBenchmark}'s setup prints its Bundle's size. A class of its own, with nothing of
 * Jackson in it, so that generating the record before a cold start's timed part loads nothing that the timed part
 * would otherwise pay for.
 */
final class BundleRecord {
    /** The seed of the generated record: the test suites' default base, as for every benchmark. */
    static final long SEED = Seeds.DEFAULT_BASE;

    /** The goals per plan version of the generated record. */
    static final int GOALS = 2;

    /** The contacts of the generated record. */
    static final int CONTACTS = 4;

    private BundleRecord() {}

    /**
     * Generates the record.
     *
     * @return the record generated from {@link #SEED} with {@link #GOALS} goals and {@link #CONTACTS} contacts
     */
    static RecoveryRecord generate() {
        return RecordGenerator.defaults()
                .withGoals(GOALS)
                .withContacts(CONTACTS)
                .record(new SplittableRandom(SEED));
    }
}
