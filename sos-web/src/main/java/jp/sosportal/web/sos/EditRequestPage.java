package jp.sosportal.web.sos;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
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
 *
 * <p>As on the request's page, the form posts back to its own address and carries the version it was filled from
 * (a hidden input): a session keeps the beans of its last 25 views only, and a bean made anew for a 「保存」 after
 * the person opened more pages in another tab still knows the request and which version the input was based on.
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

    /** The version the form was filled from; a postback sends it back (a bean made anew reads the newest). */
    private Long shownVersion;
    private RequestForm form;

    @PostConstruct
    void fill() {
        if (request != null) {
            shownVersion = request.getVersion();
            form = RequestForm.of(request.getContent());
        }
    }

    public void load() {
        if (Responses.notFoundUnless(request)) {
            request.editRefusal().ifPresent(reason -> messages.errorText(null, reason));
        }
    }

    public String save() {
        long id = Responses.foundForAction(request).getId();
        requests.edit(id, shownVersion, form.toInput());
        messages.infoOnNextPage("sos.form.saved");
        return "/sos/detail?faces-redirect=true&id=" + id;
    }

    public SupplyRequest getRequest() {
        return request;
    }

    public Long getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(Long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public RequestForm getForm() {
        return form;
    }
}
