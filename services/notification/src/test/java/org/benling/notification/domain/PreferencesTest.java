package org.benling.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's choices: a kind not chosen has its default, and choosing the default is choosing nothing. */
class PreferencesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    void aKindNotChosenHasItsDefaultAndChoosingTheDefaultStoresNothing() {
        Preferences p = new Preferences();
        p.username = "leader";
        p.language = Preferences.DEFAULT_LANGUAGE;
        p.channels = new HashMap<>();
        assertEquals(Channel.EMAIL, p.channel(NoticeKind.POSTING_PROPOSED));

        p.choose("en", Map.of(NoticeKind.POSTING_PROPOSED, Channel.DIGEST, NoticeKind.POSTING_APPROVED, Channel.OFF), NOW);
        assertEquals(Channel.DIGEST, p.channel(NoticeKind.POSTING_PROPOSED));
        assertEquals(Channel.OFF, p.channel(NoticeKind.POSTING_APPROVED));
        assertEquals("en", p.language);

        // back to the default; the kind not named keeps its choice
        p.choose("en", Map.of(NoticeKind.POSTING_PROPOSED, Channel.EMAIL), NOW);
        assertEquals(Map.of("POSTING_APPROVED", "OFF"), p.channels);
        assertEquals(Channel.OFF, p.all().get(NoticeKind.POSTING_APPROVED));
    }
}
