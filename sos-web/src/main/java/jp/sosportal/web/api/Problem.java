package jp.sosportal.web.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.sosportal.platform.FieldError;

/** An RFC 9457 problem with Japanese {@code detail} and per-field {@code errors} (API.md "Errors"). */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String detail, List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return Response.status(status).type(MEDIA_TYPE.withCharset("UTF-8"))
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }
}
