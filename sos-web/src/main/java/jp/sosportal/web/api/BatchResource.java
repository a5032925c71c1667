package jp.sosportal.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.sosportal.batch.BatchJobs;
import jp.sosportal.batch.Execution;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.platform.NotFoundException;

/**
 * /api/v1/batch: the upload page for scripts and aggregator systems. {@code POST /batch/daily} or
 * {@code /batch/weekly} with the CSV as the body starts a job (202 and its execution); {@code GET
 * /batch/executions/{id}} follows it and {@code POST /batch/executions/{id}/restart} restarts it (batch admins).
 * The same rules as the page: batch admins, and とりまとめ団体 for their members.
 */
@Path("batch")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchJobs batchJobs;

    @POST
    @Path("{kind: daily|weekly}")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response start(@PathParam("kind") String kind,
                          @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
                          @QueryParam("encoding") String encoding, @QueryParam("dryRun") boolean dryRun,
                          InputStream body) throws IOException {
        long id = batchJobs.upload(SurveyKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), fileName, body,
                encoding, dryRun);
        return Response.accepted(json(batchJobs.execution(id)))
                .location(URI.create("batch/executions/" + id)).build();
    }

    @GET
    @Path("executions/{id}")
    public Map<String, Object> execution(@PathParam("id") String id) {
        try {
            return json(batchJobs.execution(Long.parseLong(id)));
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
        return Response.accepted(json(batchJobs.execution(restarted)))
                .location(URI.create("batch/executions/" + restarted)).build();
    }

    private static Map<String, Object> json(Execution e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("job", e.jobName());
        json.put("fileName", e.fileName());
        json.put("dryRun", e.dryRun());
        json.put("status", e.status().name());
        json.put("exitStatus", e.exitStatus());
        json.put("start", e.start() == null ? null : e.start().toString());
        json.put("end", e.end() == null ? null : e.end().toString());
        json.put("read", e.read());
        json.put("written", e.written());
        json.put("skipped", e.skipped());
        json.put("seconds", e.duration().toMillis() / 1000.0);
        return json;
    }
}
