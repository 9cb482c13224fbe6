package org.benling.notification.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.training.ClassPlaceChanged;
import org.benling.notification.config.NotificationPolicy;
import org.benling.notification.domain.ClassPlace;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Preferences;
import org.benling.notification.domain.Todo;
import org.benling.notification.mail.People;
import org.benling.notification.rest.api.CalendarFeedLink;
import org.benling.notification.rest.api.CalendarFeedStatus;
import org.benling.notification.service.Params;
import org.benling.notification.service.Reader;
import org.benling.notification.service.Recipients;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitDirectory;

/**
 * Each user's private calendar feed: a secret address (256 random bits; only its SHA-256 is kept) that a calendar
 * app reads without logging in. What it shows is decided when it is read, as the user is then in the realm (roles,
 * unit, cadre record; a disabled or deleted account's feed shows nothing): the open to-dos with a due date
 * (deadlines), the classes the cadre holds or waits for a place in, and the cadre's own approved postings, in the
 * language of the user's e-mail.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject People people;
    @Inject UnitDirectory units;
    @Inject Recipients recipients;
    @Inject CadreDirectory cadres;
    @Inject NotificationPolicy policy;
    @Inject Clock clock;

    public CalendarFeedStatus mine() {
        @SuppressWarnings("unchecked")
        List<Instant> made = em.createNativeQuery("SELECT created_at FROM calendar_feed WHERE username = :user",
                Instant.class).setParameter("user", caller.name()).getResultList();
        return made.isEmpty() ? new CalendarFeedStatus(false, null) : new CalendarFeedStatus(true, made.get(0));
    }

    /** A new secret address for the caller's feed; the one before stops working. */
    @Transactional
    public CalendarFeedLink create() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO calendar_feed (username, token_hash, created_at) VALUES (:user, :hash, :at)"
                + " ON CONFLICT (username) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at")
                .setParameter("user", caller.name()).setParameter("hash", hash(token)).setParameter("at", now)
                .executeUpdate();
        return new CalendarFeedLink(policy.webUrl() + "/api/calendar/" + token + ".ics", now);
    }

    /** The caller's feed stops working. */
    @Transactional
    public void revoke() {
        em.createNativeQuery("DELETE FROM calendar_feed WHERE username = :user").setParameter("user", caller.name())
                .executeUpdate();
    }

    /** The feed of {@code token} as iCalendar text; none for a token that is no feed's, or a user no longer there. */
    @Transactional
    public Optional<String> read(String token) {
        @SuppressWarnings("unchecked")
        List<String> owner = em.createNativeQuery("SELECT username FROM calendar_feed WHERE token_hash = :hash")
                .setParameter("hash", hash(token)).getResultList();
        return owner.stream().findFirst().flatMap(people::account).map(this::calendar);
    }

    private String calendar(People.Account account) {
        Reader reader = new Reader(account.username(), account.cadreId().orElse(null), account.roles(),
                ReadScope.of(account.roles(), () -> account.unitId().flatMap(units::pathOf), account.cadreId()));
        String language = Preferences.of(account.username()).language;
        List<Todo> todos = openTodos(reader);
        List<Notification> postings = reader.cadreId() == null ? List.of()
                : Notification.list("kind = ?1 and audience.cadreId = ?2 order by createdAt",
                        NoticeKind.POSTING_APPROVED, reader.cadreId());
        List<ClassPlace> classes = reader.cadreId() == null ? List.of() : ClassPlace.heldBy(reader.cadreId());
        Map<UUID, String> names = names(todos, postings);
        boolean en = "en".equals(language);
        List<CalendarWriter.Event> events = new ArrayList<>();
        for (Todo t : todos) {
            String title = t.kind.wording().render(language,
                    Params.withCadre(t.params, t.cadreId == null ? null : names.get(t.cadreId)));
            events.add(new CalendarWriter.Event("todo-" + t.id + "@benling", t.dueOn, t.dueOn,
                    (en ? "Due: " : "待办截止：") + title, null, link(t.link)));
        }
        for (Notification n : postings) {
            LocalDate start = LocalDate.parse(n.params.get("start"));
            String end = n.params.get("end");
            events.add(new CalendarWriter.Event("posting-" + n.subjectId + "@benling", start,
                    end == null ? start : LocalDate.parse(end),
                    (en ? "Posting: " : "挂职：") + n.params.get("host"), null, link(n.link)));
        }
        for (ClassPlace c : classes) {
            events.add(new CalendarWriter.Event("class-" + c.enrolmentId + "@benling", c.startDate, c.endDate,
                    (en ? "Class: " : "培训：") + c.title + (c.place == ClassPlaceChanged.Place.WAITLISTED
                            ? (en ? " (waitlisted)" : "（候补）") : ""), c.venue, link("/my-learning")));
        }
        return CalendarWriter.write(en ? "Benling: my deadlines, classes and postings" : "本领 · 我的待办、培训与挂职",
                events, clock.instant());
    }

    private List<Todo> openTodos(Reader reader) {
        NativeFilter filter = recipients.addressedTo(reader, new NativeFilter(" FROM todo t"), "t")
                .andIf(true, "t.status = 'OPEN' AND t.due_on IS NOT NULL");
        List<UUID> ids = filter.ids(em, "t.id", "t.due_on, t.id");
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Todo> found = Todo.<Todo>list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, t -> t));
        return ids.stream().map(found::get).toList();
    }

    private Map<UUID, String> names(List<Todo> todos, List<Notification> postings) {
        List<UUID> ids = new ArrayList<>();
        todos.forEach(t -> ids.add(t.cadreId));
        postings.forEach(n -> ids.add(n.cadreId));
        List<UUID> known = ids.stream().filter(id -> id != null).distinct().toList();
        return cadres.findAll(known).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    private URI link(String path) {
        return URI.create(policy.webUrl() + path);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
