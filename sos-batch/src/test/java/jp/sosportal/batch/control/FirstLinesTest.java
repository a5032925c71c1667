package jp.sosportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The repeated-row check's memory: each key's first line, whether or not the key packs into a number. */
class FirstLinesTest {

    static final LocalDate DAY = LocalDate.of(2021, 1, 4);

    @Test
    void aRepeatedKeyAnswersTheLineOfItsFirstOccurrence() {
        FirstLines lines = new FirstLines();
        assertThat(lines.putIfAbsent("1310000001", DAY, null, 2)).isNull();
        assertThat(lines.putIfAbsent("1310000002", DAY, null, 3)).isNull();
        assertThat(lines.putIfAbsent("1310000001", DAY.plusDays(1), null, 4)).isNull();
        assertThat(lines.putIfAbsent("1310000001", DAY, null, 5)).isEqualTo(2);
        assertThat(lines.putIfAbsent("1310000001", DAY, null, 6)).isEqualTo(2);
    }

    @Test
    void weeklyKeysIncludeTheItem() {
        FirstLines lines = new FirstLines();
        assertThat(lines.putIfAbsent("1310000001", DAY, "SURGICAL_MASK", 2)).isNull();
        assertThat(lines.putIfAbsent("1310000001", DAY, "NON_STERILE_GLOVES", 3)).isNull();
        assertThat(lines.putIfAbsent("1310000001", DAY, "SURGICAL_MASK", 4)).isEqualTo(2);
        for (int i = 0; i < 100; i++) { // more item words than pack into the number: still told apart
            assertThat(lines.putIfAbsent("1310000001", DAY, "word" + i, 10 + i)).isNull();
        }
        assertThat(lines.putIfAbsent("1310000001", DAY, "word99", 500)).isEqualTo(109);
        assertThat(lines.putIfAbsent("1310000001", DAY, "word1", 501)).isEqualTo(11);
    }

    @Test
    void codesThatAreNotTenDigitsAndFarDatesAreKeptApartToo() {
        FirstLines lines = new FirstLines();
        assertThat(lines.putIfAbsent("131000001", DAY, null, 2)).isNull();
        assertThat(lines.putIfAbsent("0131000001", DAY, null, 3)).isNull(); // not the same code as the one above
        assertThat(lines.putIfAbsent("ABC", DAY, null, 4)).isNull();
        assertThat(lines.putIfAbsent("1310000001", LocalDate.of(99999, 1, 1), null, 5)).isNull();
        assertThat(lines.putIfAbsent("131000001", DAY, null, 6)).isEqualTo(2);
        assertThat(lines.putIfAbsent("0131000001", DAY, null, 7)).isEqualTo(3);
        assertThat(lines.putIfAbsent("ABC", DAY, null, 8)).isEqualTo(4);
        assertThat(lines.putIfAbsent("1310000001", LocalDate.of(99999, 1, 1), null, 9)).isEqualTo(5);
        assertThat(lines.putIfAbsent("1310000001", LocalDate.of(1, 1, 1), null, 10)).isNull();
    }

    @Test
    void aMillionKeysAreAllRememberedAsTheTableGrows() {
        FirstLines lines = new FirstLines();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(lines.putIfAbsent(String.valueOf(1_400_000_000L + i % 50_000), DAY.minusDays(i / 50_000),
                    null, i + 2)).isNull();
        }
        assertThat(lines.size()).isEqualTo(1_000_000);
        assertThat(lines.putIfAbsent("1400000000", DAY, null, 0)).isEqualTo(2);
        assertThat(lines.putIfAbsent("1400049999", DAY.minusDays(19), null, 0)).isEqualTo(1_000_001);
    }
}
