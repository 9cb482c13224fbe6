package org.benling.training.service;

import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.FigureUnits;
import org.benling.training.rest.api.CadreCompliance;
import org.benling.training.rest.api.ComplianceFiguresView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.domain.rules.HoursCompliance;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.domain.rules.Windows;
import org.benling.training.service.ComplianceStandings.Tally;

/**
 * 学时 compliance of cadres, per cadre and per unit subtree: today's read from the kept standings
 * ({@link ComplianceStandings}), one cadre's and another day's summed live ({@link ComplianceSums}); the regulation's
 * judgement is {@link HoursCompliance}, the only place it lives.
 */
@ApplicationScoped
public class ComplianceService {

    public record UnitCompliance(LocalDate assessedOn, Windows windows, int cadres,
            Map<ComplianceStatus, Integer> byStatus, List<CadreCompliance> rows) {
    }

    @Inject EntityManager em;
    @Inject TrainingPolicy policy;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;
    @Inject FigureUnits figureUnits;
    @Inject Clock clock;
    @Inject ComplianceSums sums;
    @Inject ComplianceStandings standings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CadreCompliance ofCadre(UUID cadreId) {
        cadres.readable(cadreId);
        List<CadreCompliance> rows = query("c.id = :cadre", Map.of("cadre", cadreId), LocalDate.now(clock));
        return rows.get(0);
    }

    /** One page of a unit's compliance table: the counts over the whole subtree, the rows of one page. */
    public record UnitCompliancePage(LocalDate assessedOn, Windows windows, int cadres,
            Map<ComplianceStatus, Integer> byStatus, int total, List<CadreCompliance> rows) {
    }

    /** Every active cadre of the unit's subtree (within the caller's scope), with counts per status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitCompliance ofUnit(UUID unitId, LocalDate asOf) {
        String path = readableSubtree(unitId);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return summarise(day, query("u.path LIKE :prefix", Map.of("prefix", path + "%"), day));
    }

    /**
     * A page of the unit's table, by employee number, optionally of one status. Today's is counted and paged in SQL
     * over the kept standings ({@link ComplianceStandings}); another day's is summed live.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitCompliancePage page(UUID unitId, LocalDate asOf, ComplianceStatus status, int page, int size) {
        String prefix = readableSubtree(unitId) + "%";
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Windows windows = HoursCompliance.windows(day, policy);
        Optional<List<Tally>> tallies = kept(prefix, day, false);
        if (tallies.isPresent()) {
            Map<ComplianceStatus, Integer> byStatus = counts(tallies.get());
            int cadres = cadres(tallies.get());
            int total = status == null ? cadres : byStatus.get(status);
            int from = (int) Math.min(total, (long) page * size);
            return new UnitCompliancePage(day, windows, cadres, byStatus, total,
                    from >= total ? List.of() : standings.page(prefix, day, status, from, size));
        }
        List<CadreCompliance> all = query("u.path LIKE :prefix", Map.of("prefix", prefix), day);
        List<CadreCompliance> rows = all.stream().filter(r -> status == null || r.assessment().status() == status).toList();
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new UnitCompliancePage(day, windows, all.size(), counts(tallies(all)), rows.size(),
                rows.subList(from, Math.min(rows.size(), from + size)));
    }

    /** The subtree's tallies from the kept standings, when the day is today and they could be brought up to date. */
    private Optional<List<Tally>> kept(String prefix, LocalDate day, boolean byUnitAndRank) {
        return day.equals(LocalDate.now(clock)) ? standings.tally(prefix, day, byUnitAndRank) : Optional.empty();
    }

    private String readableSubtree(UUID unitId) {
        ReadScope readScope = scope.readScope();
        if (!(readScope instanceof ReadScope.Everything) && !(readScope instanceof ReadScope.Subtree)) {
            throw ProblemException.forbidden("unit compliance is for HR, inspectors and leaders");
        }
        return cadres.unitPath(unitId).filter(p -> scope.mayRead(unitId))
                .orElseThrow(() -> ProblemException.notFound("Unit", unitId));
    }

