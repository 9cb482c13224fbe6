package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.benling.training.rest.api.CourseRequest;
import org.benling.training.rest.api.CourseView;
import org.benling.training.service.CourseService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/courses")
@Tag(name = "培训课程 Courses")
public class CourseResource {

    @Inject CourseService courses;
    @Inject org.benling.platform.audit.AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "课程目录 / Course catalogue", description = "按名称、类型、所提升的本领筛选。/ By title, kind and capability.")
    public PageResult<CourseView> search(@QueryParam("q") @Size(max = 100) String q, @QueryParam("kind") String kind,
            @QueryParam("capability") String capability, @BeanParam PageParams paging) {
        return courses.search(q, QueryValue.parse("kind", kind, CourseKind::valueOf),
                QueryValue.parse("capability", capability, Capability::valueOf),
                paging.query(CourseService.SORTABLE, "code")).map(CourseView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "课程详情 / One course")
    public CourseView get(@PathParam("id") UUID id) {
        return CourseView.of(courses.get(id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "新建课程 / Create a course", description = "在线课程的学时按模块时长折算。"
            + " / An online course's 学时 follow from its modules' lengths.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CourseView.class)))
    public Response create(@NotNull @Valid CourseRequest request) {
        var course = courses.create(request);
        return Created.at("/api/training/courses", course.id, CourseView.of(course));
    }

    @PUT
    @IfMatch(Course.class)
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "修改课程 / Update a course")
    public CourseView update(@PathParam("id") UUID id, @NotNull @Valid CourseRequest request) {
        return CourseView.of(courses.update(id, request));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "变更记录 / Who changed the course and its modules, when, before and after",
            description = "subject：course、module:<id>")
    public List<org.benling.platform.audit.AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(courses.auditSubjects(id));
    }
}
