package jp.sosportal.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.boundary.Timelines;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSort;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.web.api.RequestJson.CheckJson;
import jp.sosportal.web.api.RequestJson.HistoryJson;
import jp.sosportal.web.api.RequestJson.PageJson;

/** /api/v1/requests: the same service the pages call, so both always agree. */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    private static final int DEFAULT_SIZE = 20;

    @Inject
    SupplyRequests requests;

    @Inject
    Distributions distributions;

    @Inject
    Timelines timelines;

    @Context
    UriInfo uri;

    @POST
    public Response create(RequestBody body) {
        requireBody(body);
        if (body.institutionCode() == null || body.institutionCode().isBlank()) {
            throw InvalidInputException.invalid(List.of(new FieldError("institutionCode",
                    Labels.text("error.required"))));
        }
        RequestJson created = RequestJson.of(requests.create(body.institutionCode(), body.toInput()));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    public RequestJson get(@PathParam("id") long id) {
        return RequestJson.of(requests.find(id));
    }

    @PUT
    @Path("{id}")
    public RequestJson edit(@PathParam("id") long id, RequestBody body) {
        requireBody(body);
        return RequestJson.of(requests.edit(id, VersionBody.required(body.version()), body.toInput()));
    }

    /** The prefecture reviewer has checked the request: the nation may now accept it. */
    @POST
    @Path("{id}/confirm")
    public RequestJson confirm(@PathParam("id") long id, ConfirmBody body) {
        requireBody(body);
        long version = VersionBody.required(body.version());
        var quantities = body.typedQuantities();
        return RequestJson.of(quantities == null ? requests.confirmByPrefecture(id, version, body.note())
                : requests.confirmByPrefecture(id, version, body.note(), quantities));
    }

    @GET
    @Path("{id}/distributions")
    public List<DistributionJson> distributions(@PathParam("id") long id) {
        return distributions.of(id).stream().map(DistributionJson::of).toList();
    }

    @POST
    @Path("{id}/distributions")
    public Response plan(@PathParam("id") long id, DistributionJson.PlanBody body) {
        requireBody(body);
        DistributionJson planned = DistributionJson.of(distributions.plan(id, body.toInput()));
        URI location = uri.getBaseUriBuilder().path("distributions").path(String.valueOf(planned.id())).build();
        return Response.created(location).entity(planned).build();
    }

    /** The national reviewer accepts: 受付完了, after which the request cannot change. */
    @POST
    @Path("{id}/accept")
    public RequestJson accept(@PathParam("id") long id, VersionBody body) {
        requireBody(body);
        return RequestJson.of(requests.accept(id, VersionBody.required(body.version())));
    }

    @POST
    @Path("{id}/check")
    public CheckJson check(@PathParam("id") long id) {
        return CheckJson.of(requests.check(id), null);
    }

    @POST
    @Path("{id}/submit")
    public RequestJson submit(@PathParam("id") long id) {
        return RequestJson.of(requests.submit(id));
    }

    @GET
    @Path("{id}/history")
    public List<HistoryJson> history(@PathParam("id") long id) {
        return timelines.of(id).stream().map(HistoryJson::of).toList();
    }

    @GET
    public PageJson search(@QueryParam("status") String status, @QueryParam("prefecture") String prefecture,
                           @QueryParam("institution") String institution, @QueryParam("item") String item,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("sort") String sort) {
        // page and size as text: JAX-RS would answer a non-number with 404, which reads as "no such request".
        RequestQuery query = new RequestQuery(status(status), prefecture, institution, item, Params.date("from", from),
                Params.date("to", to), Params.count("page", page, 0), Params.count("size", size, DEFAULT_SIZE),
                null, null, null, null, RequestSort.parse(sort));
        var found = requests.search(query);
        return new PageJson(found.items().stream().map(RequestJson::of).toList(), found.total(), query.page(),
                query.size());
    }

    private static RequestStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(List.of(new FieldError("status",
                    Labels.text("error.unknownCode", status))));
        }
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new BadRequestException();
        }
    }
}
