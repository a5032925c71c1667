package jp.sosportal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The collators built at start are those of the pages' locales: faces-config's default and supported ones. */
class SortCollatorsTest {

    @Test
    void theDefaultLocaleComesFirstThenTheSupportedOnesEachOnce() {
        assertThat(SortCollators.localesOf(Locale.JAPANESE,
                List.of(Locale.JAPAN, Locale.JAPANESE).iterator())).containsExactly(Locale.JAPANESE, Locale.JAPAN);
    }
}
