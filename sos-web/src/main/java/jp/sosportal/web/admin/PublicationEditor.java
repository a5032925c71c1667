package jp.sosportal.web.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;

import jp.sosportal.notice.boundary.NoticeAdministration;
import jp.sosportal.web.platform.Messages;

/**
 * What the pages of お知らせ・FAQ and of manuals share: the list with one editor above it ({@link PublicationForm}),
 * opened empty (published from today) or on an entry, and closed by 保存, キャンセル or a deletion, each told in a
 * message. The page says how an entry is opened, saved and deleted.
 */
abstract class PublicationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeAdministration administration;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    /** The editor; null while no entry is being edited. */
    PublicationForm form;

    public void startNew() {
        form = PublicationForm.startingOn(LocalDate.now(clock));
    }

    public void cancel() {
        form = null;
    }

    /** The entry was saved under {@code title} (as stored): told, and the editor closes. */
    void saved(String title) {
        messages.info(null, "admin.notices.saved", title);
        cancel();
    }

    void deleted() {
        messages.info(null, "admin.notices.deleted");
        cancel();
    }

    public PublicationForm getForm() {
        return form;
    }
}
