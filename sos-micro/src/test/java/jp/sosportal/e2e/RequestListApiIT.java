package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.IKEBUKURO;
import static jp.sosportal.e2e.ApiCalls.NOT_FOUND;
import static jp.sosportal.e2e.ApiCalls.REQUESTS;
import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.TESTCENTER;
import static jp.sosportal.e2e.ApiCalls.TOKYO;
import static jp.sosportal.e2e.ApiCalls.UMEDA;
import static jp.sosportal.e2e.ApiCalls.api;
import static jp.sosportal.e2e.ApiCalls.assertUnchanged;
import static jp.sosportal.e2e.ApiCalls.body;
import static jp.sosportal.e2e.ApiCalls.codes;
import static jp.sosportal.e2e.ApiCalls.create;
import static jp.sosportal.e2e.ApiCalls.edit;
import static jp.sosportal.e2e.ApiCalls.id;
import static jp.sosportal.e2e.ApiCalls.ids;
import static jp.sosportal.e2e.ApiCalls.listedIds;
import static jp.sosportal.e2e.ApiCalls.strings;
import static jp.sosportal.e2e.ApiCalls.total;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.sosportal.e2e.PortalApi.Reply;

/**
 * What each caller reaches through the API: another institution's request is not found and stays as it was, each
 * caller lists only what it reaches; the list's filters, paging, page size and total, newest first.
 */
class RequestListApiIT {

    @Test
    void anotherInstitutionsRequestIsNotFoundAndStaysAsItWas() {
        JsonObject created = create("clinic", body(IKEBUKURO, "SURGICAL_MASK"));
        String path = REQUESTS + "/" + id(created);

        List<Reply> attempts = List.of(api().get("hospital", path),
                edit("hospital", created, created.getInt("version"), body(IKEBUKURO, "FACE_SHIELD")),
                api().post("hospital", path + "/check", null),
                api().post("hospital", path + "/submit", null),
                api().get("hospital", path + "/history"),
                api().get("pref-osaka", path),
                api().get("pref-osaka", path + "/history"),
                api().get("hospital", REQUESTS + "/999999999"));
        attempts.forEach(reply -> assertThat(reply.problem(404).getString("detail")).isEqualTo(NOT_FOUND));

        assertUnchanged("clinic", created);
        assertThat(api().get("pref-tokyo", path).ok(200).getInt("id")).isEqualTo(id(created));
        assertThat(api().get("national", path).ok(200).getInt("id")).isEqualTo(id(created));
        assertThat(api().post("pref-tokyo", path + "/check", null).ok(200).getBoolean("passed")).isTrue();
    }

    @Test
    void eachCallerListsOnlyWhatTheyReach() {
        JsonObject tokyo = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        JsonObject osaka = create("osaka-hospital", body(UMEDA, "SURGICAL_MASK"));

        assertThat(listedIds("pref-osaka", "size=200")).contains(id(osaka)).doesNotContain(id(tokyo));
        assertThat(codes("pref-osaka", "size=200")).allMatch(code -> code.startsWith("27"));
        assertThat(total("pref-osaka", "institution=" + SHINJUKU)).isZero();
        assertThat(total("pref-osaka", "prefecture=13")).isZero();

        assertThat(listedIds("pref-tokyo", "size=200")).contains(id(tokyo)).doesNotContain(id(osaka));
        assertThat(codes("pref-tokyo", "size=200")).allMatch(code -> code.startsWith("13"));
        assertThat(listedIds("national", "size=200")).contains(id(tokyo), id(osaka));
        assertThat(codes("national", "prefecture=27&size=200")).isNotEmpty().allMatch(code -> code.startsWith("27"));

        assertThat(codes("hospital", "size=200")).containsOnly(SHINJUKU);
        assertThat(total("hospital", "institution=" + UMEDA)).isZero();
    }

    @Test
    void theListFiltersPagesAndCountsNewestFirst() {
        String mine = "institution=" + TESTCENTER + "&item=FACE_SHIELD&status=NOT_SUBMITTED";
        long before = total("testcenter", mine);
        int first = id(create("testcenter", body(TESTCENTER, "FACE_SHIELD")));
        int second = id(create("testcenter", body(TESTCENTER, "SURGICAL_MASK", "FACE_SHIELD")));
        int third = id(create("testcenter", body(TESTCENTER, "FACE_SHIELD", "ISOLATION_GOWN")));
        int masksOnly = id(create("testcenter", body(TESTCENTER, "SURGICAL_MASK")));

        assertThat(total("testcenter", mine)).isEqualTo(before + 3);
        JsonObject page0 = api().get("testcenter", REQUESTS + "?" + mine + "&page=0&size=2").ok(200);
        JsonObject page1 = api().get("testcenter", REQUESTS + "?" + mine + "&page=1&size=2").ok(200);
        assertThat(page0.getInt("page")).isEqualTo(0);
        assertThat(page0.getInt("size")).isEqualTo(2);
        assertThat(page0.getJsonNumber("total").longValue()).isEqualTo(before + 3);
        assertThat(page1.getJsonNumber("total").longValue()).isEqualTo(before + 3);
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(ids(page1)).first().isEqualTo(first);
        Stream.of(page0, page1).flatMap(p -> p.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .forEach(r -> {
                    assertThat(r.getString("institutionCode")).isEqualTo(TESTCENTER);
                    assertThat(r.getString("status")).isEqualTo("NOT_SUBMITTED");
                    assertThat(strings(r.getJsonArray("items"))).contains("FACE_SHIELD");
                });
        assertThat(listedIds("testcenter", mine + "&size=200")).doesNotContain(masksOnly);
        assertThat(listedIds("testcenter", "item=SURGICAL_MASK&size=200")).contains(masksOnly, second)
                .doesNotContain(first, third);

        api().post("testcenter", REQUESTS + "/" + masksOnly + "/submit", null).ok(200);
        assertThat(listedIds("testcenter", "status=UNDER_REVIEW&size=200")).contains(masksOnly)
                .doesNotContain(first, second, third);

        LocalDate today = LocalDate.now(TOKYO);
        assertThat(listedIds("testcenter", "from=" + today + "&to=" + today + "&size=200"))
                .contains(first, second, third, masksOnly);
        assertThat(listedIds("testcenter", "from=" + today.plusDays(1) + "&size=200")).isEmpty();
        assertThat(listedIds("testcenter", "to=" + today.minusDays(1) + "&size=200"))
                .doesNotContain(first, second, third, masksOnly);
    }

    @Test
    void theListClampsItsPageSize() {
        JsonObject page = api().get("national", REQUESTS + "?size=100000").ok(200);
        assertThat(page.getInt("size")).isEqualTo(200);
        assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"status=SUBMITTED, status", "from=2021-13-01, from", "to=tomorrow, to", "page=-1, page",
            "size=abc, size", "page=1.5, page"})
    void aBadListFilterIsRefusedByName(String query, String field) {
        Reply refused = api().get("hospital", REQUESTS + "?" + query);
        refused.problem(400);
        assertThat(refused.errorFields()).containsExactly(field);
    }
}
