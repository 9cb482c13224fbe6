package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.notification.GreenMailResource;
import org.benling.notification.TestPeople;
import org.benling.notification.TestRoster;
import org.benling.notification.domain.Mail;
import org.benling.notification.mail.Digests;
import org.benling.notification.mail.MailDispatch;
import org.benling.notification.mail.MailSender;
import org.benling.notification.mail.People.Person;
import org.benling.testing.Bureau;
import org.benling.testing.Events;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A notification reaches its people by e-mail as each chose for its kind: at once (the default), in the evening's
 * digest, in the web app only, or not at all; in their language; once, also when the mail server was down a while.
 */
@QuarkusTest
class MailFlowTest {

    @Inject TestRoster roster;
    @Inject TestPeople people;
    @Inject MailDispatch dispatch;
    @Inject MailSender sender;
    @Inject Digests digests;
    @Inject Clock clock;

    @Test
    void aProposedPostingIsMailedToEachLeaderOnceInTheirLanguage() throws Exception {
        mailWhatCameBefore();
        Person chinese = people.leader("leader-zh-" + UUID.randomUUID());
        Person english = people.leader("leader-en-" + UUID.randomUUID());
        choose(english, "en", Map.of());

        String link = propose("周立", TestClock.today().plusMonths(1), chinese);
        mailNow();
        mailNow();

        List<MimeMessage> toChinese = GreenMailResource.to(chinese.email());
        assertEquals(1, toChinese.size(), "mails to " + chinese);
        assertEquals("【本领】新的挂职待审批：周立 赴贵州省某县", toChinese.get(0).getSubject());
        String body = (String) toChinese.get(0).getContent();
        assertTrue(body.contains("http://localhost:8080" + link), body);
        assertTrue(body.contains("/settings/notifications"), body);
        List<MimeMessage> toEnglish = GreenMailResource.to(english.email());
        assertEquals(List.of("[Benling] A posting waits for approval: 周立 to 贵州省某县"),
                toEnglish.stream().map(MailFlowTest::subject).toList());
    }

    @Test
    void aFindingAboutAUnitIsMailedToItsHrAndItDoesNotHoldUpTheMailBehindIt() throws Exception {
        mailWhatCameBefore();
        roster.units();
        Person hr = people.hr("hr-mail-" + UUID.randomUUID());
        Person leader = people.leader("leader-after-" + UUID.randomUUID());
        UUID finding = UUID.randomUUID();
        LocalDate due = TestClock.today().plusMonths(2);
        Events.send("inspection.supervision", TestRoster.GUANGZHOU, Events.json(InspectionEvents.FINDING_RECORDED,
                TestRoster.GUANGZHOU, new FindingRecorded(finding, UUID.randomUUID(), TestRoster.GUANGZHOU, List.of(),
                        "安全监管", FindingRecorded.Severity.MINOR, null, due)));
        String hrToken = Tokens.token(hr.username(), Set.of("hr"), Bureau.SPB, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(hrToken).queryParam("size", 200)
                .get("/api/todos").then().statusCode(200).extract().jsonPath().getList("items.link", String.class)
                .contains("/inspection/findings?finding=" + finding));
        propose("蒋涛", TestClock.today().plusMonths(1), leader);
        mailNow();

        List<MimeMessage> toHr = GreenMailResource.to(hr.email());
        assertEquals(List.of("【本领】巡视巡察发现问题待整改：广州市邮政管理局「安全监管」，" + due + " 前报送整改报告"),
                toHr.stream().map(MailFlowTest::subject).toList());
        assertTrue(((String) toHr.get(0).getContent()).contains("/inspection/findings?finding=" + finding));
        assertEquals(1, GreenMailResource.to(leader.email()).size(), "the proposal after it");
    }

