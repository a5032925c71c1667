package jp.sosportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class TransportTest {

    static Transport transport(String baseUrl, String trustedProxies) {
        Transport transport = new Transport();
        transport.baseUrl = baseUrl;
        transport.trustedProxies = Optional.ofNullable(trustedProxies);
        return transport;
    }

    /** A plain-HTTP request from {@code remote} with these headers. */
    static HttpServletRequest request(String remote, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(TransportTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "isSecure" -> false;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void xForwardedProtoCountsOnlyFromATrustedProxy() {
        Transport transport = transport("http://localhost:8080", "10.0.0.5, 10.0.0.6");
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "Host", "sos.example.jp");

        assertThat(transport.isHttps(request("10.0.0.6", https))).isTrue();
        assertThat(transport.isHttps(request("192.0.2.1", https))).isFalse();
        assertThat(transport.isHttps(request("10.0.0.5", Map.of()))).isFalse();
        assertThat(transport.requestOrigin(request("10.0.0.6", https))).isEqualTo("https://sos.example.jp");
        assertThat(transport.alwaysHttps()).isFalse();
    }

    @Test
    void anHttpsBaseUrlMakesEveryRequestHttpsAndNamesThePublicOrigin() {
        Transport transport = transport("https://SOS.example.jp/", null);
        assertThat(transport.alwaysHttps()).isTrue();
        assertThat(transport.isHttps(request("192.0.2.1", Map.of()))).isTrue();
        assertThat(transport.publicOrigin()).isEqualTo("https://sos.example.jp");
    }
}
