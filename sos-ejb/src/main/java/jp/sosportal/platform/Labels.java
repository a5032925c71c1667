package jp.sosportal.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Japanese texts of the business components, from {@code jp/sosportal/labels_ja.properties}. Enum constants are
 * keyed {@code SimpleName.CONSTANT}; messages by their own keys with {@link MessageFormat} arguments.
 */
public final class Labels {

    private static final String BUNDLE = "jp.sosportal.labels";

    private Labels() {
    }

    public static String of(Enum<?> constant) {
        return text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public static String day(LocalDate date) {
        return Dates.shortDay(date);
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, Labels.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.JAPANESE).format(arguments);
    }
}
