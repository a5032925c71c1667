package jp.sosportal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.sosportal.platform.TooLargeException;

/** An upload above SOS_UPLOAD_MAX_MB is refused with its limit in the message, and nothing of it is kept. */
class BoundedInputTest {

    private static final int ONE_MB = 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void aFileWithinTheLimitIsStored() throws IOException {
        Path stored = BoundedInput.store(directory, new ByteArrayInputStream(new byte[ONE_MB]), ONE_MB, 1);

        assertThat(stored).hasParent(directory);
        assertThat(Files.size(stored)).isEqualTo(ONE_MB);
    }

    @Test
    void aStatedSizeAboveTheLimitIsRefusedBeforeAByteIsWritten() throws IOException {
        assertThatThrownBy(() -> BoundedInput.store(directory, new ByteArrayInputStream(new byte[10]), ONE_MB + 1, 1))
                .isInstanceOf(TooLargeException.class).hasMessage("ファイルが大きすぎます。1MB以内のファイルにしてください。");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void anUnstatedSizeIsRefusedWhileCopyingAndNothingIsLeft() throws IOException {
        assertThatThrownBy(() -> BoundedInput.store(directory, new ByteArrayInputStream(new byte[ONE_MB + 1]), -1, 1))
                .isInstanceOf(TooLargeException.class);
        assertThat(directory).isEmptyDirectory();
    }
}
