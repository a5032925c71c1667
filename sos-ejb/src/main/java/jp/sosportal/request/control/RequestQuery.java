package jp.sosportal.request.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.request.entity.RequestStatus;

/**
 * A filter over the requests a caller may see (API.md and the reviewers' table): any field may be null.
 * {@code from}/{@code to} bound the creation date, {@code handlingFrom}/{@code handlingTo} 対応予定日; {@code text}
 * searches title and institution code; {@code sorts} are keys of {@link RequestSearch#SORTABLE} in order of
 * precedence (newest first when empty); {@code page} counts from 0. The reviewer's queue: {@code outlookMismatch}
 * true keeps requests whose evidence has 「見通しと在庫日数が不一致」, {@code prefectureConfirmed} false those
 * waiting for the prefecture and true those waiting for the nation (with status 都道府県・国確認中), and
 * {@code submittedBefore} those submitted before that time (today's 13:00 on the reviewer's home).
 */
public record RequestQuery(RequestStatus status, String prefecture, String institution, String item, LocalDate from,
                           LocalDate to, int page, int size, InstitutionType type, LocalDate handlingFrom,
                           LocalDate handlingTo, String text, List<RequestSort> sorts, Boolean outlookMismatch,
                           Boolean prefectureConfirmed, LocalDateTime submittedBefore) {

    public static final int MAX_SIZE = 200;

    public RequestQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        sorts = sorts == null ? List.of() : List.copyOf(sorts);
    }

    /** The reviewers' table's filter before the queue filters. */
    public RequestQuery(RequestStatus status, String prefecture, String institution, String item, LocalDate from,
                        LocalDate to, int page, int size, InstitutionType type, LocalDate handlingFrom,
                        LocalDate handlingTo, String text, List<RequestSort> sorts) {
        this(status, prefecture, institution, item, from, to, page, size, type, handlingFrom, handlingTo, text, sorts,
                null, null, null);
    }

    /** The API's filter (API.md), newest first. */
    public RequestQuery(RequestStatus status, String prefecture, String institution, String item, LocalDate from,
                        LocalDate to, int page, int size) {
        this(status, prefecture, institution, item, from, to, page, size, null, null, null, null, List.of());
    }

    /** The same filter and order, another page (exports walk the pages of one query). */
    public RequestQuery page(int page, int size) {
        return new RequestQuery(status, prefecture, institution, item, from, to, page, size, type, handlingFrom,
                handlingTo, text, sorts, outlookMismatch, prefectureConfirmed, submittedBefore);
    }

    public static RequestQuery all() {
        return new RequestQuery(null, null, null, null, null, null, 0, MAX_SIZE);
    }
}
