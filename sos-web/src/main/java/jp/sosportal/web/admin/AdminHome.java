package jp.sosportal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.calendar.boundary.Holidays;

/** What the system admin's home warns about. */
@Named
@RequestScoped
public class AdminHome {

    @Inject
    Holidays holidays;

    /** The last year of the holiday list in force while it ends within 90 days, else null. */
    public Integer getHolidayListEndingYear() {
        return holidays.listEndingSoon().orElse(null);
    }
}
