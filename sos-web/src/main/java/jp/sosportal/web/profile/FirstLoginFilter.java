package jp.sosportal.web.profile;

import java.io.IOException;
import java.util.List;

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
 * Manual 3-1: 「初回ログイン時は担当者名とメールアドレスの登録内容をご確認ください」. Until staff have confirmed them,
 * every page leads to the confirmation first (SPEC.md §6.3), so mails about their requests reach the right person.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FirstLoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/profile/confirm.xhtml";
    private static final List<String> ALWAYS_OPEN = List.of("/profile/", "/error/", "/login.xhtml",
            "/password-reset/");

    @Inject
    CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && mustConfirmFirst() && !isAlwaysOpen(request)) {
            Servlets.facesRedirect(request, response, request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustConfirmFirst() {
        Caller caller = user.getCaller();
        return caller != null && caller.isStaff() && !caller.profileConfirmed();
    }

    private static boolean isAlwaysOpen(HttpServletRequest request) {
        String path = request.getServletPath();
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }
}
