package jp.sosportal.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import jp.sosportal.request.boundary.SupplyRequests;

/**
 * Test deployments only: the review moves, which the public API does not offer (the reviewer pages will), called
 * on the real service as the reviewer who authenticates with HTTP Basic, so its role checks apply as in production.
 */
@Path("test-review/requests/{id}")
public class ReviewMovesForTests {

    @Inject
    SupplyRequests requests;

    @POST
    @Path("confirm")
    public void confirmByPrefecture(@PathParam("id") long id) {
        requests.confirmByPrefecture(id, requests.find(id).getVersion());
    }

    @POST
    @Path("accept")
    public void accept(@PathParam("id") long id) {
        requests.accept(id, requests.find(id).getVersion());
    }
}
