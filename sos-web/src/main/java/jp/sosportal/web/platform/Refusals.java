package jp.sosportal.web.platform;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.ActionSource2;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;

import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;

import jp.sosportal.calendar.entity.InvalidHolidayListException;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.RefusedException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.platform.StorageFullException;
import jp.sosportal.platform.TooLargeException;

/**
 * The one place where a page action's refusal becomes messages, so that page beans catch nothing: the services'
 * refusals (a stale copy, a move not allowed now, invalid input, a file too large) arrive wrapped by EL, Faces and
 * sometimes the EJB container, and two saves that met at commit arrive as an OptimisticLockException deep inside
 * an EJBException. Each message goes next to the input that shows its field, else to the page's messages.
 * "Unknown or not yours" is not a refusal to explain: it stays the 404 page, as for any other request.
 */
final class Refusals {

    /** What was sent (an upload) is refused whole: the message goes next to the file input. */
    static final String FILE = "file";

    private static final Pattern BEAN = Pattern.compile("#\\{\\s*(\\w+)\\.");

    private Refusals() {
    }

    /** True when {@code failure} was a refusal, now shown; false for anything else (an error page follows). */
    static boolean show(FacesContext context, Throwable failure) {
        List<FieldError> errors = errorsOf(failure);
        if (errors.isEmpty()) {
            return false;
        }
        UIComponent source = Components.getCurrentActionSource();
        for (FieldError error : errors) {
            String clientId = error.field() == null ? null : clientIdOf(context, source, error.field()).orElse(null);
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        context.validationFailed(); // a dialog that opens on success stays closed
        return true;
    }

    /** The refusal's messages by field (null field: the page's messages); empty when it is no refusal. */
    static List<FieldError> errorsOf(Throwable failure) {
        if (StaleVersionException.causedBy(failure)) {
            return List.of(new FieldError(null, new StaleVersionException().getMessage()));
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid.errors();
            }
            if (t instanceof InvalidHolidayListException holidays) {
                return holidays.problems().stream().map(problem -> new FieldError(FILE, problem)).toList();
            }
            if (t instanceof TooLargeException || t instanceof StorageFullException) {
                return List.of(new FieldError(FILE, t.getMessage()));
            }
            if (t instanceof RefusedException && !(t instanceof NotFoundException)) {
                return List.of(new FieldError(null, t.getMessage()));
            }
        }
        return List.of();
    }

    /**
     * Where a field is shown: where the page bean says ({@link FieldPlaces}); else the input of that id beside the
     * button (the same row of a table); else the input of that id in the form that was sent.
     */
    private static Optional<String> clientIdOf(FacesContext context, UIComponent source, String field) {
        if (source == null) {
            return Optional.empty();
        }
        Optional<String> placed = pageOf(source).flatMap(page -> page.clientIdOf(field));
        if (placed.isPresent()) {
            return placed;
        }
        String sourceId = sourceClientId(context, source);
        char separator = UINamingContainer.getSeparatorChar(context);
        int end = sourceId.lastIndexOf(separator);
        if (end > 0 && exists(context, sourceId.substring(0, end + 1) + field)) {
            return Optional.of(sourceId.substring(0, end + 1) + field);
        }
        UIForm form = Components.getClosestParent(source, UIForm.class);
        return Optional.ofNullable(form == null ? null : form.getClientId(context) + separator + field)
                .filter(clientId -> exists(context, clientId));
    }

    /** As sent, with the row of a table ({@link Components#getCurrentActionSource()} answers the table's column). */
    private static String sourceClientId(FacesContext context, UIComponent source) {
        String sent = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        return sent != null ? sent : source.getClientId(context);
    }

    /** The bean of the action, {@code #{bean.method(...)}}, when it places fields itself. */
    private static Optional<FieldPlaces> pageOf(UIComponent source) {
        if (!(source instanceof ActionSource2 command) || command.getActionExpression() == null) {
            return Optional.empty();
        }
        Matcher bean = BEAN.matcher(command.getActionExpression().getExpressionString());
        if (!bean.find()) {
            return Optional.empty();
        }
        Object page = Faces.evaluateExpressionGet("#{" + bean.group(1) + "}");
        return page instanceof FieldPlaces places ? Optional.of(places) : Optional.empty();
    }

    private static boolean exists(FacesContext context, String clientId) {
        return context.getViewRoot().invokeOnComponent(context, clientId, (c, component) -> { });
    }
}
