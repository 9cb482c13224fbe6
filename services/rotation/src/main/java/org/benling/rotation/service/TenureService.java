package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.benling.platform.files.XlsxTable;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
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

    /**
     * Active cadres with their tenure judged in the query, so that the list is filtered, sorted and paged by the
     * database: the due date is the post's start plus the limit ({@link Tenure}: the key-post limit when the title
     * names a key post, the same test as {@link RotationPolicy#keyPost}), and the status follows from it and today.
     * Each row is judged again by {@link Tenure#assess} when it becomes a view, so the rule stays the one in Java.
     */
    private static final String FROM = " " + """
             FROM (SELECT c.id, c.employee_number, c.name, c.unit_id, u.name AS unit_name, u.path, c.position_title,
                     c.rank_level, c.post_since,
                     EXISTS (SELECT 1 FROM posting p WHERE p.cadre_id = c.id AND p.status IN ('APPROVED', 'ACTIVE')) AS on_posting,
                     CAST(c.post_since + make_interval(years => CASE WHEN c.position_title LIKE ANY (CAST(:keyPosts AS text[]))
                       THEN :keyPostYears ELSE :tenureYears END) AS date) AS due_on
                   FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                   WHERE c.active AND c.post_since IS NOT NULL) t
             CROSS JOIN LATERAL (SELECT CASE WHEN t.due_on <= :today THEN 'DUE'
                     WHEN CAST(t.due_on - make_interval(months => :soonDueMonths) AS date) <= :today THEN 'SOON_DUE'
                     ELSE 'NOT_DUE' END AS status) s""";

    private static final String COLUMNS = "t.id, t.employee_number, t.name, t.unit_id, t.unit_name, t.position_title,"
            + " t.rank_level, t.post_since, t.on_posting";

    /** Every due or soon-due cadre in the caller's scope (and the unit subtree asked for), earliest due first. */
    public List<TenureRow> due(UUID unitId, Tenure.Status status) {
        LocalDate today = LocalDate.now(clock);
        return filter(unitId, status, today).rows(em, COLUMNS, "t.due_on, t.employee_number").stream()
                .map(r -> row(r, today)).toList();
    }

    public PageResult<TenureRow> page(UUID unitId, Tenure.Status status, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        return filter(unitId, status, today).pageRows(em, COLUMNS, "t.employee_number, t.id", page,
                rows -> rows.stream().map(r -> row(r, today)).toList());
    }

    private NativeFilter filter(UUID unitId, Tenure.Status status, LocalDate today) {
        return new NativeFilter(FROM)
                .bind("keyPosts", policy.keyPostKeywords().stream().map(Like::contains).filter(Objects::nonNull)
                        .toArray(String[]::new))
                .bind("keyPostYears", policy.keyPostTenureYears())
                .bind("tenureYears", policy.tenureYears())
                .bind("soonDueMonths", policy.soonDueMonths())
                .bind("today", today)
                .scope(scope.readScope(), "t.path", null)
                .inSubtreeOf("t.path", unitId)
                .andIf(true, "s.status <> 'NOT_DUE'")
                .and("s.status = :status", "status", status == null ? null : status.name());
    }

    private TenureRow row(Object[] r, LocalDate today) {
        LocalDate postSince = CadreDirectory.toDate(r[7]);
        boolean keyPost = policy.keyPost((String) r[5]);
        Tenure.Assessment t = Tenure.assess(postSince, keyPost, today, policy);
        double years = Math.round((today.toEpochDay() - postSince.toEpochDay()) / 365.25 * 10) / 10.0;
        return new TenureRow((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], (String) r[5],
                RankLevel.valueOf((String) r[6]), postSince, years, keyPost, t.limitYears(), t.dueOn(), t.status(),
                (Boolean) r[8]);
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
