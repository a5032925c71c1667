package jp.sosportal.web.platform;

import org.omnifaces.util.Faces;

import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;

/** Answers a page request with an HTTP error instead of the page (the error pages of web.xml take over). */
public final class Responses {

    private Responses() {
    }

    /**
     * 404 for something unknown or not the caller's: the same answer for both, as the services give it, so a
     * guessed id tells nothing.
     */
    public static void notFound() {
        Faces.responseSendError(404, Labels.text("error.notFound"));
    }

    /** The request a page's {@code id} names, or null after answering 404 (missing id, unknown, not yours). */
    public static SupplyRequest requestOrNotFound(SupplyRequests requests, Long id) {
        try {
            if (id != null) {
                return requests.find(id);
            }
        } catch (NotFoundException unknownOrNotOurs) {
            // answered below, exactly like a missing id
        }
        notFound();
        return null;
    }
}
