package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.TOKYO;
import static jp.sosportal.e2e.ApiCalls.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.sosportal.e2e.PortalApi.Reply;

/** The batch upload endpoints end to end: a dry run started and followed to its end, times in Tokyo. */
class BatchApiIT {

    @Test
    void aDryRunUploadIsStartedAndFollowedToItsEndWithTokyoTimes() throws InterruptedException {
        String yesterday = LocalDate.now(TOKYO).minusDays(1).toString();
        Reply started = api().csv("batch", "/api/v1/batch/daily?dryRun=true&fileName=api-dry-run.csv",
                SurveyUploadIT.HEADER + SHINJUKU + "," + yesterday + ",0,1,2,0,あり,可能\r\n");
        JsonObject execution = started.ok(202);
        assertThat(started.response().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("batch/executions/" + execution.getJsonNumber("id")));
        assertThat(execution.getString("fileName")).isEqualTo("api-dry-run.csv");
        assertThat(execution.getBoolean("dryRun")).isTrue();

        String path = "/api/v1/batch/executions/" + execution.getJsonNumber("id");
        JsonObject followed = api().get("batch", path).ok(200);
        for (int i = 0; i < 120 && !followed.getString("status").equals("COMPLETED"); i++) {
            Thread.sleep(500);
            followed = api().get("batch", path).ok(200);
        }
        assertThat(followed.getString("status")).isEqualTo("COMPLETED");
        assertThat(followed.getJsonNumber("read").longValue()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(followed.getString("start")).getOffset()).isEqualTo(
                OffsetDateTime.parse(followed.getString("end")).getOffset()).hasToString("+09:00");
        api().get("hospital", path).problem(404);
        api().get("batch", "/api/v1/batch/executions/999999999").problem(404);
    }
}
