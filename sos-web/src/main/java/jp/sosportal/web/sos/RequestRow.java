package jp.sosportal.web.sos;

import java.io.Serializable;
import java.time.LocalDateTime;

import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.web.platform.Formats;

/**
 * One line of the request list, with the texts the table shows, sorts and searches (a plain bean, because
 * PrimeFaces sorts and filters through property expressions).
 */
public class RequestRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final LocalDateTime createdAt;
    private final String submittedAt;
    private final String institutionName;
    private final String institutionCode;
    private final String status;
    private final String statusLabel;
    private final String handlingDate;
    private final boolean editable;

    RequestRow(SupplyRequest request, Formats formats) {
        this.id = request.getId();
        this.title = request.getTitle();
        this.createdAt = request.getCreatedAt();
        this.submittedAt = formats.dateTime(request.getSubmittedAt());
        this.institutionName = request.getInstitution().getName();
        this.institutionCode = request.getInstitution().getCode();
        this.status = request.getStatus().name();
        this.statusLabel = request.getStatus().label();
        this.handlingDate = formats.day(request.getHandlingDate());
        this.editable = request.getStatus().isEditable();
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** The title starts with the creation day written 2021/1/3, which sorts wrongly as text: sort by this. */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getHandlingDate() {
        return handlingDate;
    }
}
