package jp.sosportal.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address, for the throttles and the audit trail. Behind a reverse proxy every request comes from the
 * proxy, so {@code X-Forwarded-For} is read — but only when the request comes from a proxy named in
 * {@code sos.trusted-proxies} (anyone can send the header): the nearest address in it that is not itself a trusted
 * proxy is the client.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "sos.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    Set<String> trusted() {
        if (trusted == null) {
            trusted = Arrays.stream(trustedProxies.orElse("").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return trusted;
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted().contains(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted().contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
