package org.benling.notification.mail;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.notification.domain.Audience;

/**
 * The realm's users (KeycloakPeople): whom a notification's audience reaches, with their e-mail addresses, and an
 * account as it is now (for a calendar feed, read without a login).
 */
public interface People {

    /** A person who can be mailed: their user name (their preferences' key) and address. */
    record Person(String username, String email) {
    }

    /** An enabled account as it is now: its realm roles, its unit and its cadre record (each if it has one). */
    record Account(String username, Set<String> roles, Optional<UUID> unitId, Optional<UUID> cadreId) {
    }

    /**
     * The enabled users with an e-mail address whom {@code audience} reaches: the cadre's own account, or the holders
     * of its role whose reach covers its unit (as the web app shows it to them: Recipients).
     *
     * @throws RuntimeException when the directory cannot be asked now (the caller tries again later)
     */
    List<Person> reachedBy(Audience audience);

    /** The enabled account of {@code username}, or none (no such user, or disabled). */
    Optional<Account> account(String username);
}
