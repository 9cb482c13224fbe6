package org.benling.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;

/**
 * Unit scope enforced on the server: {@code admin} and {@code leader} read everything; {@code hr} and
 * {@code inspector} read their unit's subtree; {@code cadre} reads only self. Writes: {@code admin}
 * everywhere, {@code hr} in its subtree.
 */
@RequestScoped
public class UnitScope {

    @Inject Caller caller;

    /** Each service provides its unit tree; resolved lazily so a service without scoped data needs none. */
    @Inject Instance<UnitDirectory> units;

    /** The caller's unit's path, looked up once a request (a unit does not move while it is answered). */
    private Optional<String> callerPath;

    public ReadScope readScope() {
        return ReadScope.of(caller.roles(), this::callerPath, caller.cadreId());
    }

    /** May the caller read things that belong to {@code unitId}? (Cadres: see {@link #mayReadCadre}.) */
    public boolean mayRead(UUID unitId) {
        ReadScope scope = readScope();
        if (scope instanceof ReadScope.Everything) {
            return true;
        }
        return scope instanceof ReadScope.Subtree subtree && within(unitId, subtree.pathPrefix());
    }

    public boolean mayReadCadre(UUID cadreId, UUID unitId) {
        return readScope() instanceof ReadScope.Self self ? self.cadreId().equals(cadreId) : mayRead(unitId);
    }

    /** {@link #mayRead} for a unit whose path the caller already has (a list row that selected it). */
    public boolean mayReadAt(String unitPath) {
        ReadScope scope = readScope();
        return scope instanceof ReadScope.Everything
                || scope instanceof ReadScope.Subtree subtree && unitPath != null && unitPath.startsWith(subtree.pathPrefix());
    }

    /** {@link #mayWrite} for a unit whose path the caller already has. */
    public boolean mayWriteAt(String unitPath) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        return caller.hasRole(Roles.HR) && unitPath != null && callerPath().map(unitPath::startsWith).orElse(false);
    }

    /** May the caller change things that belong to {@code unitId}? */
    public boolean mayWrite(UUID unitId) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        return caller.hasRole(Roles.HR) && callerPath().map(p -> within(unitId, p)).orElse(false);
    }

    /**
     * The unit a request names for something new of it: a 400 on {@code unitId} when no such unit is in the caller's
     * reach (an unknown unit and one outside the scope look alike), a 403 saying {@code refusal} when the caller may
     * read the unit but not write for it.
     */
    public void requireWritableUnit(UUID unitId, String refusal) {
        if (unitId == null || units.get().pathOf(unitId).isEmpty() || !(mayRead(unitId) || mayWrite(unitId))) {
            throw ProblemException.invalidField("unitId", "no such unit in your scope: " + unitId);
        }
        if (!mayWrite(unitId)) {
            throw ProblemException.forbidden(refusal);
        }
    }

    private Optional<String> callerPath() {
        if (callerPath == null) {
            callerPath = caller.unitId().flatMap(id -> units.get().pathOf(id));
        }
        return callerPath;
    }

    private boolean within(UUID unitId, String pathPrefix) {
        return unitId != null && units.get().pathOf(unitId).map(p -> p.startsWith(pathPrefix)).orElse(false);
    }
}
