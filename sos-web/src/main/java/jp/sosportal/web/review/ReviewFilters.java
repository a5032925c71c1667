package jp.sosportal.web.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSort;
import jp.sosportal.request.entity.RequestStatus;

/** The reviewer's filters, kept for the session so that paging and coming back from a request keep them. */
@Named
@SessionScoped
public class ReviewFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String prefecture;
    private InstitutionType type;
    private RequestStatus status = RequestStatus.UNDER_REVIEW;
    private String item;
    private LocalDate handlingFrom;
    private LocalDate handlingTo;
    private String text;
    /** Only requests whose evidence has 「見通しと在庫日数が不一致」. */
    private boolean outlookMismatch;
    /** The queue: null all, false waiting for the prefecture, true waiting for the nation. */
    private Boolean prefectureConfirmed;
    /** Only requests submitted before today's 13:00 (the home's 「うち13:00までの申請」 link). */
    private boolean beforeCutoff;

    /** {@code cutoff}: today's 13:00, used when {@link #isBeforeCutoff()}. */
    RequestQuery toQuery(int page, int size, List<RequestSort> sorts, LocalDateTime cutoff) {
        return new RequestQuery(status, prefecture, null, item, null, null, page, size, type, handlingFrom,
                handlingTo, text, sorts, outlookMismatch ? Boolean.TRUE : null, prefectureConfirmed,
                beforeCutoff ? cutoff : null);
    }

    /** The filters of a link from the reviewer's home or the dashboard: nothing else stays set. */
    void showQueue(ReviewQueue queue) {
        clear();
        status = queue.status();
        prefectureConfirmed = queue.prefectureConfirmed();
        beforeCutoff = queue.beforeCutoff();
        outlookMismatch = queue.outlookMismatch();
    }

    public void clear() {
        prefecture = null;
        type = null;
        status = null;
        item = null;
        handlingFrom = null;
        handlingTo = null;
        text = null;
        outlookMismatch = false;
        prefectureConfirmed = null;
        beforeCutoff = false;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public LocalDate getHandlingFrom() {
        return handlingFrom;
    }

    public void setHandlingFrom(LocalDate handlingFrom) {
        this.handlingFrom = handlingFrom;
    }

    public LocalDate getHandlingTo() {
        return handlingTo;
    }

    public void setHandlingTo(LocalDate handlingTo) {
        this.handlingTo = handlingTo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOutlookMismatch() {
        return outlookMismatch;
    }

    public void setOutlookMismatch(boolean outlookMismatch) {
        this.outlookMismatch = outlookMismatch;
    }

    public Boolean getPrefectureConfirmed() {
        return prefectureConfirmed;
    }

    public void setPrefectureConfirmed(Boolean prefectureConfirmed) {
        this.prefectureConfirmed = prefectureConfirmed;
    }

    public boolean isBeforeCutoff() {
        return beforeCutoff;
    }

    public void setBeforeCutoff(boolean beforeCutoff) {
        this.beforeCutoff = beforeCutoff;
    }
}
