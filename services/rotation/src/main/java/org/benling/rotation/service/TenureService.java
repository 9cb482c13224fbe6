package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.files.XlsxTable;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.domain.rules.Tenure;
import org.benling.rotation.rest.api.TenureRow;

/** Cadres due (or soon due) to rotate after too long in the same post, per unit subtree. */
@ApplicationScoped
public class TenureService {

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject RotationPolicy policy;
    @Inject Clock clock;

    /** Every due or soon-due cadre in the caller's scope (and the unit subtree asked for), earliest due first. */
    @SuppressWarnings("unchecked")
    public List<TenureRow> due(UUID unitId, Tenure.Status status) {
        LocalDate today = LocalDate.now(clock);
        // the shortest limit (key posts) bounds the search; the rule decides per cadre
        LocalDate since = today.minusYears(Math.min(policy.tenureYears(), policy.keyPostTenureYears()))
                .plusMonths(policy.soonDueMonths());
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.employee_number, c.name, c.unit_id, u.name, c.position_title, c.rank_level, c.post_since,
                  EXISTS (SELECT 1 FROM posting p WHERE p.cadre_id = c.id AND p.status IN ('APPROVED', 'ACTIVE'))
                FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE c.active AND c.post_since IS NOT NULL AND c.post_since <= :since""");
        Map<String, Object> params = new HashMap<>();
        params.put("since", since);
        ReadScope read = scope.readScope();
        if (read instanceof ReadScope.Subtree s) {
            sql.append(" AND u.path LIKE :scope");
            params.put("scope", s.pathPrefix() + "%");
        } else if (!(read instanceof ReadScope.Everything)) {
            return List.of();
        }
        if (unitId != null) {
            sql.append(" AND u.path LIKE (SELECT path FROM unit_view WHERE id = :unit) || '%'");
            params.put("unit", unitId);
        }
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<TenureRow> due = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate postSince = CadreDirectory.toDate(r[7]);
            boolean keyPost = policy.keyPost((String) r[5]);
            Tenure.Assessment t = Tenure.assess(postSince, keyPost, today, policy);
            if (t.status() == Tenure.Status.NOT_DUE || (status != null && t.status() != status)) {
                continue;
            }
            double years = Math.round((today.toEpochDay() - postSince.toEpochDay()) / 365.25 * 10) / 10.0;
            due.add(new TenureRow((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], (String) r[5],
                    RankLevel.valueOf((String) r[6]), postSince, years, keyPost, t.limitYears(), t.dueOn(), t.status(),
                    (Boolean) r[8]));
        }
        due.sort(Comparator.comparing(TenureRow::dueOn).thenComparing(TenureRow::employeeNumber));
        return due;
    }

    public PageResult<TenureRow> page(UUID unitId, Tenure.Status status, PageQuery page) {
        List<TenureRow> all = due(unitId, status);
        int from = Math.min(all.size(), page.page() * page.size());
        return PageResult.of(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size());
    }

    /** The export of {@link #due}: one row per cadre, dates as date cells. */
    public void export(List<TenureRow> rows, OutputStream out) {
        XlsxTable.<TenureRow>sheet("任职年限提醒")
                .column("工号", 12, TenureRow::employeeNumber)
                .column("姓名", 12, TenureRow::name)
                .column("单位", 26, TenureRow::unitName)
                .column("职务", 26, TenureRow::positionTitle)
                .column("职级", 12, t -> t.rankLevel().chineseName())
                .column("任现职时间", 12, TenureRow::postSince)
                .column("任职年限", 12, TenureRow::yearsInPost)
                .column("重要岗位", 12, TenureRow::keyPost)
                .column("交流年限", 12, TenureRow::limitYears)
                .column("应交流日期", 12, TenureRow::dueOn)
                .column("状态", 12, t -> t.status() == Tenure.Status.DUE ? "应交流" : "即将到期")
                .column("正在挂职/交流", 12, TenureRow::onPosting)
                .write(rows, out);
    }
}
