package jp.sosportal.web.sos;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.web.platform.FormErrors;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;

/**
 * 「新規緊急配布要請: 病院」 (SPEC.md §6.6). 「保存」 stores the request as 未申請 and opens its page, where
 * 「システムチェック&申請」 makes it a request; a refusal keeps everything typed and says why next to the field.
 */
@Named
@ViewScoped
public class NewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyRequests requests;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    private final RequestForm form = new RequestForm();

    public String save() {
        try {
            SupplyRequest created = requests.create(getCaller().institutionCode(), form.toInput());
            messages.info(null, "sos.form.saved");
            Faces.getFlash().setKeepMessages(true);
            return "/sos/detail?faces-redirect=true&id=" + created.getId();
        } catch (InvalidInputException refused) {
            formErrors.show(refused, RequestForm::clientIdOf);
            return null;
        }
    }

    /** 「新規緊急配布要請: 病院」 with the type of the user's institution. */
    public String getTitle() {
        return messages.text("sos.form.new.title", getCaller().institutionType().label());
    }

    public String getInstitutionType() {
        return getCaller().institutionType().name();
    }

    public RequestForm getForm() {
        return form;
    }

    private Caller getCaller() {
        return user.getCaller();
    }
}
