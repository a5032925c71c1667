package jp.sosportal.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

import jp.sosportal.platform.DatabaseUnavailable;

/**
 * OmniFaces' FullAjaxExceptionHandler (an ajax action that fails shows the error page, as a full request would),
 * with one more page: when the database was out of reach (a restart during the rush), the 503 page asks the user
 * to try again instead of the 500 page. Error pages by exception type cannot say this: the connection failure is
 * deep in the cause chain (EJB → JPA → EclipseLink → JDBC).
 */
public class UnavailableExceptionHandler extends FullAjaxExceptionHandler {

    static final String PAGE = "/error/503.xhtml";

    public UnavailableExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        return DatabaseUnavailable.causedBy(exception) ? PAGE : super.findErrorPageLocation(context, exception);
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
            return new UnavailableExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