    @Test
    void aLeaderWhoTurnedEmailOffForTheKindGetsNoMailButSeesItAndOneWhoTurnedItOffSeesNothing() {
        mailWhatCameBefore();
        Person inAppOnly = people.leader("leader-app-" + UUID.randomUUID());
        Person off = people.leader("leader-off-" + UUID.randomUUID());
        choose(inAppOnly, "zh", Map.of("POSTING_PROPOSED", "IN_APP"));
        choose(off, "zh", Map.of("POSTING_PROPOSED", "OFF"));
        long unreadBefore = unread(off);

        String link = propose("吴静", TestClock.today().plusMonths(1), inAppOnly);
        mailNow();

        assertEquals(List.of(), GreenMailResource.to(inAppOnly.email()));
        assertEquals(List.of(), GreenMailResource.to(off.email()));
        given().auth().oauth2(token(off)).queryParam("size", 200).get("/api/notifications").then().statusCode(200)
                .body("items.link", not(hasItem(link)));
        assertEquals(unreadBefore, unread(off));
        // the other kinds still come by e-mail, as by default
        given().auth().oauth2(token(inAppOnly)).get("/api/notifications/preferences").then().statusCode(200)
                .body("language", equalTo("zh"))
                .body("kinds.find { it.kind == 'POSTING_PROPOSED' }.channel", equalTo("IN_APP"))
                .body("kinds.find { it.kind == 'POSTING_APPROVAL_DUE' }.channel", equalTo("EMAIL"))
                .body("kinds.find { it.kind == 'POSTING_APPROVAL_DUE' }.defaultChannel", equalTo("EMAIL"));
    }

    @Test
    void aDigestCollectsTheDaysNotificationsIntoOneMail() throws Exception {
        mailWhatCameBefore();
        Person digest = people.leader("leader-digest-" + UUID.randomUUID());
        choose(digest, "zh", Map.of("POSTING_PROPOSED", "DIGEST"));

        propose("郑华", TestClock.today().plusMonths(1), digest);
        propose("冯雪", TestClock.today().plusMonths(2), digest);
        mailNow();
        assertEquals(List.of(), GreenMailResource.to(digest.email()));

        LocalDate today = TestClock.today();
        digests.write(today);
        digests.write(today);
        mailNow();
        List<MimeMessage> mails = GreenMailResource.to(digest.email());
        assertEquals(List.of("【本领】每日消息摘要 " + today + "（2 条）"), mails.stream().map(MailFlowTest::subject).toList());
        String body = (String) mails.get(0).getContent();
        assertTrue(body.contains("新的挂职待审批：郑华 赴贵州省某县") && body.contains("新的挂职待审批：冯雪 赴贵州省某县"), body);
    }

