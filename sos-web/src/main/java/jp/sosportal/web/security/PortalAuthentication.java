package jp.sosportal.web.security;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One mechanism for the whole application (Jakarta EE 10 allows only one): the login page authenticates
 * programmatically and the session keeps the caller; the JSON API also accepts HTTP Basic on each request, without
 * creating a session (a script's thousand calls must not leave a thousand sessions). A protected page without a
 * login goes to the login page; the API answers 401 with problem+json instead.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    BasicCredentials basic;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginFromPage(credential, request, context);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return context.notifyContainerAboutLogin(sessionCaller, null); // the session's caller and groups
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
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus loginFromPage(Credential credential, HttpServletRequest request,
                                               HttpMessageContext context) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new id at login: no session fixation
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }
}
