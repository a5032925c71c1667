package jp.sosportal.web.admin;

import java.io.IOException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import jp.sosportal.notice.entity.Manual;

/**
 * 「マニュアルの管理」 (issue 19): the 医療機関用マニュアル as links or uploaded PDFs, with their publication
 * ({@link PublicationForm}). A PDF larger than the limit is refused before its bytes are read; whether it is a PDF
 * is the boundary's to judge. 「確認」 opens a PDF (published or not) for the admin only.
 */
@Named
@ViewScoped
public class ManualsPage extends PublicationEditor {

    private static final long serialVersionUID = 1L;

    public List<Manual> getManuals() {
        return administration.manuals();
    }

    public long getMaxMegabytes() {
        return administration.manualMaxBytes() / (1024 * 1024);
    }

    public void edit(long manualId) {
        administration.manuals().stream().filter(m -> m.getId() == manualId).findFirst()
                .ifPresent(manual -> form = PublicationForm.of(manual));
    }

    public void save() throws IOException {
        String tooLarge = messages.text("admin.manuals.tooLarge", getMaxMegabytes());
        Manual saved = administration.saveManual(form.id(), form.version(),
                form.toManual(administration.manualMaxBytes(), tooLarge));
        saved(saved.getTitle());
    }

    public void delete(long manualId) {
        administration.deleteManual(manualId);
        deleted();
    }
}
