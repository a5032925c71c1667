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
        // The wave dash 〜 (U+301C) is what many Japanese keyboards give for ～; NFKC leaves it alone.
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u301C', '~').strip();
    }
}
