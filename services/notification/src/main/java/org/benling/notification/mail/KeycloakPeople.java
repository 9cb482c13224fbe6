package org.benling.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.notification.domain.Audience;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's users, asked through Keycloak's admin API with the service's own client ({@code benling-notification},
 * client credentials; its service account may view users and the realm, nothing more). A cadre's account is the user
 * whose {@code cadre_id} attribute names the cadre; a role's holders are the role's members, kept when their reach
 * covers the audience's unit: leaders and administrators reach every unit, HR and inspectors their unit's subtree
 * (UnitScope's rule), by the unit path of the user's {@code unit_id} in the personnel read model.
 */
@ApplicationScoped
public class KeycloakPeople implements People {

    private static final int PAGE = 100;

    @Inject Keycloak keycloak;
    @Inject UnitDirectory units;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    @Override
    public List<Person> reachedBy(Audience audience) {
        RealmResource users = keycloak.realm(realm);
        List<Person> people = new ArrayList<>();
        if (audience.cadreId() != null) {
            for (UserRepresentation user : users.users().searchByAttributes(0, PAGE, true, false,
                    "cadre_id:" + audience.cadreId())) {
                person(user).ifPresent(people::add);
            }
            return people;
        }
        boolean everywhere = Roles.ADMIN.equals(audience.role()) || Roles.LEADER.equals(audience.role());
        for (int first = 0;; first += PAGE) {
            List<UserRepresentation> members = users.roles().get(audience.role()).getUserMembers(false, first, PAGE);
            for (UserRepresentation user : members) {
                if (Boolean.TRUE.equals(user.isEnabled()) && (everywhere || covers(user, audience.unitPath()))) {
                    person(user).ifPresent(people::add);
                }
            }
            if (members.size() < PAGE) {
                return people;
            }
        }
    }

    @Override
    public Optional<Account> account(String username) {
        RealmResource directory = keycloak.realm(realm);
        return directory.users().searchByUsername(username, true).stream()
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()) && username.equals(user.getUsername()))
                .findFirst()
                .map(user -> new Account(username, directory.users().get(user.getId()).roles().realmLevel().listEffective()
                        .stream().map(RoleRepresentation::getName).collect(Collectors.toSet()),
                        attribute(user, "unit_id").flatMap(KeycloakPeople::uuid),
                        attribute(user, "cadre_id").flatMap(KeycloakPeople::uuid)));
    }

    /** Whether the user's unit is the audience's unit or above it. */
    private boolean covers(UserRepresentation user, String unitPath) {
        return unitPath != null && attribute(user, "unit_id").flatMap(KeycloakPeople::uuid).flatMap(units::pathOf)
                .map(unitPath::startsWith).orElse(false);
    }

    private static Optional<Person> person(UserRepresentation user) {
        return user.getEmail() == null || user.getEmail().isBlank() ? Optional.empty()
                : Optional.of(new Person(user.getUsername(), user.getEmail()));
    }

    private static Optional<String> attribute(UserRepresentation user, String name) {
        Map<String, List<String>> attributes = user.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
