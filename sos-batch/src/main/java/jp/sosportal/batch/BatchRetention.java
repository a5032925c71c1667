package jp.sosportal.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Survey files are personal-ish data of the institutions and can be large: uploaded files and their reject
 * reports are deleted {@code SOS_BATCH_RETENTION_DAYS} (30) days after they were written, whatever became of their
 * job (a failed job's file as well), and so are the inbox's {@code done/} and {@code failed/} files (ASVS 12.1.1).
 * <p>
 * The duty is {@link #purge()}, called at night on every node of a cluster on purpose, not once per cluster (issue
 * 16): {@code SOS_BATCH_DIR} may be a disk of each node's own, which only that node can clean, and on a shared
 * directory the second node finds nothing left to delete (a file another node deleted is skipped).
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRetention {

    private static final Logger LOG = Logger.getLogger(BatchRetention.class.getName());

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.batch.retention-days")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "sos.batch.dir")
    Optional<String> batchDir;

    @Inject
    @ConfigProperty(name = "sos.inbox")
    Optional<String> inbox;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void nightly() {
        purge();
    }

    /** Deletes every kept file older than the retention; returns how many went. */
    public int purge() {
        int deleted = purge(BatchJobs.storeDirectory(batchDir));
        for (String dir : inbox.filter(dir -> !dir.isBlank()).stream().toList()) {
            deleted += purge(Path.of(dir, "done")) + purge(Path.of(dir, "failed"));
        }
        return deleted;
    }

    /** Deletes the files directly in {@code directory} last written before the retention began. */
    public int purge(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        List<Path> old;
        try (Stream<Path> files = Files.list(directory)) {
            old = files.filter(Files::isRegularFile).filter(file -> writtenBefore(file, cutoff)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int deleted = 0;
        for (Path file : old) {
            try {
                deleted += Files.deleteIfExists(file) ? 1 : 0;
            } catch (IOException e) {
                LOG.warning(() -> "could not delete " + file + ": " + e);
            }
        }
        if (deleted > 0) {
            LOG.info("deleted " + deleted + " survey files older than " + retentionDays + " days from " + directory);
        }
        return deleted;
    }

    private static boolean writtenBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }
}
