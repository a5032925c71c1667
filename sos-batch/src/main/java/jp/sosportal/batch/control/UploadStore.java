package jp.sosportal.batch.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.sosportal.platform.StorageFullException;

/**
 * Keeps uploaded survey files in the batch directory under names of their own. A file that cannot be written
 * whole is removed again, so a full disk leaves no half file behind for a job to load; the caller is told the
 * disk is full when that is why.
 */
public final class UploadStore {

    /** Below this much free space after a failed write, the disk counts as full. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(UploadStore.class.getName());

    private final Path directory;

    public UploadStore(Path directory) {
        this.directory = directory;
    }

    /**
     * @param size the file's size when the sender said it ({@code -1} if not): a file that cannot fit is refused
     *             before a byte is written
     * @throws StorageFullException when the disk has no room for the whole file (nothing is left behind)
     */
    public Path store(InputStream content, long size) throws IOException {
        Files.createDirectories(directory);
        if (size >= 0 && Files.getFileStore(directory).getUsableSpace() < size + NEARLY_FULL_BYTES) {
            LOG.log(Level.SEVERE, "The batch directory {0} has no room for {1} bytes", new Object[] {directory, size});
            throw new StorageFullException();
        }
        Path stored = directory.resolve(UUID.randomUUID() + ".csv");
        try {
            Files.copy(content, stored);
            return stored;
        } catch (IOException e) {
            boolean full = isNearlyFull(); // measured before the half file is removed again
            Files.deleteIfExists(stored);
            if (full) {
                LOG.log(Level.SEVERE, "The batch directory {0} is full: {1}", new Object[] {directory, e.getMessage()});
                throw new StorageFullException();
            }
            throw e;
        }
    }

    private boolean isNearlyFull() {
        try {
            return Files.getFileStore(directory).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
