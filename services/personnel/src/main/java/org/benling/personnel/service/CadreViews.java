package org.benling.personnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.rest.api.CadreView;
import org.benling.personnel.rest.api.MeView;
import org.benling.personnel.rest.api.TransferView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;

/**
 * What the API shows of cadres: each with the name of its unit. A page of the search reads its rows' units in one
 * query; the caller's own record ({@code /api/me}) is the caller's whatever the scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CadreViews {

    @Inject CadreSearch search;
    @Inject CadreService cadres;
    @Inject UnitService units;
    @Inject UnitScope scope;
    @Inject Caller caller;

    /** One page of the search, limited to what the caller may read. */
    public PageResult<CadreView> page(CadreQuery query, PageQuery paging) {
        PageResult<Cadre> page = search.page(query, scope.readScope(), paging);
        Map<UUID, Unit> unitsOfPage = units.byId(page.items().stream().map(c -> c.unitId).distinct().toList());
        return page.map(c -> CadreView.of(c, unitsOfPage.get(c.unitId)));
    }

    /** A cadre the caller may read (else "not found"). */
    public CadreView get(UUID id) {
        return of(cadres.get(id));
    }

    public CadreView of(Cadre cadre) {
        return CadreView.of(cadre, Unit.findById(cadre.unitId));
    }

    /** A cadre's transfers, newest first, with the names of the units left and joined. */
    public List<TransferView> transfers(UUID cadreId) {
        Map<UUID, Unit> all = units.byId();
        return cadres.transfers(cadreId).stream().map(t -> TransferView.of(t, all)).toList();
    }

    /** The caller: roles, unit and, for a cadre, the own record. */
    public MeView me() {
        UUID unitId = caller.unitId().orElse(null);
        Unit unit = unitId == null ? null : Unit.findById(unitId);
        CadreView own = caller.cadreId().map(id -> Cadre.<Cadre>findById(id)).map(this::of).orElse(null);
        return new MeView(caller.name(), caller.roles(), unitId, unit == null ? null : unit.name, own);
    }
}
