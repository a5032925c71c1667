package jp.sosportal.web.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.sosportal.platform.Clocks;
import jp.sosportal.platform.SpreadsheetCells;
import jp.sosportal.reporting.boundary.OpenData;
import jp.sosportal.reporting.control.OpenDataRow;

/**
 * /opendata/requests.csv and /opendata/requests.json (README: columns, meaning, refresh). Column names are
 * ASCII so that any tool reads them; names of prefectures and items are Japanese. An unchanged snapshot answers
 * 304 to a client that sends its ETag back.
 */
@WebServlet("/opendata/*")
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String[] COLUMNS = {"date", "prefecture_code", "prefecture_name", "item_code", "item_name",
        "accepted_requests", "approved_quantity", "distributed_quantity"};
    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Inject
    OpenData openData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        boolean csv = "/requests.csv".equals(path);
        if (!csv && !"/requests.json".equals(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OpenData.Snapshot snapshot = openData.snapshot();
        // one snapshot, two representations: the tag names which one ("c…" or "j…")
        String etag = "\"" + (csv ? "c" : "j") + snapshot.etag().substring(1);
        response.setHeader("Cache-Control", "public, max-age=" + openData.refreshSeconds());
        response.setHeader("ETag", etag);
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (csv) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "inline; filename=\"requests.csv\"");
            writeCsv(snapshot, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType("application/json; charset=UTF-8");
            writeJson(snapshot, response);
        }
    }

    private static void writeCsv(OpenData.Snapshot snapshot, Writer writer) throws IOException {
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
        for (OpenDataRow row : snapshot.rows()) {
            csv.printRecord(SpreadsheetCells.neutralise(row.date(), row.prefectureCode(), row.prefectureName(),
                    row.itemCode(), row.itemName(), row.acceptedRequests(), row.approvedQuantity(),
                    row.distributedQuantity()));
        }
        csv.flush();
    }

    private static void writeJson(OpenData.Snapshot snapshot, HttpServletResponse response) throws IOException {
        try (JsonGenerator json = Json.createGenerator(response.getOutputStream())) {
            json.writeStartObject().write("computed_at", COMPUTED.format(snapshot.computedAt()))
                    .write("time_zone", Clocks.TOKYO.getId()).writeStartArray("rows");
            for (OpenDataRow row : snapshot.rows()) {
                json.writeStartObject().write(COLUMNS[0], row.date().toString())
                        .write(COLUMNS[1], row.prefectureCode()).write(COLUMNS[2], row.prefectureName())
                        .write(COLUMNS[3], row.itemCode()).write(COLUMNS[4], row.itemName())
                        .write(COLUMNS[5], row.acceptedRequests()).write(COLUMNS[6], row.approvedQuantity())
                        .write(COLUMNS[7], row.distributedQuantity()).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }
}
