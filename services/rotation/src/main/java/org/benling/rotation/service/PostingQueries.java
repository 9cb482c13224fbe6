package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.security.UnitScope;
import org.benling.rotation.domain.CheckIn;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.rest.api.CheckInView;
import org.benling.rotation.rest.api.PostingCounts;
import org.benling.rotation.rest.api.PostingView;

/**
 * Postings as their readers see them: with the cadre, the home unit, the care status (the last check-in, when the
 * next is due, whether it is overdue) and the commands the caller may give now. A page of the list costs three
 * statements whatever its size: the count, the page with what the views need from other tables, the postings.
 */
@ApplicationScoped
public class PostingQueries {

    /** The list's filters; null ones are left out. */
    public record Filter(Status status, PostingType type, UUID unitId, UUID cadreId, Boolean careOverdue, String q) {
    }

    /**
     * What a view needs besides the posting: the cadre's number, name and rank, the home unit's name and path (whether
     * the caller manages it), the last check-in.
     */
    private record Around(String employeeNumber, String name, RankLevel rankLevel, String homeUnitName,
            LocalDate lastCheckIn, String homeUnitPath) {
    }

    private static final String AROUND = """
            c.employee_number, c.name, c.rank_level, u.name AS home_unit_name,
            (SELECT max(k.held_on) FROM check_in k WHERE k.posting_id = p.id) AS last_check_in, u.path AS home_unit_path""";

    private static final String FROM = " FROM posting p JOIN unit_view u ON u.id = p.home_unit_id"
            + " LEFT JOIN cadre_view c ON c.id = p.cadre_id";

    @Inject EntityManager em;
    @Inject PostingAccess access;
    @Inject UnitScope scope;
    @Inject RotationPolicy policy;
    @Inject Clock clock;

    /** One posting the caller may read. */
    public PostingView get(UUID id) {
        return view(access.readable(id));
    }

    /** The view of a posting the caller has (just changed or read). */
    @SuppressWarnings("unchecked")
    public PostingView view(Posting p) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, " + AROUND + " FROM posting p"
                + " LEFT JOIN unit_view u ON u.id = p.home_unit_id LEFT JOIN cadre_view c ON c.id = p.cadre_id WHERE p.id = :id")
                .setParameter("id", p.id).getResultList();
        return view(p, rows.isEmpty() ? new Around(null, null, null, null, null, null) : around(rows.get(0)));
    }

    /** The postings in the caller's scope that pass the filter, one page. */
    public PageResult<PostingView> list(Filter f, PageQuery page) {
        return matching(f).pageRows(em, "p.id, " + AROUND, "p.id", page, this::views);
    }

    /**
     * How many postings in the caller's scope pass the filter, by status (the filter's own status is left out): the
     * counts of the postings board's tabs, in one statement.
     */
    public PostingCounts counts(Filter f) {
        Map<String, Long> found = matching(new Filter(null, f.type(), f.unitId(), f.cadreId(), f.careOverdue(), f.q()))
                .countsBy(em, "p.status");
        Map<Status, Long> byStatus = new java.util.EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, found.getOrDefault(status.name(), 0L));
        }
        return new PostingCounts(byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum());
    }

    private NativeFilter matching(Filter f) {
        boolean careOverdue = Boolean.TRUE.equals(f.careOverdue());
        return new NativeFilter(FROM)
                .scope(scope.readScope(), "u.path", "p.cadre_id")
                .and("p.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("p.type = :type", "type", f.type() == null ? null : f.type().name())
                .inSubtreeOf("u.path", f.unitId())
                .and("p.cadre_id = :cadre", "cadre", f.cadreId())
                .andIf(careOverdue, "p.status = 'ACTIVE' AND greatest(p.started_on, coalesce((SELECT max(held_on)"
                        + " FROM check_in k WHERE k.posting_id = p.id), p.started_on)) + :interval < :today")
                .bind("interval", careOverdue ? policy.checkInIntervalDays() : null)
                .bind("today", careOverdue ? LocalDate.now(clock) : null)
                .and("(c.name LIKE :q OR c.employee_number LIKE :q OR p.host_organisation LIKE :q)", "q",
                        Like.contains(f.q()));
    }

    /** The check-ins of a posting the caller may read, newest first. */
    public List<CheckInView> checkIns(UUID postingId) {
        access.readable(postingId);
        return CheckIn.<CheckIn>list("postingId = ?1 order by heldOn desc", postingId).stream()
                .map(PostingQueries::view).toList();
    }

    public static CheckInView view(CheckIn c) {
        return new CheckInView(c.id, c.heldOn, c.method, c.notes, c.concerns, c.recordedBy, c.recordedAt);
    }

    private List<PostingView> views(List<Object[]> rows) {
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Posting> postings = Posting.<Posting>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return rows.stream().map(r -> view(postings.get((UUID) r[0]), around(r))).toList();
    }

    private static Around around(Object[] r) {
        return new Around((String) r[1], (String) r[2], r[3] == null ? null : RankLevel.valueOf((String) r[3]),
                (String) r[4], r[5] == null ? null : CadreDirectory.toDate(r[5]), (String) r[6]);
    }

    private PostingView view(Posting p, Around a) {
        LocalDate next = p.nextCheckInDue(a.lastCheckIn(), policy.checkInIntervalDays());
        List<Command> allowed = new ArrayList<>();
        for (Command command : Command.values()) {
            if (p.allows(command) && access.mayCommandAt(a.homeUnitPath(), command)) {
                allowed.add(command);
            }
        }
        Decision cancellation = Decision.orNone(p.cancellation);
        return new PostingView(p.id, p.cadreId, a.employeeNumber(), a.name(), a.rankLevel(), p.homeUnitId,
                a.homeUnitName(), p.homeRegion, p.type, p.hostUnitId, p.hostOrganisation, p.region, p.crossDepartment,
                p.purpose, p.plannedStart, p.plannedEnd, p.startedOn, p.endedOn, p.status, p.proposedBy, p.proposedAt,
                p.approvedBy, p.approvedAt, cancellation.by(), cancellation.at(), cancellation.note(), p.evaluation,
                EnumSetColumn.toSet(p.capabilitiesExercised, Capability.class), p.evaluationRemarks, p.evaluatedBy,
                a.lastCheckIn(), next, next != null && next.isBefore(LocalDate.now(clock)), allowed, p.openingId,
                p.proposalId, p.version);
    }
}
