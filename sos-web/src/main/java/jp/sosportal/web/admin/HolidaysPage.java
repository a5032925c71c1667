package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.calendar.boundary.Holidays;
import jp.sosportal.calendar.control.HolidayChanges;
import jp.sosportal.calendar.entity.HolidayListUpload;
import jp.sosportal.calendar.entity.InvalidHolidayListException;
import jp.sosportal.web.platform.CheckedFile;
import jp.sosportal.web.platform.Messages;

/**
 * 祝日データの更新: the system admin uploads the Cabinet Office's syukujitsu.csv, sees what it changes, then saves it.
 * The file's bytes are kept in the view between the two steps, and saving validates them again ({@link CheckedFile}).
 */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Holidays holidays;

    @Inject
    Messages messages;

    private final CheckedFile<HolidayChanges> upload = CheckedFile.ofAnySize();

    public void preview() throws IOException, InvalidHolidayListException {
        upload.check(messages, holidays::preview);
    }

    public void save() throws InvalidHolidayListException {
        HolidayChanges saved = holidays.save(upload.take(), upload.name());
        messages.info(null, "admin.holidays.saved", saved.list().lastYear());
    }

    public int getLastYear() {
        return holidays.lastYear();
    }

    public HolidayListUpload getLatestUpload() {
        return holidays.latestUpload().orElse(null);
    }

    public CheckedFile<HolidayChanges> getUpload() {
        return upload;
    }
}
