package jp.sosportal.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonValue;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.review.control.DistributionInput;
import jp.sosportal.review.entity.Distribution;

/** A distribution (配布) as the API shows it: its step and the dates and people of each step taken. */
public record DistributionJson(long id, long version, long requestId, String item, int quantity,
                               LocalDate plannedDate, String step, String stepLabel, LocalDate shippedDate,
                               OffsetDateTime receivedAt, String receivedBy, OffsetDateTime recordedAt,
                               String recordedBy) {

    static DistributionJson of(Distribution d) {
        return new DistributionJson(d.getId(), d.getVersion(), d.getRequest().getId(), d.getItemCode(),
                d.getQuantity(), d.getPlannedDate(), d.step().name(), d.step().label(), d.getShippedDate(),
                RequestJson.tokyo(d.getReceivedAt()), d.getReceivedBy(), RequestJson.tokyo(d.getRecordedAt()),
                d.getRecordedBy());
    }

    /** {@code POST /requests/{id}/distributions}. */
    public record PlanBody(String item, JsonValue quantity, String plannedDate) {

        DistributionInput toInput() {
            List<FieldError> errors = new ArrayList<>();
            Integer whole = Params.whole("quantity", quantity, errors);
            LocalDate planned = null;
            try {
                planned = Params.date("plannedDate", plannedDate);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            if (!errors.isEmpty()) {
                throw InvalidInputException.invalid(errors);
            }
            return new DistributionInput(item, whole, planned);
        }
    }

    /** {@code POST /distributions/{id}/ship}. */
    public record ShipBody(Long version, String shippedDate) {
    }
}
