package jp.sosportal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class ViewStateKeyTest {

    @Test
    void anAesKeyInBase64IsAccepted() {
        for (int bytes : new int[] {16, 24, 32}) {
            assertThat(ViewStateKey.isAesKey(Base64.getEncoder().encodeToString(new byte[bytes]))).isTrue();
        }
    }

    @Test
    void anUnsetUnreplacedOrMalformedKeyIsRefused() {
        assertThat(ViewStateKey.isAesKey(null)).isFalse();
        assertThat(ViewStateKey.isAesKey("")).isFalse();
        assertThat(ViewStateKey.isAesKey("${ENV=SOS_VIEWSTATE_KEY}")).isFalse(); // the server did not replace it
        assertThat(ViewStateKey.isAesKey(Base64.getEncoder().encodeToString(new byte[20]))).isFalse();
        assertThat(ViewStateKey.isAesKey("not base64 at all!")).isFalse();
    }
}
