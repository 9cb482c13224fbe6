package org.benling.notification;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.benling.notification.domain.Audience;
import org.benling.notification.mail.People;
import org.benling.platform.security.Roles;
import org.benling.testing.Bureau;

/**
 * The realm's users as the tests register them (each scenario its own people, with addresses of their own), in place
 * of Keycloak; reached by KeycloakPeople's rule: leaders everywhere, HR within its unit's path, a cadre by the id.
 */
@Mock
@ApplicationScoped
public class TestPeople implements People {

    private record Holder(String role, String unitPath, Person person) {
    }

    private final List<Holder> holders = new CopyOnWriteArrayList<>();
    private final Map<UUID, Person> cadres = new ConcurrentHashMap<>();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private volatile boolean unreachable;

    /** A leader with an address of their own. */
    public Person leader(String username) {
        Person person = new Person(username, username + "@benling.test");
        holders.add(new Holder(Roles.LEADER, "", person));
        accounts.put(username, new Account(username, Set.of(Roles.LEADER), Optional.of(Bureau.SPB), Optional.empty()));
        return person;
    }

    /** An HR officer of the bureau's headquarters (their reach: every unit). */
    public Person hr(String username) {
        Person person = new Person(username, username + "@benling.test");
        holders.add(new Holder(Roles.HR, "", person));
        accounts.put(username, new Account(username, Set.of(Roles.HR), Optional.of(Bureau.SPB), Optional.empty()));
        return person;
    }

    /** The account of a cadre. */
    public Person cadre(UUID cadreId, String username) {
        Person person = new Person(username, username + "@benling.test");
        cadres.put(cadreId, person);
        accounts.put(username, new Account(username, Set.of(Roles.CADRE), Optional.empty(), Optional.of(cadreId)));
        return person;
    }

    /** The account is disabled (or deleted) in the realm. */
    public void disable(String username) {
        accounts.remove(username);
    }

    /** The directory cannot be asked (Keycloak down) until told otherwise. */
    public void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public Optional<Account> account(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public List<Person> reachedBy(Audience audience) {
        if (unreachable) {
            throw new IllegalStateException("the directory cannot be reached (test)");
        }
        if (audience.cadreId() != null) {
            Person person = cadres.get(audience.cadreId());
            return person == null ? List.of() : List.of(person);
        }
        return holders.stream().filter(h -> h.role().equals(audience.role()))
                .filter(h -> audience.unitPath() != null && audience.unitPath().startsWith(h.unitPath()))
                .map(Holder::person).toList();
    }
}
