package jp.sosportal.web.security;

import java.security.Principal;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Servlets;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.boundary.Logins;
import jp.sosportal.institution.control.LoginOutcome;
import jp.sosportal.platform.DatabaseUnavailable;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NodeName;
import jp.sosportal.web.platform.DatabaseStatus;
import jp.sosportal.web.platform.Messages;

/**
 * One mechanism for the whole application (Jakarta EE 10 allows only one): the login page authenticates
 * programmatically and the session keeps the caller; the JSON API also accepts HTTP Basic on each request, without
 * creating a session (a script's thousand calls must not leave a thousand sessions). Every password check goes
 * through {@link Logins} (throttling, equal timing, audit). A session is checked on each request by
 * {@link SessionGuard} (12-hour lifetime, password reset or change, disabled account) and ended when it fails.
 * A protected page without a login goes to the login page (an ajax action of an expired session too, told so);
 * the API answers 401 with problem+json instead.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Names the node that answered (issue 16): operators and the failover check see where a request went. */
    public static final String NODE_HEADER = "X-SOS-Node";
    /**
     * Request attribute: why a login from the page failed, in Japanese, when the reason may be told (the minutes a
     * throttled login must wait, the database away); a wrong password gets the login page's one message.
     */
    static final String REFUSAL = "sos.login.refusal";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    Logins logins;

    @Inject
    BasicCredentials basic;

    @Inject
    SessionGuard sessions;

    @Inject
    ClientAddresses addresses;

    @Inject
    AuditTrail audit;

    @Inject
    NodeName node;

    @Inject
    Messages messages;

    @Inject
    DatabaseStatus database;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Here rather than in a filter: the mechanism sees every request, also those it answers itself (redirects).
        response.setHeader(NODE_HEADER, node.get());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginFromPage(credential, request, context);
        }
        // The session's caller: the container's login, or — for a session that moved from a node that died (issue
        // 16) — the name the login stored in the session itself. The groups come from the session as well: the data
        // grid brings the container's principal to the next node, but not the groups registered with it.
        HttpSession session = request.getSession(false);
        Principal sessionCaller = request.getUserPrincipal();
        String username = sessionCaller != null ? sessionCaller.getName() : sessions.callerOf(session);
        boolean expired = false;
        if (username != null) {
            if (isStillValid(request, username)) {
                Set<String> groups = sessions.groupsOf(session);
                if (groups.isEmpty()) {
                    return context.notifyContainerAboutLogin(sessionCaller, null); // the container's groups
                }
                if (sessionCaller == null) {
                    context.setRegisterSession(username, groups);
                    return context.notifyContainerAboutLogin(username, groups);
                }
                return context.notifyContainerAboutLogin(sessionCaller, groups);
            }
            expired = true;
        }
        if (Api.isApi(request) && basic.isPresent(request)) {
            return basic.authenticate(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (Api.isApi(request)) {
            Api.unauthorized(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String loginPage = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if (Servlets.isFacesAjaxRequest(request)) {
            // An action on a page whose session has ended: a 302 would hand the login page to the ajax handler,
            // which drops it without a word. Tell Faces to go to the login page instead, saying why.
            Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE + "?expired=true");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(loginPage);
    }

    /** Static resources skip the database check; anything else ends the session when the guard says so. */
    private boolean isStillValid(HttpServletRequest request, String caller) {
        if (request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (sessions.isValid(session, caller)) {
            return true;
        }
        audit.recordFrom(AuditKind.SESSION_ENDED, caller, caller, null, addresses.of(request));
        session.invalidate(); // the session's caller goes with it: this request is anonymous
        return false;
    }

    private AuthenticationStatus loginFromPage(Credential credential, HttpServletRequest request,
                                               HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginOutcome outcome;
        try {
            outcome = logins.authenticate(password.getCaller(), password.getPasswordAsString(), addresses.of(request));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The database restarting (issue 14): the login page says so instead of a 500; the user tries again.
            database.wentAway();
            request.setAttribute(REFUSAL, messages.text("login.unavailable"));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!outcome.isValid()) {
            if (outcome.isThrottled()) {
                request.setAttribute(REFUSAL, Labels.text("login.throttled", outcome.retryAfterMinutes()));
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new id at login: no session fixation
        }
        sessions.opened(request.getSession(), outcome.sessionEpoch(), outcome.username(), outcome.groups());
        context.setRegisterSession(outcome.username(), outcome.groups());
        return context.notifyContainerAboutLogin(new CredentialValidationResult(outcome.username(),
                outcome.groups()));
    }
}
