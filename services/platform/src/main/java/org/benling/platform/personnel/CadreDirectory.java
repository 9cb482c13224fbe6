package org.benling.platform.personnel;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;

/** Cadres as a service other than personnel knows them: the read model of the personnel service's events. */
@ApplicationScoped
@IfBuildProperty(name = "benling.personnel-read-model.enabled", stringValue = "true")
public class CadreDirectory {

    public record CadreRef(UUID id, String employeeNumber, String name, UUID unitId, String unitName,
            RankLevel rankLevel, LocalDate rankSince, boolean active, String positionTitle, LocalDate postSince,
            LocalDate birthDate) {
    }

    private static final String SELECT = """
            SELECT c.id, c.employee_number, c.name, c.unit_id, u.name AS unit_name, c.rank_level, c.rank_since, c.active,
              c.position_title, c.post_since, c.birth_date
            FROM cadre_view c LEFT JOIN unit_view u ON u.id = c.unit_id""";

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject Caller caller;

    public Optional<CadreRef> find(UUID cadreId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE c.id = :id").setParameter("id", cadreId).getResultList();
        return rows.stream().findFirst().map(CadreDirectory::toRef);
    }

    /** The cadres of these ids that are known here, by id, in one statement. */
    public Map<UUID, CadreRef> findAll(Collection<UUID> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE c.id = ANY(:ids)")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(CadreDirectory::toRef).collect(Collectors.toMap(CadreRef::id, c -> c));
    }

    /** A cadre the caller may read, or 404 (nothing about cadres outside the scope leaks). */
    public CadreRef readable(UUID cadreId) {
        return find(cadreId).filter(c -> scope.mayReadCadre(c.id(), c.unitId()))
                .orElseThrow(() -> ProblemException.notFound("Cadre", cadreId));
    }

    /**
     * The cadre a thing belongs to that is addressed by its own id (a proposal, an enrolment), for a read: the thing
     * does not exist for a caller who may not read the cadre (404, naming the thing).
     */
    public CadreRef reading(UUID cadreId, String what, Object thingId) {
        return find(cadreId).filter(c -> scope.mayReadCadre(c.id(), c.unitId()))
                .orElseThrow(() -> ProblemException.notFound(what, thingId));
    }

    /** A cadre the caller may manage (HR of the cadre's unit subtree, or admin). */
    public CadreRef writable(UUID cadreId, String field) {
        CadreRef cadre = find(cadreId).filter(c -> scope.mayReadCadre(c.id(), c.unitId()) || scope.mayWrite(c.unitId()))
                .orElseThrow(() -> ProblemException.invalidField(field, "no such cadre in your scope: " + cadreId));
        if (!scope.mayWrite(cadre.unitId())) {
            throw ProblemException.forbidden("you may not manage cadre " + cadreId);
        }
        if (!cadre.active()) {
            throw ProblemException.ruleViolated("cadre-retired", "the cadre is retired", List.of());
        }
        return cadre;
    }

    /**
     * The cadre a request of the caller's is about: their own when none is named or their own is (a cadre asking for
     * themself: 400 on {@code field} for an account linked to no cadre), else one the caller manages
     * ({@link #writable}: HR of the cadre's unit subtree, or admin).
     */
    public CadreRef ownOrManaged(UUID cadreId, String field) {
        if (cadreId == null || caller.is(cadreId)) {
            UUID self = caller.cadreId().orElseThrow(() -> ProblemException.invalidField(field,
                    "required: your account is not linked to a cadre / 请指定干部"));
            return find(self).orElseThrow(() -> ProblemException.forbidden(
                    "your cadre record is not known here yet / 尚未同步您的干部信息"));
        }
        return writable(cadreId, field);
    }

    /**
     * The cadre a thing belongs to that is addressed by its own id (a proposal, a record), for a change: the thing
     * does not exist for a caller who may not read the cadre (404), and a caller who may only read it is refused.
     */
    public CadreRef managing(UUID cadreId, String what, Object thingId) {
        CadreRef cadre = find(cadreId).filter(c -> scope.mayReadCadre(c.id(), c.unitId()) || scope.mayWrite(c.unitId()))
                .orElseThrow(() -> ProblemException.notFound(what, thingId));
        return writable(cadre.id(), "id");
    }

    /** Active cadres in a unit's subtree. */
    public List<CadreRef> inSubtree(String pathPrefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT
                + " WHERE c.active AND c.unit_id IN (SELECT id FROM unit_view WHERE path LIKE :prefix)"
                + " ORDER BY c.employee_number").setParameter("prefix", pathPrefix + "%").getResultList();
        return rows.stream().map(CadreDirectory::toRef).toList();
    }

    /** Active cadres of the unit itself (not its subtree). */
    public List<CadreRef> members(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE c.active AND c.unit_id = :unit ORDER BY c.employee_number")
                .setParameter("unit", unitId).getResultList();
        return rows.stream().map(CadreDirectory::toRef).toList();
    }

    public Optional<String> unitPath(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<String> paths = em.createNativeQuery("SELECT path FROM unit_view WHERE id = :id").setParameter("id", unitId)
                .getResultList();
        return paths.stream().findFirst();
    }

    private static CadreRef toRef(Object[] r) {
        return new CadreRef((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                RankLevel.valueOf((String) r[5]), toDate(r[6]), (Boolean) r[7], (String) r[8], toDate(r[9]),
                toDate(r[10]));
    }

    /** A DATE column as a native query hands it over (a {@code java.sql.Date} or a {@code LocalDate}); null stays null. */
    public static LocalDate toDate(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
