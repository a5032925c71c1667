package jp.sosportal.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.sosportal.batch.BatchJobs;
import jp.sosportal.batch.Execution;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.platform.NotFoundException;

/**
 * /api/v1/batch: the upload page for scripts and aggregator systems. {@code POST /batch/daily} or
 * {@code /batch/weekly} with the CSV as the body starts a job (202 and its execution); {@code GET
 * /batch/executions/{id}} follows it: counts as of the last checkpoint, and once the file is checked its
 * {@code records}, the {@code percent} read, {@code rowsPerSecond} and {@code secondsLeft} (null while unknown);
 * {@code POST /batch/executions/{id}/restart} restarts it (batch admins). The same rules as the page: batch admins,
 * and とりまとめ団体 for their members.
 */
@Path("batch")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchJobs batchJobs;

    @POST
    @Path("{kind: daily|weekly}")
    // Not text/plain (nor form types): a plain HTML form on another site can post those without a preflight.
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response start(@PathParam("kind") String kind,
                          @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
                          @QueryParam("encoding") String encoding, @QueryParam("dryRun") boolean dryRun,
                          @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long size,
                          InputStream body) throws IOException {
        long id = batchJobs.upload(SurveyKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), fileName, body,
                size, encoding, dryRun);
        return Response.accepted(ExecutionJson.of(batchJobs.execution(id)))
                .location(URI.create("batch/executions/" + id)).build();
    }

    @GET
    @Path("executions/{id}")
    public ExecutionJson execution(@PathParam("id") String id) {
        try {
            return ExecutionJson.of(batchJobs.execution(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /**
     * 「再開」: restarts a stopped or failed run (also one a server stop interrupted) from its last checkpoint; 202
     * and the new execution, 409 when the run is not the latest stopped or failed run of its file.
     */
    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") String id) {
        long restarted;
        try {
            restarted = batchJobs.restart(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        return Response.accepted(ExecutionJson.of(batchJobs.execution(restarted)))
                .location(URI.create("batch/executions/" + restarted)).build();
    }

    /**
     * An execution as the API shows it. Its times carry the +09:00 offset like every other time of the API (they
     * were once local times without one, which the document's {@code date-time} revealed).
     */
    public record ExecutionJson(long id, String job, String fileName, boolean dryRun, String status,
                                String exitStatus, OffsetDateTime start, OffsetDateTime end, long read,
                                long written, long skipped, double seconds, Long records, Double percent,
                                Double rowsPerSecond, Long secondsLeft) {

        static ExecutionJson of(Execution e) {
            return new ExecutionJson(e.id(), e.jobName(), e.fileName(), e.dryRun(), e.status().name(),
                    e.exitStatus(), RequestJson.tokyo(e.start()), RequestJson.tokyo(e.end()), e.read(), e.written(),
                    e.skipped(), e.duration().toMillis() / 1000.0, e.records(), e.percent(), e.rowsPerSecond(),
                    e.secondsLeft());
        }
    }
}
