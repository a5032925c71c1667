package jp.sosportal.notice.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Issue 19: an entry is shown from its first day to its last, both included. */
class PublicationTest {

    @Test
    void publishedFromTheFirstDayToTheLastInclusive() {
        LocalDate from = LocalDate.of(2026, 4, 1);
        Publication publication = new Publication(from, from.plusDays(2), 1);
        assertThat(publication.stateOn(from.minusDays(1))).isEqualTo(Publication.State.SCHEDULED);
        assertThat(publication.isPublishedOn(from)).isTrue();
        assertThat(publication.isPublishedOn(from.plusDays(2))).isTrue();
        assertThat(publication.stateOn(from.plusDays(3))).isEqualTo(Publication.State.ENDED);
        assertThat(new Publication(from, null, 1).isPublishedOn(from.plusYears(10))).isTrue();
    }
}
