package jp.sosportal.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the HTTP request being served, for the audit trail and the throttles. The web module's
 * filter sets it (honouring X-Forwarded-For only from trusted proxies); outside a request (batch, timers) there is
 * none.
 */
@RequestScoped
public class ClientAddress {

    private String address;

    public String get() {
        return address;
    }

    public void set(String address) {
        this.address = address;
    }
}
