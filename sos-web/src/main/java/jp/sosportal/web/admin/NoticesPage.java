package jp.sosportal.web.admin;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import jp.sosportal.notice.control.PublicationValidation;
import jp.sosportal.notice.entity.Faq;
import jp.sosportal.notice.entity.Notice;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;

/**
 * 「お知らせ・FAQの管理」 (issue 19): every お知らせ (or, with {@code kind=faq}, every FAQ entry) with its publication
 * state today; one form ({@link PublicationForm}) to create or change one, with 「プレビュー」 showing it as the
 * public pages will (escaped text, the same layout) before 「保存」.
 */
@Named
@ViewScoped
public class NoticesPage extends PublicationEditor {

    private static final long serialVersionUID = 1L;

    private String kind = "notice";
    private boolean preview;

    public boolean isFaq() {
        return "faq".equals(kind);
    }

    public List<Notice> getNotices() {
        return administration.notices();
    }

    public List<Faq> getFaqs() {
        return administration.faqs();
    }

    @Override
    public void startNew() {
        super.startNew();
        preview = false;
    }

    public void edit(long entryId) {
        preview = false;
        if (isFaq()) {
            administration.faqs().stream().filter(f -> f.getId() == entryId).findFirst().ifPresent(f -> form =
                    PublicationForm.of(f.getId(), f.getVersion(), f.getQuestion(), f.getAnswer(), f.getPublication()));
        } else {
            administration.notices().stream().filter(n -> n.getId() == entryId).findFirst().ifPresent(n -> form =
                    PublicationForm.of(n.getId(), n.getVersion(), n.getTitle(), n.getBody(), n.getPublication()));
        }
    }

    /** Shows the entry as the public pages will, if it is valid; saves nothing. */
    public void preview() {
        preview = false;
        List<FieldError> errors = isFaq() ? PublicationValidation.faq(form.toNotice())
                : PublicationValidation.notice(form.toNotice());
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        preview = true;
    }

    public void save() {
        saved(isFaq() ? administration.saveFaq(form.id(), form.version(), form.toNotice()).getQuestion()
                : administration.saveNotice(form.id(), form.version(), form.toNotice()).getTitle());
    }

    public void delete(long entryId) {
        if (isFaq()) {
            administration.deleteFaq(entryId);
        } else {
            administration.deleteNotice(entryId);
        }
        deleted();
    }

    @Override
    public void cancel() {
        super.cancel();
        preview = false;
    }

    /** The entry as it would be saved, for the preview (never stored from here). */
    public Notice getPreviewNotice() {
        return new Notice(PublicationValidation.stripped(form.getTitle()),
                PublicationValidation.stripped(form.getBody()), PublicationValidation.toPublication(form.publication()));
    }

    /** 新着情報 in the preview, as the public pages decide it. */
    public boolean isPreviewNew() {
        return getPreviewNotice().isNewAsOf(LocalDate.now(clock));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = "faq".equals(kind) ? "faq" : "notice";
    }

    public boolean isPreview() {
        return preview;
    }
}
