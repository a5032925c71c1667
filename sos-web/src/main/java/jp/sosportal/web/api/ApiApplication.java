package jp.sosportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The public JSON API v1 (API.md), described at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "SOS portal API", version = "1",
        description = "緊急配布要請(SOS)ポータルの公開 JSON API。HTTP Basic またはログインセッションで認証します"
                + "(書き込みは HTTP Basic のみ。JSON の本文は64KBまで)。"))
public class ApiApplication extends Application {
}
