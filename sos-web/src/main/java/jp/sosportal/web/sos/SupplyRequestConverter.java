package jp.sosportal.web.sos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.platform.NotFoundException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * {@code ?id=} of a page about one request, as OmniFaces' {@code @Param(converter = "#{supplyRequestConverter}")}
 * injects it: the request, or null when the id is malformed, unknown or not the caller's to see. The page answers
 * 404 to all of these alike ({@link jp.sosportal.web.platform.Responses#notFoundUnless}), so a guessed id tells nothing.
 */
@Named
@ApplicationScoped
public class SupplyRequestConverter implements Converter<SupplyRequest> {

    @Inject
    SupplyRequests requests;

    @Override
    public SupplyRequest getAsObject(FacesContext context, UIComponent component, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        try {
            return requests.find(Long.parseLong(id));
        } catch (NotFoundException unknownOrNotOurs) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SupplyRequest request) {
        return request == null ? "" : String.valueOf(request.getId());
    }
}
