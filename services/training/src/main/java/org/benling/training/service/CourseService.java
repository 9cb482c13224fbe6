package org.benling.training.service;

import org.benling.platform.audit.AuditTrail;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.problem.ProblemException;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.benling.training.domain.CourseModule;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.rest.api.CourseRequest;

/** The course catalogue: everyone reads it, HR and administrators maintain it. */
@ApplicationScoped
public class CourseService {

    public static final Map<String, String> SORTABLE = Map.of("code", "code", "title", "title", "creditHours", "creditHours");

    @Inject TrainingPolicy policy;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Course> search(String text, CourseKind kind, Capability capability, PageQuery paging) {
        StringBuilder where = new StringBuilder("active = true");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(title) like :text or lower(code) like :text)");
            params.and("text", Like.contains(text.toLowerCase()));
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (capability != null) {
            where.append(" and array_contains(capabilities, :capability)");
            params.and("capability", capability.name());
        }
        PanacheQuery<Course> query = Course.find(where.toString(), paging.toSort("code"), params);
        return PageResult.of(query.page(Page.of(paging.page(), paging.size())).list(), paging, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The course and its modules, those removed since included, as audited records. */
    @SuppressWarnings("unchecked")
    public List<AuditTrail.Subject> auditSubjects(UUID id) {
        Course c = get(id);
        List<AuditTrail.Subject> subjects = new java.util.ArrayList<>();
        subjects.add(new AuditTrail.Subject("course", Course.class, c.id));
        ((List<UUID>) Course.getEntityManager().createNativeQuery(
                "SELECT DISTINCT id FROM course_module_aud WHERE course_id = :course", UUID.class)
                .setParameter("course", c.id).getResultList())
                .forEach(module -> subjects.add(new AuditTrail.Subject("module:" + module, CourseModule.class, module)));
        return subjects;
    }

    public Course get(UUID id) {
        return Course.<Course>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Course", id));
    }

    @Transactional
    public Course create(CourseRequest r) {
        if (Course.count("code", r.code()) > 0) {
            throw ProblemException.conflict("duplicate-course-code", "course code " + r.code() + " already exists");
        }
        Course c = new Course();
        c.id = UUID.randomUUID();
        c.code = r.code();
        apply(c, r);
        c.persist();
        return c;
    }

    @Transactional
    public Course update(UUID id, CourseRequest r) {
        Course c = get(id);
        if (r.version() == null || r.version() != c.version) {
            throw ProblemException.conflict("stale", "the course was changed by someone else; reload it");
        }
        apply(c, r);
        return c;
    }

    private void apply(Course c, CourseRequest r) {
        c.title = r.title().trim();
        c.kind = r.kind();
        c.capabilities(r.capabilities());
        c.creditHours = r.creditHours().setScale(2, java.math.RoundingMode.HALF_UP);
        c.online = r.online() || r.kind() == CourseKind.ONLINE;
        c.offJobDays = c.online ? 0 : r.offJobDays();
        c.provider = r.provider();
        c.description = r.description();
        c.modules.clear();
        List<CourseRequest.ModuleRequest> modules = r.modules() == null ? List.of() : r.modules();
        for (int i = 0; i < modules.size(); i++) {
            CourseModule m = new CourseModule();
            m.id = UUID.randomUUID();
            m.course = c;
            m.position = i + 1;
            m.title = modules.get(i).title();
            m.minutes = modules.get(i).minutes();
            m.hasTest = modules.get(i).hasTest();
            c.modules.add(m);
        }
        c.recomputeCredit(policy);
    }
}
