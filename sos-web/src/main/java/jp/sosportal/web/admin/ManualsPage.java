package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.notice.boundary.NoticeAdministration;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.web.platform.ChosenFile;
import jp.sosportal.web.platform.Messages;

/**
 * 「マニュアルの管理」 (issue 19): the 医療機関用マニュアル as links or uploaded PDFs, with their publication
 * ({@link PublicationForm}). A PDF larger than the limit is refused before its bytes are read; whether it is a PDF
 * is the boundary's to judge. 「確認」 opens a PDF (published or not) for the admin only.
 */
@Named
@ViewScoped
public class ManualsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeAdministration administration;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    /** The editor; null while no manual is being edited. */
    private PublicationForm form;
    private final ChosenFile file = new ChosenFile();

    public List<Manual> getManuals() {
        return administration.manuals();
    }

    public long getMaxMegabytes() {
        return administration.manualMaxBytes() / (1024 * 1024);
    }

    public void startNew() {
        form = PublicationForm.startingOn(LocalDate.now(clock));
    }

    public void edit(long manualId) {
        administration.manuals().stream().filter(m -> m.getId() == manualId).findFirst()
                .ifPresent(manual -> form = PublicationForm.of(manual));
    }

    public void save() throws IOException {
        boolean newFile = !form.isLink() && file.isChosen();
        if (newFile && file.isLargerThan(administration.manualMaxBytes())) {
            messages.error("manualForm:file", "admin.manuals.tooLarge", getMaxMegabytes());
            return;
        }
        administration.saveManual(form.id(), form.version(),
                form.toManual(newFile ? file.name() : null, newFile ? file.read() : null));
        messages.info(null, "admin.notices.saved", form.getTitle() == null ? "" : form.getTitle().strip());
        form = null;
    }

    public void delete(long manualId) {
        administration.deleteManual(manualId);
        messages.info(null, "admin.notices.deleted");
        form = null;
    }

    public void cancel() {
        form = null;
    }

    public PublicationForm getForm() {
        return form;
    }

    public ChosenFile getFile() {
        return file;
    }
}
