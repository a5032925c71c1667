package jp.sosportal.web.security;

import java.io.IOException;
import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.Caller;

/** The logged-in user as the pages show them (担当者名, institution), and 「ログアウト」. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private Caller caller;

    public Caller getCaller() {
        if (caller == null && security().getCallerPrincipal() != null) {
            caller = accounts.findCaller(security().getCallerPrincipal().getName()).orElse(null);
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return getCaller() != null;
    }

    public boolean hasRole(String role) {
        return security().isCallerInRole(role);
    }

    /** Looked up per call: the SecurityContext bean does not serialize, and this bean moves with its session. */
    private static SecurityContext security() {
        return CDI.current().select(SecurityContext.class).get();
    }

    /** Forget the cached caller after the profile changed. */
    public void refresh() {
        caller = null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
