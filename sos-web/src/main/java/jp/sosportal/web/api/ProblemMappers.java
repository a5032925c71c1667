package jp.sosportal.web.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.sosportal.platform.DatabaseUnavailable;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.RefusedException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.platform.StorageFullException;
import jp.sosportal.platform.TooLargeException;
import jp.sosportal.web.platform.DatabaseStatus;

/** Every refusal of the services, as problem+json with the status API.md gives it. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(e.isRuleViolation() ? 422 : 400, e.getMessage(), e.errors());
        }
    }

    /** Not there for the caller (404); no room on the server's disk (507); stale, or not allowed now (409). */
    @Provider
    public static class Refused implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            int status = e instanceof NotFoundException ? 404 : e instanceof StorageFullException ? 507 : 409;
            return Problem.response(status, e.getMessage(), List.of());
        }
    }

    /** An upload above SOS_UPLOAD_MAX_MB, found while it was stored. */
    @Provider
    public static class TooLarge implements ExceptionMapper<TooLargeException> {
        @Override
        public Response toResponse(TooLargeException e) {
            return Problem.response(413, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(403, Labels.text("error.forbidden"), List.of());
        }
    }

    /** Malformed JSON, or a value of the wrong type (a string where a number belongs). */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, Labels.text("error.malformedJson"), List.of());
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, Labels.text("error.malformedJson"), List.of());
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, unreadable body) in the same shape, in Japanese. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = switch (status) {
                case 400 -> Labels.text("error.malformedJson");
                case 404 -> Labels.text("error.notFound");
                case 405 -> Labels.text("error.methodNotAllowed");
                case 406 -> Labels.text("error.notAcceptable");
                case 415 -> Labels.text(uri != null && uri.getPath().matches("/?batch/.*")
                        ? "error.unsupportedMediaType.csv" : "error.unsupportedMediaType");
                default -> status >= 500 ? Labels.text("error.unexpected") : Labels.text("error.badRequest");
            };
            return Problem.response(status, detail, List.of());
        }
    }

    /**
     * Anything else. Two edits that passed the version check at the same moment meet at commit: the loser is a
     * stale copy (409), not a server error. A database out of reach is 503, try again. The rest is logged with its stack trace and answered without it.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Inject
        DatabaseStatus database;

        @Override
        public Response toResponse(Throwable e) {
            if (StaleVersionException.causedBy(e)) {
                return Problem.response(409, Labels.text("error.staleVersion"), List.of());
            }
            if (DatabaseUnavailable.causedBy(e)) { // a database restart: the client may simply try again
                LOG.warning(() -> "API call failed, the database was out of reach: " + e);
                database.wentAway();
                return Response.fromResponse(Problem.response(503, Labels.text("error.unavailable"), List.of()))
                        .header("Retry-After", "5").build();
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return Problem.response(500, Labels.text("error.unexpected"), List.of());
        }
    }
}
