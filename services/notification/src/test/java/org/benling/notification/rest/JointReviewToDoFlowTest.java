package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.benling.notification.rest.Feeds.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.selection.JointReviewChecksChanged;
import org.benling.contracts.selection.JointReviewChecksChanged.Check;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.notification.TestRoster;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.junit.jupiter.api.Test;

/**
 * 凡提四必: a trail's joint review is HR's to-do for the personnel files and the personal matters and the inspectors'
 * for the discipline opinion and the petitions, each saying how many candidates wait, until none does; another
 * province's HR sees none of it.
 */
@QuarkusTest
class JointReviewToDoFlowTest {

    @Inject TestRoster roster;

    @Test
    void eachCheckIsTheToDoOfWhoAnswersItUntilNoCandidateWaits() {
        roster.units();
        UUID trail = UUID.randomUUID();
        changed(trail, Map.of(Check.PERSONNEL_FILE, 2, Check.PERSONAL_MATTERS, 2, Check.DISCIPLINE_OPINION, 2,
                Check.PETITIONS, 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> todos(Logins.hrGuangdong(), trail).size() == 2);
        assertEquals(List.of("凡提四必·个人有关事项核查：广州市邮政管理局副局长（2 人待答复）", "凡提四必·人事档案专审：广州市邮政管理局副局长（2 人待答复）"),
                todos(Logins.hrGuangdong(), trail).stream().map(t -> (String) t.get("title")).sorted().toList());
        assertEquals(List.of("JOINT_REVIEW_DISCIPLINE", "JOINT_REVIEW_PETITIONS"), todos(Logins.inspectorGuangdong(), trail)
                .stream().map(t -> (String) t.get("kind")).sorted().toList());
        assertEquals(List.of(), todos(Logins.hrBeijing(), trail));
        assertEquals(1, titles(Logins.inspectorGuangdong(), "JOINT_REVIEW_CHECK_REQUESTED").stream()
                .filter("凡提四必待答复：广州市邮政管理局副局长，信访举报核查（2 人）"::equals).count());

        // one file answered, the petitions all answered: the count follows, the inspectors' petitions to-do is done
        changed(trail, Map.of(Check.PERSONNEL_FILE, 1, Check.PERSONAL_MATTERS, 2, Check.DISCIPLINE_OPINION, 2,
                Check.PETITIONS, 0));
        await().atMost(Duration.ofSeconds(60)).until(() -> todos(Logins.inspectorGuangdong(), trail).size() == 1);
        assertEquals(1, todos(Logins.hrGuangdong(), trail).stream()
                .filter(t -> "凡提四必·人事档案专审：广州市邮政管理局副局长（1 人待答复）".equals(t.get("title"))).count());

        // the trail moved on (or was withdrawn): nothing waits
        changed(trail, Map.of(Check.PERSONNEL_FILE, 0, Check.PERSONAL_MATTERS, 0, Check.DISCIPLINE_OPINION, 0,
                Check.PETITIONS, 0));
        await().atMost(Duration.ofSeconds(60)).until(() -> todos(Logins.hrGuangdong(), trail).isEmpty()
                && todos(Logins.inspectorGuangdong(), trail).isEmpty());
    }

    private static void changed(UUID trail, Map<Check, Integer> awaiting) {
        Events.send("selection.appointments", trail, Events.json(SelectionEvents.JOINT_REVIEW_CHECKS_CHANGED, trail,
                new JointReviewChecksChanged(trail, TestRoster.GUANGZHOU, "广州市邮政管理局副局长", awaiting)));
    }

    /** The caller's open to-dos of the trail. */
    private static List<Map<String, Object>> todos(String token, UUID trail) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200).get("/api/todos")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.link == '/selection/appointments/" + trail + "' }");
    }
}
