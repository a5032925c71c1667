package jp.sosportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public JSON API v1, described at /openapi by {@code META-INF/openapi.yaml} (written, not scanned: the
 * API tests validate every call against it, so it cannot drift from these resources unnoticed).
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
