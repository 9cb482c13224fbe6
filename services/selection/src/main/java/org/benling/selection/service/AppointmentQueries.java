package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.Appointment;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.domain.rules.JointReview;
import org.benling.selection.rest.api.AppointmentView;

/**
 * The appointment trails in the caller's reach, a page at a time (the people of the whole page in one statement),
 * and one trail with its whole record.
 */
@ApplicationScoped
public class AppointmentQueries {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "a.created_at", "postTitle", "a.post_title",
            "stage", "a.stage");

    public record Filter(UUID unitId, AppointmentWorkflow.Stage stage, RankLevel rankLevel, String q) {
    }

    /** A trail with its unit's name and path (what the caller may do is judged from the path, no lookup a row). */
    private record Row(Appointment appointment, String unitName, String unitPath) {
    }

    @Inject EntityManager em;
    @Inject UnitReach reach;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;

    @Transactional
    public PageResult<AppointmentView> list(Filter f, PageQuery page) {
        PageResult<Row> rows = new NativeFilter(" FROM appointment a JOIN unit_view u ON u.id = a.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .inSubtreeOf("u.path", f.unitId())
                .and("a.stage = :stage", "stage", f.stage() == null ? null : f.stage().name())
                .and("a.rank_level = :rank", "rank", f.rankLevel() == null ? null : f.rankLevel().name())
                .and("a.post_title ILIKE :q", "q", Like.contains(f.q()))
                .pageOf(em, Appointment.class, "a.id", "u.name, u.path", page,
                        (a, row) -> new Row(a, (String) row[1], (String) row[2]));
        return new PageResult<>(views(rows.items()), rows.page(), rows.size(), rows.total(), rows.totalPages());
    }

    /**
     * One trail's view, read in a transaction of its own: a trail the command's transaction returned (committed, so
     * detached) is read again, its record's collections with it.
     */
    @Transactional
    public AppointmentView view(Appointment trail) {
        Appointment a = em.contains(trail) ? trail : em.find(Appointment.class, trail.id);
        UnitReach.UnitRef unit = reach.unit(a.unitId);
        return views(List.of(new Row(a, unit.name(), unit.path()))).get(0);
    }

    private List<AppointmentView> views(List<Row> rows) {
        Map<UUID, CadreRef> people = cadres.findAll(rows.stream().flatMap(r -> Stream.concat(
                r.appointment().candidates.stream().map(c -> c.cadreId),
                Stream.ofNullable(r.appointment().decidedCadreId))).collect(Collectors.toSet()));
        return rows.stream().map(r -> view(r, people)).toList();
    }

    private AppointmentView view(Row row, Map<UUID, CadreRef> people) {
        Appointment a = row.appointment();
        List<AppointmentView.Candidate> candidates = a.candidates.stream().map(c -> new AppointmentView.Candidate(
                VotingQueries.person(c.cadreId, people.get(c.cadreId)), c.report,
                a.checks.stream().filter(k -> k.cadreId.equals(c.cadreId)).map(k -> new AppointmentView.Check(k.kind,
                        k.answer, k.note, k.requestedBy, k.requestedAt, k.answeredBy, k.answeredAt)).toList(),
                !a.checks.isEmpty() && JointReview.passes(a.answers(c.cadreId)))).toList();
        AppointmentView.Decision decision = a.decidedCadreId == null ? null : new AppointmentView.Decision(
                VotingQueries.person(a.decidedCadreId, people.get(a.decidedCadreId)), a.meetingOn, a.members, a.present,
                a.inFavour);
        AppointmentView.Publicity publicity = a.publicityStart == null ? null
                : new AppointmentView.Publicity(a.publicityStart, a.publicityLastDay, a.objectionsOpen);
        return new AppointmentView(a.id, a.unitId, row.unitName(), a.postTitle, a.rankLevel, a.reason, a.method, a.stage,
                a.votingSessionId, candidates, decision, publicity, a.appointedOn, a.withdrawnReason,
                a.steps.stream().map(s -> new AppointmentView.Step(s.stage, s.actor, s.at, s.note)).toList(),
                allowedCommands(a, row.unitPath()), a.createdBy, a.createdAt, a.version);
    }

    /**
     * The steps the caller may take now: those the trail's stage allows, for HR of its unit (or above) and
     * administrators; none for a reader (a leader, an inspector, HR of a unit below).
     */
    private List<AppointmentWorkflow.Command> allowedCommands(Appointment a, String unitPath) {
        if (!scope.mayWriteAt(unitPath)) {
            return List.of();
        }
        return Arrays.stream(AppointmentWorkflow.Command.values()).filter(a::allows).toList();
    }
}
