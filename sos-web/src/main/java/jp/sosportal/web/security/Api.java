package jp.sosportal.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.platform.Labels;

/** What the security layer needs to know of the JSON API: where it lives and how it says "log in first". */
final class Api {

    static final String PATH = "/api/";
    private static final String UNAUTHORIZED = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"ログインが必要です。ユーザ名とパスワードを確認してください。\",\"errors\":[]}";

    private Api() {
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    /** 429 while guessing is throttled (ASVS 2.2.1): when to come back, in seconds and in Japanese. */
    static void throttled(HttpServletResponse response, long retryAfterSeconds, long minutes) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setContentType("application/problem+json;charset=UTF-8");
        String body = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"" + Labels.text("login.throttled", minutes) + "\",\"errors\":[]}";
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void unauthorized(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"SOS portal\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getOutputStream().write(UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
