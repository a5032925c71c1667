package jp.sosportal.batch;

import java.util.List;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;

/**
 * Starts and queries survey-ingestion jobs. It lives in this module on purpose: the batch runtime answers job
 * queries only to the module that started the job (another module gets a JobSecurityException).
 */
@Stateless
@RolesAllowed({"BATCH_ADMIN", "STAFF"})
public class BatchJobs {

    public long start(String jobXmlName, Properties parameters) {
        return operator().start(jobXmlName, parameters);
    }

    public List<JobExecution> executions(String jobName) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(jobName)) {
            return List.of();
        }
        return operator.getJobInstances(jobName, 0, 50).stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream())
                .toList();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
