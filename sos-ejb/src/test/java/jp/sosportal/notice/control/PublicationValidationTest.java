package jp.sosportal.notice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.sosportal.platform.FieldError;

/** Issue 19: the bad input of announcements, FAQ entries and manuals, each said at its field. */
class PublicationValidationTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final long LIMIT = 1024;

    @Test
    void aTitleIsRequiredAndTheEndMayNotComeBeforeTheStart() {
        List<FieldError> errors = PublicationValidation.notice(
                new NoticeInput("  ", "本文", new PublicationInput(DAY, DAY.minusDays(1), null)));
        assertThat(errors).extracting(FieldError::field).containsExactly("title", "until");
        assertThat(errors).extracting(FieldError::message)
                .containsExactly("入力してください。", "公開終了日は公開開始日以降の日付にしてください。");
        assertThat(PublicationValidation.notice(new NoticeInput("件名", null, new PublicationInput(DAY, DAY, 1))))
                .isEmpty();
        assertThat(PublicationValidation.notice(new NoticeInput("件名", null, new PublicationInput(null, null, -1))))
                .extracting(FieldError::field).containsExactly("from", "sortOrder");
    }

    @Test
    void aFaqEntryNeedsQuestionAndAnswer() {
        assertThat(PublicationValidation.faq(new NoticeInput("質問", " ", new PublicationInput(DAY, null, null))))
                .extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void aManualIsAPdfByItsBytesWithinTheLimitOrAnHttpLink() {
        PublicationInput today = new PublicationInput(DAY, null, null);
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, null, "a.pdf", PDF), false, LIMIT))
                .isEmpty();
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, null, "a.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)), false, LIMIT))
                .extracting(FieldError::message)
                .containsExactly("PDFファイルではありません(ファイルの内容がPDFの形式ではありません)。PDFファイルを選択してください。");
        byte[] large = new byte[(int) LIMIT + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, null, "big.pdf", large), false, LIMIT))
                .extracting(FieldError::field).containsExactly("file");
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, null, null, null), false, LIMIT))
                .extracting(FieldError::field).containsExactly("file");
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, null, null, null), true, LIMIT))
                .as("an edit keeps its stored PDF").isEmpty();
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, "javascript:alert(1)", null, null),
                false, LIMIT)).extracting(FieldError::field).containsExactly("linkUrl");
        assertThat(PublicationValidation.manual(new ManualInput("手引き", today, "https://www.mhlw.go.jp/manual",
                null, null), false, LIMIT)).isEmpty();
    }
}
