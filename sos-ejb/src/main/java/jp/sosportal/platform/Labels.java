package jp.sosportal.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Japanese texts of the business components, from {@code jp/sosportal/labels_ja.properties}. Enum constants are
 * keyed {@code SimpleName.CONSTANT}; messages by their own keys with {@link MessageFormat} arguments.
 */
public final class Labels {

    private static final String BUNDLE = "jp.sosportal.labels";
    /** A day as the manual writes it in titles and messages: 2021/1/6. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/M/d");

    private Labels() {
    }

    public static String of(Enum<?> constant) {
        return text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, Labels.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.JAPANESE).format(arguments);
    }
}
