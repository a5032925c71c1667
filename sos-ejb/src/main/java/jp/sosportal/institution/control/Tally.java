package jp.sosportal.institution.control;

import java.time.LocalDateTime;

/** How many attempts of one key (an address, an account) fall in the window, and the oldest and latest of them. */
public record Tally(long count, LocalDateTime first, LocalDateTime last) {

    public static final Tally NONE = new Tally(0, null, null);
}
