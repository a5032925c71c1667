package jp.sosportal.web.api;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.entity.RequestRefusedException;

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

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(404, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return Problem.response(409, e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<RequestRefusedException> {
        @Override
        public Response toResponse(RequestRefusedException e) {
            return Problem.response(409, e.getMessage(), List.of());
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

    /** JAX-RS's own answers (unknown path, wrong method, unreadable body) in the same shape. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = status == 400 ? Labels.text("error.malformedJson")
                    : status == 404 ? Labels.text("error.notFound") : e.getMessage();
            return Problem.response(status, detail, List.of());
        }
    }
}
