package jp.sosportal.web.platform;

import java.util.Iterator;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.util.Beans;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

import jp.sosportal.platform.DatabaseUnavailable;

/**
 * A page action's refusal (stale copy, move not allowed, invalid input) becomes messages on the same page
 * ({@link Refusals}), so page beans catch nothing. Everything else goes to OmniFaces' FullAjaxExceptionHandler (an ajax action that fails shows the error page, as a full request would),
 * with one more page: when the database was out of reach (a restart during the rush), the 503 page asks the user
 * to try again instead of the 500 page. Error pages by exception type cannot say this: the connection failure is
 * deep in the cause chain (EJB → JPA → EclipseLink → JDBC).
 */
public class PageExceptionHandler extends FullAjaxExceptionHandler {

    static final String PAGE = "/error/503.xhtml";

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (Refusals.show(context, events.next().getContext().getException())) {
                    events.remove();
                }
            }
        }
        super.handle();
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        if (DatabaseUnavailable.causedBy(exception)) {
            Beans.getReference(DatabaseStatus.class).wentAway(); // the 503 page and the next ones skip the database
            return PAGE;
        }
        return super.findErrorPageLocation(context, exception);
    }

    /**
     * Registered in faces-config.xml in place of OmniFaces' own factory; a subclass of it, so that OmniFaces still
     * registers its FacesExceptionFilter.
     */
    public static class Factory extends FullAjaxExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
