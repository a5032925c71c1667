package jp.sosportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import jp.sosportal.platform.StorageFullException;

class UploadStoreTest {

    private static final int DISK = 4 * 1024 * 1024;

    @Test
    void aFileThatFitsIsStoredWhole() throws IOException {
        try (FileSystem disk = disk()) {
            Path stored = new UploadStore(disk.getPath("/batch")).store(bytes(100_000), 100_000);
            assertThat(Files.size(stored)).isEqualTo(100_000);
        }
    }

    @Test
    void aFileLargerThanTheFreeSpaceIsRefusedBeforeAByteIsWritten() throws IOException {
        try (FileSystem disk = disk()) {
            Path batch = disk.getPath("/batch");
            assertThatThrownBy(() -> new UploadStore(batch).store(bytes(DISK), DISK))
                    .isInstanceOf(StorageFullException.class)
                    .hasMessageStartingWith("サーバーの保存領域が不足しているため、ファイルを受け付けられませんでした。");
            assertThat(filesIn(batch)).isEmpty();
        }
    }

    /** A sender that did not say the size, and the disk fills up while the file is written. */
    @Test
    void aFileThatRunsOutOfSpaceWhileWrittenLeavesNothingBehind() throws IOException {
        try (FileSystem disk = disk()) {
            Path batch = disk.getPath("/batch");
            UploadStore store = new UploadStore(batch);
            Path earlier = store.store(bytes(1_000_000), -1);
            assertThatThrownBy(() -> store.store(bytes(DISK), -1)).isInstanceOf(IOException.class);
            assertThat(filesIn(batch)).containsExactly(earlier);
        }
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static FileSystem disk() {
        return Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(DISK).setBlockSize(8192).build());
    }

    private static ByteArrayInputStream bytes(int size) {
        return new ByteArrayInputStream(new byte[size]);
    }
}
