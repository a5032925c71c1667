package jp.sosportal.web.sos;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;

/**
 * 「緊急配布要請を編集」 (SPEC.md §6.8): the form of §6.6 filled with the saved content. The version read here goes
 * with the save, so an edit made meanwhile by someone else is refused instead of overwritten, and the typed input
 * stays on the screen. 受付完了 is not offered for editing, and the service refuses it anyway.
 */
@Named
@ViewScoped
public class EditRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplyRequests requests;

    @Inject
    Messages messages;

    /** As read when the page opened: its version goes with the save. */
    @Inject
    @Param(name = "id", converter = "#{supplyRequestConverter}")
    SupplyRequest request;

    private RequestForm form;

    public void load() {
        if (Responses.notFoundUnless(request)) {
            form = RequestForm.of(request.getContent());
            request.editRefusal().ifPresent(reason -> messages.errorText(null, reason));
        }
    }

    public String save() {
        requests.edit(request.getId(), request.getVersion(), form.toInput());
        messages.infoOnNextPage("sos.form.saved");
        return "/sos/detail?faces-redirect=true&id=" + request.getId();
    }

    public SupplyRequest getRequest() {
        return request;
    }

    public RequestForm getForm() {
        return form;
    }
}
