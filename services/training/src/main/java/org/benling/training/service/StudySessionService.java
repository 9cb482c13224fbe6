package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.StudySession;
import org.benling.training.domain.rules.StudySessionRules;
import org.benling.training.events.TrainingEventPublisher;
import org.benling.training.rest.api.StudySessionRequest;
import org.benling.training.rest.api.StudySessionView;

/**
 * 理论学习中心组学习: HR of a unit (or an administrator) records its leadership team's study sessions and corrects
 * them; each record and correction is announced (StudySessionRecorded, in the same transaction). Read like the unit's
 * other records — HR and inspectors their subtree, leaders and administrators all — and by a cadre, the sessions the
 * cadre attended.
 */
@ApplicationScoped
public class StudySessionService {

    public record SessionFilter(UUID unitId, Integer year, UUID cadreId, String q) {
    }

    /** A page's session with what its view shows from the read model. */
    private record Row(StudySession session, String unitName) {
    }

    /** The sessions a cadre attended (GIN index on attendee_ids). */
    private static final String ATTENDED = "s.attendee_ids @> ARRAY[CAST(:%s AS uuid)]";

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject TrainingEventPublisher events;
    @Inject Clock clock;

    @Transactional
    public StudySession create(StudySessionRequest r) {
        scope.requireWritableUnit(r.unitId(), "only HR of the unit records its study sessions");
        check(r);
        StudySession s = new StudySession();
        s.id = UUID.randomUUID();
        s.unitId = r.unitId();
        apply(s, r);
        s.persist();
        events.studySession(s);
        return s;
    }

    /** A correction: the same rules as a new record; the session stays with its unit; announced again. */
    @Transactional
    public StudySession correct(UUID id, StudySessionRequest r) {
        StudySession s = readable(id);
        if (!scope.mayWrite(s.unitId)) {
            throw ProblemException.forbidden("only HR of the unit corrects its study sessions");
        }
        if (!s.unitId.equals(r.unitId())) {
            throw ProblemException.invalidField("unitId", "学习记录不能改到其他单位 / a session cannot move to another unit");
        }
        check(r);
        apply(s, r);
        events.studySession(s);
        return s;
    }

    /** A session the caller may read: of its unit subtree (or any), or — for a cadre — one it attended; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StudySession readable(UUID id) {
        return StudySession.<StudySession>findByIdOptional(id).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("Study session", id));
    }

    /**
     * The sessions in the caller's scope, one page: the unit subtree filter, the year held, a cadre who attended and
     * the topic; the attendees' names for the whole page in one statement.
     */
    public PageResult<StudySessionView> list(SessionFilter f, PageQuery page) {
        ReadScope read = scope.readScope();
        NativeFilter filter = new NativeFilter(" FROM study_session s JOIN unit_view u ON u.id = s.unit_id");
        if (read instanceof ReadScope.Self self) {
            // a cadre's "own" sessions are those it attended
            filter.and(ATTENDED.formatted("scopeSelf"), "scopeSelf", self.cadreId());
        } else {
            filter.scope(read, "u.path", null);
        }
        PageResult<Row> rows = filter.inSubtreeOf("u.path", f.unitId())
                .and(ATTENDED.formatted("attendee"), "attendee", f.cadreId())
                .and("extract(year FROM s.held_on) = :year", "year", f.year())
                .and("s.topic ILIKE :q", "q", Like.contains(f.q()))
                .pageOf(em, StudySession.class, "s.id", "u.name", page, (s, row) -> new Row(s, (String) row[1]));
        return new PageResult<>(views(rows.items()), rows.page(), rows.size(), rows.total(), rows.totalPages());
    }

    public StudySessionView view(StudySession s) {
        return views(List.of(new Row(s, unitName(s.unitId)))).get(0);
    }

    private boolean visible(StudySession s) {
        return scope.readScope() instanceof ReadScope.Self self ? s.attendedBy(self.cadreId()) : scope.mayRead(s.unitId);
    }

    /** What Bean Validation cannot see: the day against the business clock, each attendee against the read model. */
    private void check(StudySessionRequest r) {
        List<Problem.Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (!StudySessionRules.held(r.heldOn(), today)) {
            violations.add(new Problem.Violation("heldOn", "学习日期不能晚于今天（" + today + "）/ must not be after today ("
                    + today + ")"));
        }
        List<UUID> attendees = r.attendeeIds();
        Map<UUID, CadreRef> known = cadres.findAll(Set.copyOf(attendees));
        for (int i = 0; i < attendees.size(); i++) {
            CadreRef cadre = known.get(attendees.get(i));
            if (cadre == null || !cadre.active() || !cadre.unitId().equals(r.unitId())) {
                violations.add(new Problem.Violation("attendeeIds[" + i + "]", "不是本单位领导班子的在职干部 / not an active"
                        + " cadre of the unit: " + attendees.get(i)));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the study session is invalid / 学习记录有误", violations);
        }
    }

    private void apply(StudySession s, StudySessionRequest r) {
        s.record(r.topic(), r.heldOn(), r.hours(), r.speakers(), r.attendeeIds(),
                r.reports() == null ? List.of() : r.reports(), r.capabilities(), caller.name(), clock.instant());
    }

    /** The views of a page: every attendee's number and name in one statement. */
    private List<StudySessionView> views(List<Row> rows) {
        Map<UUID, CadreRef> known = cadres.findAll(rows.stream().flatMap(r -> r.session().attendees().stream())
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> StudySessionView.of(r.session(), r.unitName(), r.session().attendees().stream()
                .map(id -> attendee(id, known.get(id))).toList())).toList();
    }

    private static StudySessionView.Attendee attendee(UUID id, CadreRef cadre) {
        return new StudySessionView.Attendee(id, cadre == null ? null : cadre.employeeNumber(),
                cadre == null ? null : cadre.name());
    }

    private String unitName(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT name FROM unit_view WHERE id = :id").setParameter("id", unitId)
                .getResultList();
        return names.stream().findFirst().orElse(null);
    }
}
