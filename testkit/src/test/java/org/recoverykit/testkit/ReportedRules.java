package org.recoverykit.testkit;

import java.util.Set;
import java.util.TreeSet;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationPolicy;
import org.recoverykit.validation.ValidationReport;

/** The validator as the tests' oracle: a record's report as of {@link RecordGenerator#asOf}, and its rule ids. */
final class ReportedRules {
    private ReportedRules() {}

    static ValidationReport report(RecoveryRecord record) {
        ValidationPolicy policy = ValidationPolicy.forServiceModel(
                record.getPlans().get(record.getPlans().size() - 1).getServiceModel());
        return RecordValidator.builder().policy(policy).build().validate(record, RecordGenerator.asOf(record));
    }

    /** The ids of the rules the record breaks, in order. */
    static Set<String> of(RecoveryRecord record) {
        Set<String> ids = new TreeSet<>();
        report(record).getIssues().stream().map(Issue::getRuleId).forEach(ids::add);
        return ids;
    }
}
