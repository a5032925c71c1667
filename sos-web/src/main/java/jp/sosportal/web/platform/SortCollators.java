package jp.sosportal.web.platform;

import java.text.Collator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.faces.application.Application;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Builds the JDK's collators of the pages' locales once, when Faces starts. PrimeFaces asks
 * {@code Collator.getInstance(locale)} for every sorted table it renders; the JDK caches a built collator, but
 * building the Japanese one takes ~85 ms of CPU, and in bench/rush the first list of 100 people opened in the same
 * second missed the cache together: 84 of 100 busy request threads were building it (the first lists took up to
 * 18 s; later ones 40 ms). Built here, the first table finds it in the cache.
 */
public class SortCollators implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostConstructApplicationEvent) {
            Application application = (Application) event.getSource();
            localesOf(application.getDefaultLocale(), application.getSupportedLocales()).forEach(Collator::getInstance);
        }
    }

    /** The default locale of the pages and the others they support. */
    static Set<Locale> localesOf(Locale defaultLocale, Iterator<Locale> supported) {
        Set<Locale> locales = new LinkedHashSet<>();
        if (defaultLocale != null) {
            locales.add(defaultLocale);
        }
        supported.forEachRemaining(locales::add);
        return locales;
    }
}
