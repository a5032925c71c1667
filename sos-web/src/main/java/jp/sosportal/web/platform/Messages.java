package jp.sosportal.web.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages from {@code messages_ja.properties}, so that no page bean types user-visible Japanese. */
@ApplicationScoped
public class Messages {

    private static final String BUNDLE = "jp.sosportal.web.messages";

    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.JAPANESE).format(arguments);
    }

    /** An error next to {@code clientId}, or for the whole page when it is null. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Information for the page a save redirects to (see {@link NextPageMessages}). */
    public void infoOnNextPage(String key, Object... arguments) {
        NextPageMessages.add(FacesContext.getCurrentInstance(),
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A text that is already Japanese (a domain exception's message). */
    public void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
