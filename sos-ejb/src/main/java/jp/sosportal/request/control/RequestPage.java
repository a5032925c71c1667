package jp.sosportal.request.control;

import java.util.List;

import jp.sosportal.request.entity.SupplyRequest;

/** One page of requests and how many match in all. */
public record RequestPage(List<SupplyRequest> items, long total) {
}
