package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// 干部教育培训工作条例（2023）：“每5年”按截至今天的5年滚动计算，“每年”按自然年计算 — through the API, whose sums
// are computed in SQL (ComplianceSums.SUMS), on the edges of both windows.
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class RollingWindowFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @ParameterizedTest(name = "today {0}: the five years begin on {1}")
    @CsvSource({
        "2026-03-15, 2021-03-16",
        // across year boundaries
        "2026-01-01, 2021-01-02",
        "2026-12-31, 2022-01-01",
        // leap days: five years before 29 February 2028 is 28 February 2023
        "2028-02-29, 2023-03-01",
        "2029-03-01, 2024-03-02",
    })
    void theRollingWindowIsTheFiveYearsEndingTodayAndTheYearIsTheCalendarYear(LocalDate today, LocalDate firstDay) {
        TestClock.pin(today.atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        UUID cadre = roster.freshCadre();
        record(cadre, firstDay.minusDays(1), "40", 5, false); // the day before the window: counts nowhere
        record(cadre, firstDay, "100", 10, false); // the window's first day: five years, not this year
        record(cadre, today.withDayOfYear(1).minusDays(1), "30", 3, false); // last year's last day: five years only
        record(cadre, today.withDayOfYear(1), "20", 2, false); // this year's first day: both
        record(cadre, today, "1.5", 0, true); // today, online: the year and its online hours, never the five years
        record(cadre, today, "4", 0, false); // today, on the job (not 脱产): the year only

        JsonPath totals = given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/compliance/cadres/" + cadre)
                .then().statusCode(200).extract().jsonPath().setRootPath("totals");
        assertEquals(150.0, totals.getDouble("rollingHours"), "off-the-job 学时 only");
        assertEquals(15, totals.getInt("rollingOffJobDays"));
        assertEquals(25.5, totals.getDouble("yearHours"));
        assertEquals(2, totals.getInt("yearOffJobDays"));
        assertEquals(1.5, totals.getDouble("yearOnlineHours"));
    }

    private static void record(UUID cadre, LocalDate completedOn, String hours, int offJobDays, boolean online) {
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre.toString(), "title", "专题培训 " + completedOn,
                        "capabilities", List.of("LEARNING"), "hours", hours, "offJobDays", offJobDays, "online", online,
                        "completedOn", completedOn.toString(), "provider", "省委党校",
                        "evidence", "证书 " + UUID.randomUUID()))
                .post("/api/training/records").then().statusCode(201);
    }
}
