package jp.sosportal.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to HTTP: its own cookie jar (its own session), pages read and forms posted as a JSF page
 * posts them (fields, the pressed button, the view state), and a client address it claims through
 * {@code X-Forwarded-For} — which the test portal trusts from 127.0.0.1 ({@code SOS_TRUSTED_PROXIES}), as a portal
 * behind a reverse proxy does. So one machine plays many clients of the throttles.
 */
public final class FormClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script sends back with every postback (primefaces.CSP). */
    private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

    private final String base;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    FormClient(RunningPortal portal, String address) {
        this(portal.uri("").toString(), address);
    }

    /** A client of the portal at {@code base} (no trailing slash), claiming {@code address}. */
    public FormClient(String base, String address) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.address = address;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** HTTP Basic on one API call, from this client's address. */
    public HttpResponse<String> basic(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).GET());
    }

    /** 「ログイン」 on the login page; a success answers with a redirect to the home page. */
    public HttpResponse<String> login(String user, String password) {
        return submit("/login.xhtml", "loginForm", "login",
                Map.of("loginForm:username", user, "loginForm:password", password));
    }

    public boolean loggedIn(HttpResponse<String> loginAnswer) {
        return loginAnswer.statusCode() == 302
                && loginAnswer.headers().firstValue("Location").orElse("").endsWith("/index.xhtml");
    }

    /** Opens {@code path}, fills the fields of form {@code formId} and presses its button {@code buttonId}. */
    public HttpResponse<String> submit(String path, String formId, String buttonId, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        return post(page.body(), formId, buttonId, fields);
    }

    /** Posts form {@code formId} of an already opened page. */
    HttpResponse<String> post(String html, String formId, String buttonId, Map<String, String> fields) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(html);
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!action.find() || !viewState.find()) {
            throw new AssertionError("no form " + formId + " in:\n" + html);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        body.putAll(fields);
        body.put(formId + ":" + buttonId, formId + ":" + buttonId);
        body.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = CSP_NONCE.matcher(html);
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        String encoded = body.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String target = action.group(1).replace("&amp;", "&");
        return send(request(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
