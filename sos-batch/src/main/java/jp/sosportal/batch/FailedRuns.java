package jp.sosportal.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * How many batch runs failed lately, whatever their job (survey loads and any job added later), for the system
 * admin's home (issue 19). Asked here because the job repository answers only inside this module.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class FailedRuns {

    /** The newest instances of each job looked at: enough for a week of uploads, bounded for the home page. */
    static final int INSTANCES = 500;
    private static final Logger LOG = Logger.getLogger(FailedRuns.class.getName());

    @Inject
    Clock clock;

    /**
     * Executions that ended FAILED within {@code period} before now (a run killed with its node counts too). Outside
     * any transaction: the job repository is the batch runtime's, not ours.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long within(Duration period) {
        Date since = Date.from(clock.instant().minus(period));
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.getJobNames().stream()
                    .flatMap(job -> operator.getJobInstances(job, 0, INSTANCES).stream())
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .filter(execution -> execution.getBatchStatus() == BatchStatus.FAILED)
                    .map(JobExecution::getEndTime).filter(Objects::nonNull)
                    .filter(end -> !end.before(since))
                    .count();
        } catch (NullPointerException e) {
            // JBatch lists a starting job's instance before its status row exists (see BatchJobs): not counted now.
            return 0;
        } catch (RuntimeException e) {
            // A database where no job ever ran has no job repository yet (JBatch creates its tables at the first
            // job, e.g. a fresh PostgreSQL deployment): nothing has failed. The home page must not fail for it.
            LOG.log(Level.FINE, "No batch job repository to count failed runs in", e);
            return 0;
        }
    }
}
