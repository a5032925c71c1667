package jp.sosportal.web.profile;

import java.io.IOException;
import java.util.List;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Servlets;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.web.security.CurrentUser;

/**
 * What a user must do before anything else. Manual 3-1: 「初回ログイン時は担当者名とメールアドレスの登録内容をご確認ください」:
 * until staff have confirmed them, every page leads to the confirmation first (SPEC.md §6.3), so mails about their
 * requests reach the right person. Before that, an account whose password someone else set (the first system
 * admin's, issue 13) is led to 「パスワード変更」 from every page until it has a password of its own.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FirstLoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/profile/confirm.xhtml";
    static final String PASSWORD_PAGE = "/profile/password.xhtml";
    private static final List<String> OPEN_BEFORE_PASSWORD = List.of(PASSWORD_PAGE, "/error/", "/login.xhtml",
            "/password-reset/", "/mail-change/");
    private static final List<String> ALWAYS_OPEN = List.of("/profile/", "/error/", "/login.xhtml",
            "/password-reset/", "/mail-change/");

    @Inject
    CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String first = request.getUserPrincipal() == null || isResource(request) ? null
                : mustChangePasswordFirst() ? (isOpen(request, OPEN_BEFORE_PASSWORD) ? null : PASSWORD_PAGE)
                : mustConfirmFirst() && !isOpen(request, ALWAYS_OPEN) ? PAGE : null;
        if (first != null) {
            Servlets.facesRedirect(request, response, request.getContextPath() + first);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustConfirmFirst() {
        Caller caller = user.getCaller();
        return caller != null && caller.mustConfirmProfile();
    }

    private boolean mustChangePasswordFirst() {
        Caller caller = user.getCaller();
        return caller != null && caller.mustChangePassword();
    }

    /**
     * The scripts and styles of the page the user is led to are served through *.xhtml as well: redirected, the
     * browser gets HTML for a script and the idle monitor, the session keep-alive and the drafts stop working there.
     */
    private static boolean isResource(HttpServletRequest request) {
        return request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/");
    }

    private static boolean isOpen(HttpServletRequest request, List<String> open) {
        String path = request.getServletPath();
        return open.stream().anyMatch(path::startsWith);
    }
}
