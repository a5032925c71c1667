package jp.sosportal.reporting.control;

import java.time.LocalDate;

/**
 * One line of the open data: for a day, a prefecture and an item, how many requests were accepted (受付完了) that
 * day, the quantity approved for them, and the quantity shipped that day. No institution appears.
 */
public record OpenDataRow(LocalDate date, String prefectureCode, String prefectureName, String itemCode,
                          String itemName, long acceptedRequests, long approvedQuantity, long distributedQuantity) {
}
