package jp.sosportal.web.sos;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;

/** 「印刷用に表示」 (SPEC.md §6.9): the request on one plain page that prints cleanly on A4. */
@Named
@RequestScoped
public class RequestPrintPage {

    @Inject
    SupplyItemChoices items;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    @Inject
    @Param(name = "id", converter = "#{supplyRequestConverter}")
    SupplyRequest request;

    public void load() {
        Responses.notFoundUnless(request);
    }

    /** When the page was shown, printed at the foot so a paper copy says how current it is. */
    public LocalDateTime getShownAt() {
        return LocalDateTime.now(clock);
    }

    public SupplyRequest getRequest() {
        return request;
    }

    public List<String> getItemNames() {
        return items.names(request.getContent().getItemCodes());
    }

    public CheckView getLastCheck() {
        return request.getCheckedAt() == null ? null
                : CheckView.of(request.lastCheck(), items, messages, formats);
    }
}
