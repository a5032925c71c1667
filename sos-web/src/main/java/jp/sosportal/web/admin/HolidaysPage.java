package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import jp.sosportal.calendar.boundary.Holidays;
import jp.sosportal.calendar.control.HolidayChanges;
import jp.sosportal.calendar.entity.HolidayListUpload;
import jp.sosportal.calendar.entity.InvalidHolidayListException;
import jp.sosportal.web.platform.Messages;

/**
 * 祝日データの更新: the system admin uploads the Cabinet Office's syukujitsu.csv, sees what it changes, then saves it.
 * The file's bytes are kept in the view between the two steps, and saving validates them again.
 */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "upload:file";

    @Inject
    Holidays holidays;

    @Inject
    Messages messages;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private transient HolidayChanges changes;

    public void preview() throws IOException, InvalidHolidayListException {
        changes = null;
        if (file == null || file.getSize() == 0) {
            messages.error(FILE_FIELD, "admin.holidays.noFile");
            return;
        }
        content = file.getContent();
        fileName = file.getFileName();
        changes = holidays.preview(content);
    }

    /** The preview is gone either way: a refused list is previewed again before another try. */
    public void save() throws InvalidHolidayListException {
        byte[] previewed = content;
        changes = null;
        content = null;
        HolidayChanges saved = holidays.save(previewed, fileName);
        messages.info(null, "admin.holidays.saved", saved.list().lastYear());
    }

    public HolidayChanges getChanges() {
        return changes;
    }

    public int getLastYear() {
        return holidays.lastYear();
    }

    public HolidayListUpload getLatestUpload() {
        return holidays.latestUpload().orElse(null);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
