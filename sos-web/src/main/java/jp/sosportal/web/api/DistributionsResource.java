package jp.sosportal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.web.api.DistributionJson.ShipBody;

/** /api/v1/distributions/{id}: the moves of a distribution after it was recorded on its request. */
@Path("distributions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistributionsResource {

    @Inject
    Distributions distributions;

    @POST
    @Path("ship")
    public DistributionJson ship(@PathParam("id") long id, ShipBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return DistributionJson.of(distributions.ship(id, VersionBody.required(body.version()),
                Params.date("shippedDate", body.shippedDate())));
    }

    @POST
    @Path("receive")
    public DistributionJson receive(@PathParam("id") long id, VersionBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return DistributionJson.of(distributions.receive(id, VersionBody.required(body.version())));
    }
}
