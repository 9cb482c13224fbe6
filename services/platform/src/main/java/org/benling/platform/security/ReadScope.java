package org.benling.platform.security;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a caller may read, for queries to filter by: everything, one unit subtree (by path prefix), only the
 * caller's own cadre record, or nothing.
 */
public sealed interface ReadScope {

    record Everything() implements ReadScope {
    }

    record Subtree(String pathPrefix) implements ReadScope {
    }

    record Self(UUID cadreId) implements ReadScope {
    }

    record Nothing() implements ReadScope {
    }

    /**
     * The rule (UnitScope's, and the notification service's for a calendar feed read without a request): {@code
     * admin}, {@code leader} and {@code integration} read everything; {@code hr} and {@code inspector} their unit's
     * subtree ({@code unitPath}, looked up only for them); {@code cadre} only the own record; anyone else nothing.
     */
    static ReadScope of(Collection<String> roles, Supplier<Optional<String>> unitPath, Optional<UUID> cadreId) {
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.LEADER) || roles.contains(Roles.INTEGRATION)) {
            return new Everything();
        }
        if (roles.contains(Roles.HR) || roles.contains(Roles.INSPECTOR)) {
            return unitPath.get().<ReadScope>map(Subtree::new).orElse(new Nothing());
        }
        if (roles.contains(Roles.CADRE)) {
            return cadreId.<ReadScope>map(Self::new).orElse(new Nothing());
        }
        return new Nothing();
    }
}
