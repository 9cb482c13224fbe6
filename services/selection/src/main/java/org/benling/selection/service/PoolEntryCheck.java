package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.text.Reason;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.selection.domain.ReservePool;
import org.benling.selection.domain.rules.PoolEntry;

/**
 * {@link PoolEntry} for many cadres at once: their grades and the eligibility rule's reasons from
 * {@link CandidateStandings} (a handful of statements whatever their number), the birth dates and ranks from the
 * registry's read model.
 */
@ApplicationScoped
public class PoolEntryCheck {

    @Inject CandidateStandings standings;

    /** Why each cadre may not enter (or stay in) the pool on {@code today}; an empty list: they may. */
    public Map<UUID, List<Reason>> refusals(ReservePool pool, Collection<CadreRef> cadres, LocalDate today) {
        Set<UUID> ids = cadres.stream().map(CadreRef::id).collect(Collectors.toSet());
        Map<UUID, List<Reason>> refusals = new HashMap<>();
        if (ids.isEmpty()) {
            return refusals;
        }
        var grades = standings.grades(ids);
        Map<UUID, List<EligibilityReason>> ineligibility = standings.refusals(ids, today, null);
        for (CadreRef c : cadres) {
            refusals.put(c.id(), PoolEntry.refusals(pool.rules(), new PoolEntry.Cadre(c.rankLevel(), c.birthDate(),
                    grades.getOrDefault(c.id(), Map.of()), ineligibility.getOrDefault(c.id(), List.of())), today));
        }
        return refusals;
    }
}
