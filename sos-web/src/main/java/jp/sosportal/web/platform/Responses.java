package jp.sosportal.web.platform;

import org.omnifaces.util.Faces;

import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;

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

    /** 404 unless the page's subject was found (its {@code ?id=} was there, known and the caller's to see). */
    public static boolean notFoundUnless(Object found) {
        if (found == null) {
            notFound();
        }
        return found != null;
    }

    /**
     * The page's subject for an action (a postback): none — no readable {@code ?id=}, or not the caller's — is the
     * 404 page, as on the page's first request.
     */
    public static <T> T foundForAction(T found) {
        if (found == null) {
            throw new NotFoundException();
        }
        return found;
    }
}
