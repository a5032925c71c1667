package jp.sosportal.reporting.control;

import java.io.Serializable;
import java.util.Map;

import jp.sosportal.institution.entity.Role;

/**
 * The system admin's home counts: institutions of the master, enabled accounts per role, accounts locked by the
 * login throttle, requests submitted today, mails the outbox failed to deliver or still retries after a failure,
 * and the last year the holiday data lists.
 */
public record AdminFigures(long institutions, Map<Role, Long> accountsByRole, long lockedAccounts,
                           long requestsSubmittedToday, long failingMails, int holidayListLastYear)
        implements Serializable {
}
