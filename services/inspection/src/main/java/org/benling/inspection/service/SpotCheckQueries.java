package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.SpotCheck;
import org.benling.inspection.domain.SpotCheckDraw;
import org.benling.inspection.rest.api.DrawView;
import org.benling.inspection.rest.api.SpotCheckView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;

/**
 * The draws as published (to whoever sees the filing of their units: HR included, for a draw is no secret) and the
 * checks with their results (restricted as the measures: inspectors in scope, leaders, administrators).
 */
@ApplicationScoped
public class SpotCheckQueries {

    public static final Map<String, String> CHECK_SORTABLE = Map.of("openedAt", "k.opened_at", "name", "c.name",
            "unitName", "u.name", "year", "k.year");

    /** How a reader recomputes a draw (SpotCheckSample's rule), in words and as a shell pipeline. */
    public static final String RECIPE = "名单按编号升序、以换行连接，其 SHA-256 即 listDigest；对名单中每个编号计算 SHA-256(seed:listDigest:编号)，"
            + "取值最小的 sampleSize 个即为抽中人选 / the list, ascending, joined by line feeds: its SHA-256 is listDigest; "
            + "for each id, SHA-256(seed:listDigest:id); the lowest ones are drawn. Shell: D=$(printf '%s' \"$(cat list.txt)\""
            + " | sha256sum | cut -c1-64); while read id; do printf '%s %s\\n' \"$(printf '%s' \"$SEED:$D:$id\" | sha256sum"
            + " | cut -c1-64)\" \"$id\"; done < list.txt | sort | head -n K";

    @Inject EntityManager em;
    @Inject PersonalReportAccess access;
    @Inject CadreDirectory cadres;
    @Inject Units units;
    @Inject Caller caller;

    public SpotCheck readable(UUID id) {
        SpotCheck c = SpotCheck.findById(id);
        if (c == null || !access.mayReadContentOf(c.unitId)) {
            throw ProblemException.notFound("SpotCheck", id);
        }
        return c;
    }

    public SpotCheckDraw readableDraw(UUID id) {
        SpotCheckDraw d = SpotCheckDraw.findById(id);
        if (d == null || !mayReadDraw(d)) {
            throw ProblemException.notFound("SpotCheckDraw", id);
        }
        return d;
    }

    private boolean mayReadDraw(SpotCheckDraw d) {
        ReadScope scope = access.filingScope();
        return scope instanceof ReadScope.Everything
                || scope instanceof ReadScope.Subtree s && units.find(d.unitId).map(u -> u.path().startsWith(s.pathPrefix()))
                        .orElse(false);
    }

    public static final Map<String, String> DRAW_SORTABLE = Map.of("drawnAt", "d.drawn_at", "year", "d.year",
            "unitName", "u.name");

    /** The draws the caller may see, one page (the page, its draws, and the drawn cadres' names and checks). */
    public PageResult<DrawView> draws(Integer year, PageQuery page) {
        return new NativeFilter(" FROM spot_check_draw d JOIN unit_view u ON u.id = d.unit_id")
                .scope(access.filingScope(), "u.path", null)
                .and("d.year = :year", "year", year)
                .pageRows(em, "d.id, u.name", "d.id", page, rows -> {
                    List<Object> ids = rows.stream().map(r -> r[0]).toList();
                    Map<UUID, SpotCheckDraw> found = SpotCheckDraw.<SpotCheckDraw>list("id in ?1", ids).stream()
                            .collect(Collectors.toMap(d -> d.id, Function.identity()));
                    return views(rows.stream().map(r -> found.get((UUID) r[0])).toList());
                });
    }

    public DrawView view(SpotCheckDraw d) {
        return views(List.of(d)).get(0);
    }

    /** Views of draws: the drawn cadres' names and their checks in two statements for all of them. */
    private List<DrawView> views(List<SpotCheckDraw> draws) {
        List<UUID> drawn = draws.stream().flatMap(d -> Arrays.stream(d.sample)).distinct().toList();
        Map<UUID, CadreRef> names = cadres.findAll(drawn);
        Map<String, UUID> checks = SpotCheck.<SpotCheck>list("drawId in ?1", draws.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.toMap(c -> c.drawId + ":" + c.cadreId, c -> c.id));
        return draws.stream().map(d -> new DrawView(d.id, d.year, d.unitId, units.name(d.unitId), d.seed, d.listDigest,
                d.rate, d.reporters.length, List.of(d.reporters), Arrays.stream(d.sample).map(id -> {
                    Optional<CadreRef> c = Optional.ofNullable(names.get(id));
                    return new DrawView.Drawn(id, c.map(CadreRef::employeeNumber).orElse(null),
                            c.map(CadreRef::name).orElse(null), checks.get(d.id + ":" + id));
                }).toList(), RECIPE, d.drawnBy, d.drawnAt)).toList();
    }

    public SpotCheckView view(SpotCheck k) {
        Optional<CadreRef> c = cadres.find(k.cadreId);
        return view(k, c.map(CadreRef::employeeNumber).orElse(null), c.map(CadreRef::name).orElse(null),
                units.name(k.unitId), k.measureId == null ? null : Measure.<Measure>findById(k.measureId));
    }

    private static SpotCheckView view(SpotCheck k, String employeeNumber, String name, String unitName, Measure m) {
        return new SpotCheckView(k.id, k.drawId, k.cadreId, employeeNumber, name, k.unitId, unitName, k.year, k.reportId,
                k.reason, k.status, k.result, k.measureId, m == null ? null : m.type, k.note, k.openedBy, k.openedAt,
                k.concludedBy, k.concludedAt, k.version);
    }

    public record CheckFilter(Integer year, SpotCheck.Status status, SpotCheck.Reason reason, UUID cadreId) {
    }

    /** The checks the caller may see, one page in three statements (the page, its checks, their measures). */
    public PageResult<SpotCheckView> checks(CheckFilter f, PageQuery page) {
        return new NativeFilter(" FROM spot_check k JOIN unit_view u ON u.id = k.unit_id LEFT JOIN cadre_view c ON c.id = k.cadre_id")
                .scope(access.checkScope(), "u.path", null)
                .and("k.year = :year", "year", f.year())
                .and("k.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("k.reason = :reason", "reason", f.reason() == null ? null : f.reason().name())
                .and("k.cadre_id = :cadre", "cadre", f.cadreId())
                .pageRows(em, "k.id, c.employee_number, c.name, u.name, k.measure_id", "k.id", page, rows -> {
                    Map<UUID, SpotCheck> found = SpotCheck.<SpotCheck>list("id in ?1", rows.stream().map(r -> r[0]).toList())
                            .stream().collect(Collectors.toMap(k -> k.id, Function.identity()));
                    List<Object> measureIds = rows.stream().map(r -> r[4]).filter(x -> x != null).toList();
                    Map<UUID, Measure> measures = measureIds.isEmpty() ? Map.of()
                            : Measure.<Measure>list("id in ?1", measureIds).stream()
                                    .collect(Collectors.toMap(m -> m.id, Function.identity()));
                    return rows.stream().map(r -> view(found.get((UUID) r[0]), (String) r[1], (String) r[2],
                            (String) r[3], r[4] == null ? null : measures.get((UUID) r[4]))).toList();
                });
    }
}