    /**
     * The compliance of a unit's cadres by child unit and rank (the dashboard), counted as the unit's own table is:
     * today's from the kept standings, another day's summed live.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceFiguresView figures(UUID unitId, LocalDate asOf) {
        FigureUnits.Breakdown breakdown = figureUnits.breakdown(unitId);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Tally> tallies = kept(breakdown.prefix(), day, true).orElseGet(() -> tallies(query("u.path LIKE :prefix", Map.of("prefix", breakdown.prefix()), day)));
        @SuppressWarnings("unchecked")
        Map<UUID, String> paths = ((List<Object[]>) em.createNativeQuery("SELECT id, path FROM unit_view WHERE path LIKE :prefix")
                .setParameter("prefix", breakdown.prefix()).getResultList()).stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
        Map<UUID, List<Tally>> byRow = new HashMap<>();
        for (Tally tally : tallies) {
            breakdown.of(paths.get(tally.unitId())).ifPresent(unit -> byRow.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(tally));
        }
        List<ComplianceFiguresView.UnitFigures> units = breakdown.rows().stream()
                .filter(unit -> !unit.own() || byRow.containsKey(unit.id()))
                .map(unit -> {
                    List<Tally> of = byRow.getOrDefault(unit.id(), List.of());
                    List<ComplianceFiguresView.RankFigures> ranks = Arrays.stream(RankLevel.values())
                            .map(rank -> of.stream().filter(t -> t.rank() == rank).toList())
                            .filter(list -> !list.isEmpty())
                            .map(list -> new ComplianceFiguresView.RankFigures(list.get(0).rank(), cadres(list),
                                    counts(list), rate(list)))
                            .toList();
                    return new ComplianceFiguresView.UnitFigures(unit.id(), unit.code(), unit.name(), unit.own(),
                            cadres(of), counts(of), rate(of), ranks);
                }).toList();
        return new ComplianceFiguresView(day, breakdown.unit().id(), breakdown.unit().name(), cadres(tallies),
                counts(tallies), rate(tallies), units);
    }

    /** The cadres counted per unit, rank and status. */
    private static List<Tally> tallies(List<CadreCompliance> rows) {
        record Key(UUID unitId, RankLevel rank, ComplianceStatus status) {
        }
        Map<Key, Integer> counted = new LinkedHashMap<>();
        rows.forEach(r -> counted.merge(new Key(r.unitId(), r.rankLevel(), r.assessment().status()), 1, Integer::sum));
        return counted.entrySet().stream()
                .map(e -> new Tally(e.getKey().unitId(), e.getKey().rank(), e.getKey().status(), e.getValue())).toList();
    }

    private static int cadres(List<Tally> tallies) {
        return tallies.stream().mapToInt(Tally::cadres).sum();
    }

    private static Map<ComplianceStatus, Integer> counts(List<Tally> tallies) {
        Map<ComplianceStatus, Integer> byStatus = zeroes();
        tallies.forEach(t -> byStatus.merge(t.status(), t.cadres(), Integer::sum));
        return byStatus;
    }

    private static Map<ComplianceStatus, Integer> zeroes() {
        Map<ComplianceStatus, Integer> byStatus = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            byStatus.put(s, 0);
        }
        return byStatus;
    }

    /** The share compliant, to three places. */
    private static double rate(List<Tally> tallies) {
        int cadres = cadres(tallies);
        long compliant = tallies.stream().filter(t -> t.status() == ComplianceStatus.COMPLIANT).mapToInt(Tally::cadres).sum();
        return cadres == 0 ? 0 : Math.round(compliant * 1000.0 / cadres) / 1000.0;
    }

    /** All active cadres, for the early-warning run. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CadreCompliance> everyone(LocalDate day) {
        return query("TRUE", Map.of(), day);
    }

    UnitCompliance summarise(LocalDate day, List<CadreCompliance> rows) {
        return new UnitCompliance(day, HoursCompliance.windows(day, policy), rows.size(), counts(tallies(rows)), rows);
    }

    private List<CadreCompliance> query(String where, Map<String, Object> params, LocalDate today) {
        return sums.of(where, params, today);
    }
}
