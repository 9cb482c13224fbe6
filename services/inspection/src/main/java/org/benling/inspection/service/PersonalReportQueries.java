package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.inspection.domain.PersonalReport;
import org.benling.inspection.domain.rules.PersonalMattersPolicy;
import org.benling.inspection.rest.api.FilingRow;
import org.benling.inspection.rest.api.MyPersonalReports;
import org.benling.inspection.rest.api.PersonalReportView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;

/** The reports as their readers see them: the cadre's own, one report's content, and who filed the year's report. */
@ApplicationScoped
public class PersonalReportQueries {

    public static final Map<String, String> FILING_SORTABLE = Map.of("name", "c.name", "unitName", "u.name",
            "filedOn", "r.filed_on", "employeeNumber", "c.employee_number");

    @Inject EntityManager em;
    @Inject PersonalReportAccess access;
    @Inject CadreDirectory cadres;
    @Inject Units units;
    @Inject PersonalMattersPolicy policy;
    @Inject Clock clock;

    public PersonalReportView view(PersonalReport r) {
        return view(r, cadres.find(r.cadreId), units.name(r.unitId));
    }

    private static PersonalReportView view(PersonalReport r, Optional<CadreRef> c, String unitName) {
        return new PersonalReportView(r.id, r.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), r.unitId, unitName, r.year, r.kind, r.changeKind,
                r.changedOn, r.dueOn, r.filedOn, r.late(), r.checkedAt != null, r.content, r.filedBy, r.filedAt,
                r.version);
    }

    /** The caller's own: this year's yearly report (or when it is due) and every report before, newest first. */
    public MyPersonalReports mine() {
        UUID me = access.self();
        int year = LocalDate.now(clock).getYear();
        List<PersonalReport> all = PersonalReport.list("cadreId = ?1 order by filedAt desc", me);
        PersonalReport annual = all.stream().filter(r -> r.kind == PersonalReport.Kind.ANNUAL && r.year == year)
                .findFirst().orElse(null);
        // the cadre and the units the reports were filed in, looked up once for all of them
        Optional<CadreRef> cadre = cadres.find(me);
        Map<UUID, String> unitNames = new java.util.HashMap<>();
        all.forEach(r -> unitNames.computeIfAbsent(r.unitId, units::name));
        return new MyPersonalReports(year, policy.annualDue(year),
                annual == null ? null : view(annual, cadre, unitNames.get(annual.unitId)), policy.changeDays(),
                all.stream().filter(r -> r != annual).map(r -> view(r, cadre, unitNames.get(r.unitId))).toList());
    }

    /** Filter of the filing list. */
    public record FilingFilter(int year, UUID unitId, FilingRow.Status status, String text) {
    }

    /**
     * Who of the active cadres in the caller's reach filed the year's report, late or not, and how many changes
     * they reported that year: one statement a page, nothing of the content.
     */
    public PageResult<FilingRow> filings(FilingFilter f, PageQuery page) {
        LocalDate due = policy.annualDue(f.year());
        String status = "CASE WHEN r.id IS NULL THEN 'MISSING' WHEN r.filed_on > r.due_on THEN 'LATE' ELSE 'FILED' END";
        return new NativeFilter(" FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id"
                + " LEFT JOIN personal_report r ON r.cadre_id = c.id AND r.kind = 'ANNUAL' AND r.year = :year")
                .bind("year", f.year())
                .andIf(true, "c.active")
                .scope(access.filingScope(), "u.path", null)
                .inSubtreeOf("u.path", f.unitId())
                .and(status + " = :status", "status", f.status() == null ? null : f.status().name())
                .and("(c.name LIKE :text OR c.employee_number LIKE :text)", "text",
                        f.text() == null || f.text().isBlank() ? null : "%" + f.text().strip() + "%")
                .pageRows(em, "c.id, c.employee_number, c.name, u.id, u.name, r.id, r.filed_on, " + status
                        + ", (SELECT count(*) FROM personal_report x WHERE x.cadre_id = c.id AND x.kind = 'CHANGE'"
                        + " AND x.year = :year)", "c.id", page,
                        rows -> rows.stream().map(row -> new FilingRow((UUID) row[0], (String) row[1], (String) row[2],
                                (UUID) row[3], (String) row[4], f.year(), due, FilingRow.Status.valueOf((String) row[7]),
                                (UUID) row[5], row[6] == null ? null : CadreDirectory.toDate(row[6]),
                                ((Number) row[8]).intValue())).toList());
    }
}
