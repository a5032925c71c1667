package jp.sosportal.batch.job;

import java.io.Serializable;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.sosportal.batch.control.CellError;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.SpreadsheetCells;

/**
 * The reject report of each job instance, in the database so that it survives restarts and is exact: a refused
 * row is recorded in its chunk's transaction, so a chunk rolled back by a failure records nothing. Called by the
 * job steps and by {@code BatchJobs}, which checks who may read it ({@code @PermitAll} because job steps run on
 * the batch runtime's threads).
 */
@Stateless
@PermitAll
public class Rejects {

    /** A line of the reject report. */
    public record Reject(String fileName, long line, String column, String value, String reason) implements Serializable {
    }

    private static final int MAX_VALUE_LENGTH = 200;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    public void record(long instanceId, String fileName, long line, List<CellError> errors) {
        insert(instanceId, fileName, line, errors, false);
    }

    /**
     * Lines of the report about a row that was loaded all the same (an outlook contradicting its stock): in the
     * report like a reject, their reason says 「警告」, and they do not count as rejected rows.
     */
    public void recordWarnings(long instanceId, String fileName, long line, List<CellError> warnings) {
        insert(instanceId, fileName, line, warnings, true);
    }

    private void insert(long instanceId, String fileName, long line, List<CellError> errors, boolean warning) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into batch_reject (id,"
                     + " job_instance_id, file_name, line_no, column_name, cell_value, reason, warning)"
                     + " values (nextval('sos_seq'), ?, ?, ?, ?, ?, ?, ?)")) {
            for (CellError error : errors) {
                insert.setLong(1, instanceId);
                insert.setString(2, fileName);
                insert.setLong(3, line);
                insert.setString(4, error.column());
                insert.setString(5, shorten(error.value()));
                insert.setString(6, error.reason());
                insert.setBoolean(7, warning);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /** The first {@code max} lines of the report, by line. */
    public List<Reject> of(long instanceId, int max) {
        List<Reject> rejects = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select file_name, line_no, column_name,"
                     + " cell_value, reason from batch_reject where job_instance_id = ? order by line_no, id")) {
            query.setLong(1, instanceId);
            query.setMaxRows(max);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rejects.add(new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
        return rejects;
    }

    /** The whole report as CSV (file name, line, column, value, reason), streamed from the database. */
    public void writeReport(long instanceId, Writer out) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select file_name, line_no, column_name,"
                     + " cell_value, reason from batch_reject where job_instance_id = ? order by line_no, id");
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            query.setLong(1, instanceId);
            query.setFetchSize(1000);
            printer.printRecord((Object[]) Labels.text("batch.report.header").split(","));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    // the file name and the cell come from the uploader: a formula there must stay text
                    printer.printRecord(SpreadsheetCells.neutralise(rs.getString(1), rs.getLong(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /** How many rows (not cells) were refused. */
    public long rejectedRows(long instanceId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(distinct line_no) from batch_reject where job_instance_id = ? and not warning")) {
            query.setLong(1, instanceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    private static String shorten(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value
                : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
