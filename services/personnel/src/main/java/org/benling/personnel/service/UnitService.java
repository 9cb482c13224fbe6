package org.benling.personnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.UnitKind;
import org.benling.personnel.domain.CadreRuleException;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.events.PersonnelEventPublisher;
import org.benling.personnel.rest.api.UnitNode;
import org.benling.personnel.rest.api.UnitRequest;
import org.benling.personnel.rest.api.UnitUpdate;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/**
 * The unit tree: everyone reads it (names and codes), administrators change it; a unit's head count only inside the
 * caller's scope (HR its subtree, leaders and administrators all, a plain cadre none).
 */
@ApplicationScoped
public class UnitService {

    @Inject EntityManager em;
    @Inject PersonnelEventPublisher events;
    @Inject UnitScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitNode> tree() {
        List<Unit> units = Unit.list("order by path");
        Map<UUID, Long> counts = activeCadresPerUnit();
        Map<UUID, List<UnitNode>> children = new HashMap<>();
        // deepest first, so every node's children are complete when the node is built
        Map<UUID, UnitNode> built = new LinkedHashMap<>();
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit u = units.get(i);
            List<UnitNode> kids = new ArrayList<>(children.getOrDefault(u.id, List.of()));
            kids.sort(java.util.Comparator.comparing(UnitNode::code));
            UnitNode node = new UnitNode(u.id, u.code, u.name, u.kind, u.parentId, u.active,
                    scope.mayRead(u.id) ? counts.getOrDefault(u.id, 0L) : null, u.version, kids);
            built.put(u.id, node);
            if (u.parentId != null) {
                children.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(node);
            }
        }
        return units.stream().filter(u -> u.parentId == null).map(u -> built.get(u.id)).toList();
    }

    /** Every unit by id (the tree is a few hundred units: exports and histories name them from one read). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Unit> byId() {
        Map<UUID, Unit> units = new HashMap<>();
        Unit.<Unit>listAll().forEach(u -> units.put(u.id, u));
        return units;
    }

    /** The units of these ids, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Unit> byId(List<UUID> ids) {
        Map<UUID, Unit> units = new HashMap<>();
        if (!ids.isEmpty()) {
            Unit.<Unit>list("id in ?1", ids).forEach(u -> units.put(u.id, u));
        }
        return units;
    }

    /** The units still in use, for the roster template's list of units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Unit> active() {
        return Unit.list("active", true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit get(UUID id) {
        return Unit.<Unit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
    }

    @Transactional
    public Unit create(UnitRequest request) {
        if (Unit.byCode(request.code()).isPresent()) {
            throw ProblemException.conflict("duplicate-unit-code", "unit code " + request.code() + " already exists");
        }
        Unit parent = Unit.<Unit>findByIdOptional(request.parentId())
                .orElseThrow(() -> ProblemException.invalidField("parentId", "no such unit"));
        checkKindUnder(request.kind(), parent);
        Unit unit = Unit.create(UUID.randomUUID(), request.code(), request.name(), request.kind(), parent);
        unit.persist();
        events.unitChanged(unit);
        return unit;
    }

    @Transactional
    public Unit update(UUID id, UnitUpdate request) {
        Unit unit = get(id);
        if (unit.version != request.version()) {
            throw ProblemException.conflict("stale", "the unit was changed by someone else; reload it");
        }
        unit.name = request.name();
        unit.active = request.active();
        List<Unit> moved = List.of();
        if (request.parentId() != null && !request.parentId().equals(unit.parentId)) {
            Unit parent = get(request.parentId());
            if (unit.contains(parent)) {
                throw new CadreRuleException("unit-cycle", "parentId", "a unit cannot move under itself or its subunits");
            }
            checkKindUnder(unit.kind, parent);
            String oldPath = unit.path;
            moved = Unit.list("path like ?1 and id <> ?2", oldPath + "%", unit.id);
            unit.placeUnder(parent);
            for (Unit descendant : moved) {
                descendant.path = unit.path + descendant.path.substring(oldPath.length());
            }
        }
        events.unitChanged(unit);
        moved.forEach(events::unitChanged);
        return unit;
    }

    /** 司局 and 省局 sit under the bureau, 市局 under a 省局. */
    private static void checkKindUnder(UnitKind kind, Unit parent) {
        boolean fits = switch (kind) {
            case BUREAU -> false;
            case DEPARTMENT, PROVINCIAL -> parent.kind == UnitKind.BUREAU;
            case MUNICIPAL -> parent.kind == UnitKind.PROVINCIAL;
        };
        if (!fits) {
            throw new CadreRuleException("unit-level", "kind",
                    "a " + kind + " unit cannot be placed under a " + parent.kind + " unit");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Long> activeCadresPerUnit() {
        Map<UUID, Long> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                "select c.unitId, count(c) from Cadre c where c.status = 'ACTIVE' group by c.unitId").getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }
}
