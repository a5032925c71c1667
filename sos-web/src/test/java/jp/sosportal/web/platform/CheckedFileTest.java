package jp.sosportal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.TooLargeException;

class CheckedFileTest {

    private final Messages messages = new Messages();

    @Test
    void theCheckedBytesAreHandedOverOnceAndTheCheckIsGoneAfterwards() throws IOException {
        CheckedFile<Integer> upload = CheckedFile.upTo(1024 * 1024);
        upload.getFile().setPart(TestParts.part("a.csv", "line 1\nline 2\n"));
        upload.check(messages, content -> new String(content, StandardCharsets.UTF_8).split("\n").length);

        assertThat(upload.getCheck()).isEqualTo(2);
        assertThat(upload.take()).asString(StandardCharsets.UTF_8).isEqualTo("line 1\nline 2\n");
        assertThat(upload.name()).as("the name stays for the boundary's record").isEqualTo("a.csv");
        assertThat(upload.getCheck()).isNull();
        assertThat(upload.take()).isNull();
    }

    @Test
    void noFileIsRefusedNextToTheFileInputAndForgetsTheLastCheck() throws IOException {
        CheckedFile<Integer> upload = CheckedFile.ofAnySize();
        upload.getFile().setPart(TestParts.part("a.csv", "x"));
        upload.check(messages, content -> content.length);
        upload.getFile().setPart(TestParts.part("empty.csv", ""));

        assertThatThrownBy(() -> upload.check(messages, content -> content.length))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("file", "ファイルを選択してください。")));
        assertThat(upload.getCheck()).isNull();
        assertThat(upload.take()).isNull();
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithTheLimitInMegabytesBeforeItIsChecked() {
        CheckedFile<Integer> upload = CheckedFile.upTo(2L * 1024 * 1024);
        upload.getFile().setPart(TestParts.part("big.csv", "x".repeat(2 * 1024 * 1024 + 1)));

        assertThatThrownBy(() -> upload.check(messages, content -> {
            throw new AssertionError("checked a file above the limit");
        })).isInstanceOf(TooLargeException.class).hasMessage("ファイルが大きすぎます。2MB以内のファイルにしてください。");
    }

    @Test
    void aFileTheBoundaryRefusesLeavesNothingToTake() throws IOException {
        CheckedFile<Integer> upload = CheckedFile.ofAnySize();
        upload.getFile().setPart(TestParts.part("a.csv", "x"));

        assertThatThrownBy(() -> upload.check(messages, content -> {
            throw new IOException("refused");
        })).hasMessage("refused");
        assertThat(upload.getCheck()).isNull();
        assertThat(upload.take()).isNull();
    }
}
