package jp.sosportal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.sosportal.notice.control.ManualInput;
import jp.sosportal.platform.TooLargeException;
import jp.sosportal.web.platform.TestParts;

class PublicationFormTest {

    @Test
    void aPdfManualSendsTheChosenFileAndALinkSendsNone() throws IOException {
        PublicationForm form = PublicationForm.startingOn(LocalDate.of(2026, 12, 7));
        form.setTitle("医療機関用マニュアル");
        form.getFile().setPart(TestParts.part("manual.pdf", "%PDF-1.7"));

        ManualInput pdf = form.toManual(1024, "大きすぎます");
        assertThat(pdf.fileName()).isEqualTo("manual.pdf");
        assertThat(pdf.content()).asString().isEqualTo("%PDF-1.7");

        form.setLink(true);
        form.setLinkUrl("https://example.org/manual");
        ManualInput link = form.toManual(1024, "大きすぎます");
        assertThat(link.fileName()).isNull();
        assertThat(link.content()).isNull();
        assertThat(link.linkUrl()).isEqualTo("https://example.org/manual");
    }

    @Test
    void withoutAChosenFileTheStoredPdfIsKept() throws IOException {
        PublicationForm form = PublicationForm.startingOn(LocalDate.of(2026, 12, 7));
        form.getFile().setPart(TestParts.part("", ""));

        assertThat(form.toManual(1024, "大きすぎます").content()).isNull();
    }

    @Test
    void aPdfAboveTheLimitIsRefusedInThePagesWords() {
        PublicationForm form = PublicationForm.startingOn(LocalDate.of(2026, 12, 7));
        form.getFile().setPart(TestParts.part("manual.pdf", "x".repeat(1025)));

        assertThatThrownBy(() -> form.toManual(1024, "PDFファイルが大きすぎます。"))
                .isInstanceOf(TooLargeException.class).hasMessage("PDFファイルが大きすぎます。");
    }
}
