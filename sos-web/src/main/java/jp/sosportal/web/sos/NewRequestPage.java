package jp.sosportal.web.sos;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;
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
    SupplyRequests requests;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    private final RequestForm form = new RequestForm();

    public String save() {
        SupplyRequest created = requests.create(user.getCaller().institutionCode(), form.toInput());
        messages.infoOnNextPage("sos.form.saved");
        return "/sos/detail?faces-redirect=true&id=" + created.getId();
    }

    /** 「新規緊急配布要請: 病院」 with the type of the user's institution. */
    public String getTitle() {
        return messages.text("sos.form.new.title", user.getCaller().institutionType().label());
    }

    public RequestForm getForm() {
        return form;
    }
}
