package jp.sosportal.web.platform;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.mail.entity.OutboxMail;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.SupplyItem;

/** The options of the pages' select menus ({@code #{choices.prefectures}} …), the same on every page. */
@Named
@ApplicationScoped
public class Choices {

    @Inject
    Institutions institutions;

    @Inject
    Surveys surveys;

    public List<Prefecture> getPrefectures() {
        return institutions.prefectures();
    }

    public List<SupplyItem> getItems() {
        return surveys.items();
    }

    public InstitutionType[] getInstitutionTypes() {
        return InstitutionType.values();
    }

    public RequestStatus[] getRequestStatuses() {
        return RequestStatus.values();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public AuditKind[] getAuditKinds() {
        return AuditKind.values();
    }

    public OutboxMail.Status[] getMailStatuses() {
        return OutboxMail.Status.values();
    }

    /** The survey files an upload takes (日次, 週次). */
    public SurveyKind[] getSurveyKinds() {
        return SurveyKind.values();
    }
}
