package jp.sosportal.calendar.entity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/** A Cabinet Office holiday list the system admin uploaded; the newest one is in force. Never changed once saved. */
@Entity
@Table(name = "holiday_list")
@NamedQuery(name = HolidayListUpload.NEWEST_ID, query = "select max(h.id) from HolidayListUpload h")
public class HolidayListUpload extends BaseEntity {

    public static final String NEWEST_ID = "HolidayListUpload.newestId";

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    /** The list as UTF-8 CSV text (the upload's CP932 decoded), parsed again when loaded. */
    @Column(nullable = false, length = 1_000_000)
    private String content;

    protected HolidayListUpload() {
    }

    public HolidayListUpload(HolidayList list, String csv, String fileName, String uploadedBy, LocalDateTime at) {
        this.firstYear = list.firstYear();
        this.lastYear = list.lastYear();
        this.content = csv;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public HolidayList list() throws InvalidHolidayListException {
        return HolidayList.parse(content.getBytes(StandardCharsets.UTF_8));
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLastYear() {
        return lastYear;
    }
}
