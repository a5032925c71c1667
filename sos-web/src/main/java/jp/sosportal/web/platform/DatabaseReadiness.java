package jp.sosportal.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jp.sosportal.platform.DatabaseMigration;

/**
 * /health/ready: UP only when the migrations are done and the database answers now; DOWN says why. It lives in the WAR because
 * Payara Server looks for health checks only in web modules (in an EAR's EJB module it would be ignored).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        boolean answers = database.answersNow();
        var response = HealthCheckResponse.named("database").withData("migrated", migration.isMigrated());
        if (!answers) {
            response.withData("reason", "database not answering");
        } else if (!migration.isMigrated()) {
            response.withData("reason", "database answers, schema not migrated yet");
        }
        return response.status(migration.isMigrated() && answers).build();
    }
}
