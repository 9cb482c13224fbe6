package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.rotation.domain.ContactPoint;
import org.benling.rotation.domain.ContactVisit;
import org.benling.rotation.domain.ResearchReport;
import org.benling.rotation.rest.api.ContactPointView;
import org.benling.rotation.rest.api.ResearchReportView;

/**
 * The contact points and research reports the caller may read, a page in two statements: the rows with the leader's
 * name, the unit and the visits counted, then the page's entities.
 */
@ApplicationScoped
public class GrassrootsQueries {

    public static final Map<String, String> POINT_SORTABLE = Map.of("since", "p.since", "name", "c.name",
            "unitName", "u.name", "lastVisitedOn", "v.last_visit");
    public static final Map<String, String> REPORT_SORTABLE = Map.of("submittedOn", "r.submitted_on", "title",
            "r.title", "name", "c.name", "unitName", "u.name");

    public record PointFilter(UUID unitId, UUID cadreId, Boolean current, String q) {
    }

    public record ReportFilter(UUID unitId, UUID cadreId, Integer year, Boolean adopted, Capability capability,
            String q) {
    }

    private static final String POINT_COLUMNS = "c.employee_number, c.name, u.name, v.visits, v.solved, v.last_visit";

    @Inject EntityManager em;
    @Inject GrassrootsAccess access;

    public PageResult<ContactPointView> points(PointFilter f, PageQuery page) {
        return pointFilter(f, null).pageOf(em, ContactPoint.class, "p.id", POINT_COLUMNS, page,
                (p, row) -> view(p, row, List.of()));
    }

    /** One point with its visits, latest first. */
    public ContactPointView point(ContactPoint p) {
        List<ContactVisit> visits = ContactVisit.list("contactPointId = ?1 order by visitedOn desc, recordedAt desc", p.id);
        return pointFilter(new PointFilter(null, null, null, null), p.id)
                .oneOf(em, ContactPoint.class, "p.id", POINT_COLUMNS, (point, row) -> view(point, row, visits)).orElseThrow();
    }

    private NativeFilter pointFilter(PointFilter f, UUID id) {
        // the visits counted once a point, in one pass over its visits
        NativeFilter filter = new NativeFilter(" FROM contact_point p JOIN unit_view u ON u.id = p.unit_id"
                + " LEFT JOIN cadre_view c ON c.id = p.cadre_id"
                + " CROSS JOIN LATERAL (SELECT count(*) AS visits, coalesce(sum(x.problems_solved), 0) AS solved,"
                + " max(x.visited_on) AS last_visit FROM contact_visit x WHERE x.contact_point_id = p.id) v")
                .scope(access.readScope(), "u.path", "p.cadre_id")
                .inSubtreeOf("u.path", f.unitId())
                .and("p.id = :id", "id", id)
                .and("p.cadre_id = :cadre", "cadre", f.cadreId())
                .and("(c.name ILIKE :q OR c.employee_number ILIKE :q OR p.place ILIKE :q)", "q", Like.contains(f.q()));
        if (f.current() != null) {
            filter.andIf(true, f.current() ? "p.ended_on IS NULL" : "p.ended_on IS NOT NULL");
        }
        return filter;
    }

    private ContactPointView view(ContactPoint p, Object[] row, List<ContactVisit> visits) {
        return new ContactPointView(p.id, p.cadreId, (String) row[1], (String) row[2], p.unitId, (String) row[3], p.place,
                p.description, p.since, p.endedOn, ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                row[6] == null ? null : CadreDirectory.toDate(row[6]), visits.stream().map(v -> new ContactPointView.Visit(v.id, v.visitedOn,
                        v.learned, v.problemsRaised, v.problemsSolved, v.solutions, v.recordedBy, v.recordedAt)).toList(),
                access.mayRecord(p), p.createdBy, p.createdAt, p.version);
    }

    public PageResult<ResearchReportView> reports(ReportFilter f, PageQuery page) {
        return reportFilter(f, null).pageOf(em, ResearchReport.class, "r.id", "c.employee_number, c.name, u.name", page,
                this::view);
    }

    public ResearchReportView report(ResearchReport r) {
        return reportFilter(new ReportFilter(null, null, null, null, null, null), r.id)
                .oneOf(em, ResearchReport.class, "r.id", "c.employee_number, c.name, u.name", this::view).orElseThrow();
    }

    private NativeFilter reportFilter(ReportFilter f, UUID id) {
        return new NativeFilter(" FROM research_report r JOIN unit_view u ON u.id = r.unit_id"
                + " LEFT JOIN cadre_view c ON c.id = r.cadre_id")
                .scope(access.readScope(), "u.path", "r.cadre_id")
                .inSubtreeOf("u.path", f.unitId())
                .and("r.id = :id", "id", id)
                .and("r.cadre_id = :cadre", "cadre", f.cadreId())
                .and("extract(year FROM r.submitted_on) = :year", "year", f.year())
                .and("r.adopted = :adopted", "adopted", f.adopted())
                .and(":capability = ANY(r.capabilities)", "capability", f.capability() == null ? null : f.capability().name())
                .and("(c.name ILIKE :q OR c.employee_number ILIKE :q OR r.title ILIKE :q)", "q", Like.contains(f.q()));
    }

    private ResearchReportView view(ResearchReport r, Object[] row) {
        Decision followUp = Decision.orNone(r.followUp);
        return new ResearchReportView(r.id, r.cadreId, (String) row[1], (String) row[2], r.unitId, (String) row[3], r.title,
                r.summary, r.capabilitySet(), r.submittedOn, r.adopted, followUp.note(), followUp.by(), followUp.at(),
                access.mayFollowUp(r), r.filedBy, r.filedAt, r.version);
    }
}
