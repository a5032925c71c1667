package jp.sosportal.reporting.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's numbers, each list already aggregated by the database: requests by prefecture and status,
 * submissions per day, and per item the requests asking for it, the approved and the shipped quantities.
 */
public record DashboardFigures(List<PrefectureStatus> byPrefectureAndStatus, List<Day> perDay, List<Item> items) {

    public record PrefectureStatus(String prefectureCode, String prefectureName, String status, long requests) {
    }

    public record Day(LocalDate date, long requests) {
    }

    public record Item(String code, String name, long requests, long approved, long distributed) {
    }
}
