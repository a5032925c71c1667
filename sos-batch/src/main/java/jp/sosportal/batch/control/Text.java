package jp.sosportal.batch.control;

import java.text.Normalizer;

/** Cells as offices type them: full-width digits and letters become half-width (NFKC), blanks are trimmed. */
final class Text {

    private Text() {
    }

    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        if (isAscii(raw)) {
            return raw.strip(); // NFKC leaves ASCII as it is, and most cells are digits
        }
        // The wave dash 〜 (U+301C) is what many Japanese keyboards give for ～; NFKC leaves it alone.
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u301C', '~').strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