    @Test
    void mailWaitsWhileTheServerIsDownAndIsSentOnceWhenItIsBack() {
        mailWhatCameBefore();
        // a cadre's own notification: theirs the only mail queued
        UUID cadre = roster.cadre("褚明", TestRoster.GUANGZHOU);
        Person account = people.cadre(cadre, "cadre-down-" + UUID.randomUUID());
        GreenMailResource.down();
        try {
            LocalDate start = TestClock.today().plusMonths(1);
            Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_APPROVED, cadre,
                    new PostingApproved(UUID.randomUUID(), cadre, PostingType.POVERTY_ALLEVIATION, "贵州省某县", "WEST",
                            start, start.plusMonths(24))));
            String me = Tokens.cadre(account.username(), TestRoster.GUANGZHOU, cadre);
            await().atMost(Duration.ofSeconds(60)).until(() -> unread(me) == 1);
            dispatchAll();
            assertEquals(0, sender.sendDue(clock.instant()), "sent while the server is down");
            Mail waiting = mailTo(account);
            assertEquals(Mail.Status.PENDING, waiting.status);
            assertEquals(1, waiting.attempts);
            assertTrue(waiting.lastError != null && waiting.nextAttemptAt.isAfter(clock.instant()), waiting.lastError);
        } finally {
            GreenMailResource.up();
        }
        Instant failedAt = clock.instant();
        sender.sendDue(failedAt);
        assertEquals(List.of(), GreenMailResource.to(account.email()), "tried again before its wait was over");

        // once back, it goes at its next attempt (Vert.x's mail client may time out on the first connection after an
        // outage: then at the one after), and once only
        Instant at = failedAt;
        for (int i = 0; i < 5 && mailTo(account).status == Mail.Status.PENDING; i++) {
            at = at.plus(Duration.ofHours(1));
            sender.sendDue(at);
        }
        sender.sendDue(at.plus(Duration.ofHours(1)));
        assertEquals(1, GreenMailResource.to(account.email()).size());
        Mail sent = mailTo(account);
        assertEquals(Mail.Status.SENT, sent.status);
        assertTrue(sent.attempts >= 2, "attempts " + sent.attempts);
    }

    @Test
    void aNotificationWaitsWhileTheDirectoryCannotBeAskedAndIsMailedAfter() {
        mailWhatCameBefore();
        Person leader = people.leader("leader-dir-" + UUID.randomUUID());
        people.unreachable(true);
        try {
            propose("卫东", TestClock.today().plusMonths(1), leader);
            assertThrows(RuntimeException.class, () -> dispatch.dispatch());
        } finally {
            people.unreachable(false);
        }
        mailNow();
        assertEquals(1, GreenMailResource.to(leader.email()).size());
    }

    @Test
    void badPreferencesAreAProblemAndChangeNothing() {
        Person leader = people.leader("leader-bad-" + UUID.randomUUID());
        given().auth().oauth2(token(leader)).contentType(ContentType.JSON)
                .body(Map.of("language", "fr", "channels", Map.of("POSTING_PROPOSED", "OFF")))
                .put("/api/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("language"));
        given().auth().oauth2(token(leader)).contentType(ContentType.JSON)
                .body(Map.of("language", "zh", "channels", Map.of("POSTING_PROPOSED", "SMS")))
                .put("/api/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token(leader)).contentType(ContentType.JSON)
                .body(Map.of("language", "zh", "channels", Map.of("NO_SUCH_KIND", "OFF")))
                .put("/api/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token(leader)).contentType(ContentType.JSON).body(Map.of("language", "zh"))
                .put("/api/notifications/preferences").then().statusCode(400)
                .body("violations.field", hasItems("channels"));
        given().auth().oauth2(token(leader)).get("/api/notifications/preferences").then().statusCode(200)
                .body("kinds.channel", not(hasItem("OFF")));
        given().contentType(ContentType.JSON).body(Map.of("language", "zh", "channels", Map.of()))
                .put("/api/notifications/preferences").then().statusCode(401);
    }

    /** A posting proposed for a new cadre of Guangzhou, once it is among {@code waiting}'s notifications; its link. */
    private String propose(String name, LocalDate start, Person waiting) {
        UUID cadre = roster.cadre(name, TestRoster.GUANGZHOU);
        UUID posting = UUID.randomUUID();
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_PROPOSED, cadre,
                new PostingProposed(posting, cadre, TestRoster.GUANGZHOU, PostingType.POVERTY_ALLEVIATION, "贵州省某县",
                        start, start.plusMonths(24))));
        String link = "/rotation/postings/" + posting;
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token(waiting))
                .queryParam("size", 200).get("/api/todos").then().statusCode(200).extract().jsonPath()
                .getList("items.link", String.class).contains(link));
        return link;
    }

    private static Mail mailTo(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> Mail.<Mail>find("username", person.username()).singleResult());
    }

    /**
     * Mails the notifications other tests left undispatched (the job is off in tests) before this test's people
     * exist, so that each person here is mailed only what the test makes.
     */
    private void mailWhatCameBefore() {
        mailNow();
    }

    private void mailNow() {
        dispatchAll();
        sender.sendDue(clock.instant());
    }

    private void dispatchAll() {
        while (dispatch.dispatch() > 0) {
            // until none is left
        }
    }

    private static void choose(Person person, String language, Map<String, String> channels) {
        given().auth().oauth2(token(person)).contentType(ContentType.JSON)
                .body(Map.of("language", language, "channels", channels))
                .put("/api/notifications/preferences").then().statusCode(200).body("language", equalTo(language));
    }

    private static long unread(Person person) {
        return unread(token(person));
    }

    private static long unread(String token) {
        return given().auth().oauth2(token).get("/api/notifications/unread-count").then().statusCode(200)
                .extract().jsonPath().getLong("unread");
    }

    private static String token(Person person) {
        return Tokens.token(person.username(), Set.of("leader"), Bureau.SPB, null);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
