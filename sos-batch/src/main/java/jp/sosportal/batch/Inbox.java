package jp.sosportal.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.batch.job.RejectReport;
import jp.sosportal.platform.DatabaseMigration;

/**
 * The inbox directory (SOS_INBOX): every 10 seconds a new {@code daily*.csv} or {@code weekly*.csv} is moved to
 * {@code processing/} and its job started; when the job ends the file and its reject report go to {@code done/}
 * (COMPLETED) or {@code failed/} (with {@code .error.txt} saying why). The move is atomic, so with several
 * instances on a shared directory only one takes a file. Other files go to {@code failed/} at once. A run that
 * died with its server is resumed from its last checkpoint once its node, starting again, has marked it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Inbox {

    static final String UPLOADER = "inbox";
    private static final String EXECUTION = ".execution";
    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    @Inject
    @ConfigProperty(name = "sos.inbox")
    Optional<String> inbox;

    @EJB
    BatchJobs batchJobs;

    @Inject
    DatabaseMigration migration;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!migration.isMigrated()) {
            return; // no job starts before the database (its job repository too) is there: the files wait
        }
        inbox.filter(dir -> !dir.isBlank()).map(Path::of).ifPresent(this::poll);
    }

    /** One pass: files of ended jobs are put away, new files are taken. */
    public void poll(Path dir) {
        try {
            Path processing = Files.createDirectories(dir.resolve("processing"));
            finishEnded(processing, Files.createDirectories(dir.resolve("done")),
                    Files.createDirectories(dir.resolve("failed")));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
                for (Path file : files) {
                    take(file, processing, dir.resolve("failed"));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "inbox " + dir + " cannot be read", e);
        }
    }

    private void take(Path file, Path processing, Path failed) throws IOException {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return; // a file still being copied in by convention
        }
        Path taken = processing.resolve(System.currentTimeMillis() + "-" + name);
        try {
            Files.move(file, taken, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            return; // another instance took it
        }
        Optional<SurveyKind> kind = kindOf(name);
        if (kind.isEmpty()) {
            Files.move(taken, failed.resolve(taken.getFileName()));
            Files.writeString(failed.resolve(taken.getFileName() + ".error.txt"),
                    jp.sosportal.platform.Labels.text("batch.inbox.unknownKind", name));
            return;
        }
        long id = batchJobs.startFromInbox(kind.get(), taken, name);
        Files.writeString(processing.resolve(taken.getFileName() + EXECUTION), String.valueOf(id));
        LOG.info(() -> "inbox: " + name + " → execution " + id);
    }

    private void finishEnded(Path processing, Path done, Path failed) throws IOException {
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(processing, "*" + EXECUTION)) {
            for (Path marker : markers) {
                JobExecution execution = batchJobs.inboxExecution(Long.parseLong(Files.readString(marker).strip()));
                if (Interruptions.isInterrupted(execution)) {
                    resume(marker, execution.getExecutionId());
                } else if (isEnded(execution.getBatchStatus())) {
                    String csvName = marker.getFileName().toString().replace(EXECUTION, "");
                    putAway(processing.resolve(csvName), execution, done, failed);
                    Files.delete(marker);
                }
            }
        }
    }

    /**
     * A run whose server died mid-file (its node marked it at its next start, see {@link Interruptions}) is
     * restarted from its last checkpoint, so the file is neither lost nor loaded twice. The marker is claimed by an
     * atomic move first: with several instances on a shared directory only one restarts it.
     */
    private void resume(Path marker, long executionId) throws IOException {
        Path claimed = marker.resolveSibling(marker.getFileName() + ".resuming");
        try {
            Files.move(marker, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return; // another instance is resuming it
        }
        try {
            long id = batchJobs.resumeFromInbox(executionId);
            Files.writeString(claimed, String.valueOf(id));
            LOG.info(() -> "inbox: execution " + executionId + " was interrupted by a server stop, resumed as " + id);
        } finally {
            Files.move(claimed, marker, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Idempotent: a node that stopped after the moves but before the marker was dropped leaves nothing to move. */
    private static void putAway(Path csv, JobExecution execution, Path done, Path failed) throws IOException {
        if (!Files.exists(csv)) {
            return;
        }
        Path target = execution.getBatchStatus() == BatchStatus.COMPLETED ? done : failed;
        Files.move(csv, target.resolve(csv.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path report = RejectReport.reportOf(csv);
        if (Files.exists(report)) {
            Files.move(report, target.resolve(report.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        if (target == failed) {
            Files.writeString(failed.resolve(csv.getFileName() + ".error.txt"),
                    String.valueOf(execution.getExitStatus()));
        }
    }

    private static boolean isEnded(BatchStatus status) {
        return status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
    }

    private static Optional<SurveyKind> kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv")) {
            return Optional.empty();
        }
        return lower.startsWith("daily") ? Optional.of(SurveyKind.DAILY)
                : lower.startsWith("weekly") ? Optional.of(SurveyKind.WEEKLY) : Optional.empty();
    }
}
