package jp.sosportal.request.control;

import java.time.LocalDate;

import jp.sosportal.request.entity.RequestStatus;

/**
 * A filter over the requests a caller may see (API.md): any field may be null. {@code from}/{@code to} bound the
 * creation date; {@code page} counts from 0.
 */
public record RequestQuery(RequestStatus status, String prefecture, String institution, String item, LocalDate from,
                           LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 200;

    public RequestQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static RequestQuery all() {
        return new RequestQuery(null, null, null, null, null, null, 0, MAX_SIZE);
    }
}
