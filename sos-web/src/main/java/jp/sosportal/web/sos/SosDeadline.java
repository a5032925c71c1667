package jp.sosportal.web.sos;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.calendar.boundary.Deadlines;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/**
 * The deadline under the banner of every SOS page (SPEC.md §5, §9): the time left before today's 13:00 and the
 * 対応予定日 a request submitted now would get, so nobody has to work out the cut-off themselves.
 */
@Named
@RequestScoped
public class SosDeadline {

    @Inject
    Deadlines deadlines;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    public String getStatus() {
        String handlingDay = formats.day(deadlines.handlingDateNow());
        return deadlines.timeLeftToday()
                .map(left -> messages.text("sos.deadline.timeLeft", String.valueOf(left.toHours()),
                        String.valueOf(left.toMinutesPart()), handlingDay))
                .orElseGet(() -> messages.text("sos.deadline.closed", handlingDay));
    }

    public boolean isOpenToday() {
        return deadlines.timeLeftToday().isPresent();
    }

    public LocalDate getHandlingDateNow() {
        return deadlines.handlingDateNow();
    }
}
