package jp.sosportal.calendar.entity;

import java.util.List;

/** A holiday file that cannot be used, with every reason in Japanese. */
public class InvalidHolidayListException extends Exception {

    private final List<String> problems;

    public InvalidHolidayListException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
