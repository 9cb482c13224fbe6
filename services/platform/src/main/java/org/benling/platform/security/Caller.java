package org.benling.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: user name, realm roles and the {@code unit_id} / {@code cadre_id} claims of the token. */
@RequestScoped
public class Caller {

    @Inject SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<UUID> unitId() {
        return uuidClaim("unit_id");
    }

    public Optional<UUID> cadreId() {
        return uuidClaim("cadre_id");
    }

    /** Whether the caller's account is linked to this cadre. */
    public boolean is(UUID cadreId) {
        return cadreId != null && cadreId().map(cadreId::equals).orElse(false);
    }

    /**
     * Separation of duties: nobody decides on their own record (rates their review, ballots for it, enters or
     * accepts their own training hours), whatever their role: 403 {@code own-record}, naming what was refused.
     */
    public void requireNotSelf(UUID cadreId, String action, String chineseAction) {
        if (is(cadreId)) {
            throw new ProblemException(403, "own-record", "Not on your own record", "you cannot " + action
                    + " on your own record; another authorised person must (不得" + chineseAction + "，须由他人办理)",
                    List.of());
        }
    }

    private Optional<UUID> uuidClaim(String claim) {
        Principal principal = identity.getPrincipal();
        if (!(principal instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(claim);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
