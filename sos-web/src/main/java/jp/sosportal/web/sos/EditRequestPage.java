package jp.sosportal.web.sos;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.web.platform.FormErrors;
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
    transient SupplyRequests requests;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    @Inject
    @Param(name = "id")
    Long id;

    private long version;
    private boolean editable;
    private String title;
    private String institutionType;
    private RequestForm form;

    public void load() {
        if (id == null) {
            Responses.notFound();
            return;
        }
        try {
            SupplyRequest request = requests.find(id);
            version = request.getVersion();
            title = request.getTitle();
            institutionType = request.getInstitution().getType().name();
            editable = request.getStatus().isEditable();
            form = RequestForm.of(request.getContent());
            if (!editable) {
                messages.error(null, "sos.form.notEditable");
            }
        } catch (NotFoundException unknownOrNotOurs) {
            Responses.notFound();
        }
    }

    public String save() {
        try {
            requests.edit(id, version, form.toInput());
            messages.info(null, "sos.form.saved");
            Faces.getFlash().setKeepMessages(true);
            return "/sos/detail?faces-redirect=true&id=" + id;
        } catch (InvalidInputException refused) {
            formErrors.show(refused, RequestForm::clientIdOf);
        } catch (StaleVersionException | RequestRefusedException refused) {
            messages.errorText(null, refused.getMessage());
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getTitle() {
        return title;
    }

    public String getInstitutionType() {
        return institutionType;
    }

    public RequestForm getForm() {
        return form;
    }
}
