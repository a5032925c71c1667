package jp.sosportal.web.review;

import java.io.Serializable;
import java.time.LocalDate;
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

    RequestQuery toQuery(int page, int size, List<RequestSort> sorts) {
        return new RequestQuery(status, prefecture, null, item, null, null, page, size, type, handlingFrom,
                handlingTo, text, sorts);
    }

    public void clear() {
        prefecture = null;
        type = null;
        status = null;
        item = null;
        handlingFrom = null;
        handlingTo = null;
        text = null;
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
}
