package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.training.domain.Enrolment;
import org.benling.training.domain.TrainingClass;
import org.benling.training.rest.api.AttendanceRequest;
import org.benling.training.rest.api.ClassRequest;
import org.benling.training.rest.api.ClassView;
import org.benling.training.rest.api.CompletionRequest;
import org.benling.training.rest.api.DesignationRequest;
import org.benling.training.rest.api.EnrolmentView;
import org.benling.training.service.ClassAccess;
import org.benling.training.service.ClassCommands;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/classes")
@Tag(name = "培训班 Classes")
public class ClassResource {

    private static final Map<String, String> SORTABLE = Map.of("startDate", "c.start_date", "title", "c.title",
            "status", "c.status");

    @Inject org.benling.platform.audit.AuditTrail audit;
    @Inject ClassCommands classes;
    @Inject ClassAccess access;
    @Inject CadreDirectory cadres;
    @Inject UnitScope scope;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "培训班列表 / Classes", description = "开放报名及本单位范围内的培训班，按开班日期；"
            + "status；sort=startDate|title|status。 / Classes open to the caller or organised within the caller's scope,"
            + " by start date.")
    @Transactional
    public PageResult<ClassView> list(@QueryParam("status") String status, @BeanParam PageParams paging) {
        return access.visible(QueryValue.parse("status", status, TrainingClass.Status::valueOf),
                paging.query(SORTABLE, "startDate,desc"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "培训班详情 / One class")
    @Transactional
    public ClassView get(@PathParam("id") UUID id) {
        return ClassView.of(access.get(id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "开班 / Create a class")
    @Transactional
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClassView.class)))
    public Response create(@NotNull @Valid ClassRequest request) {
        TrainingClass c = classes.create(request);
        return Created.at("/api/training/classes", c.id, ClassView.of(c));
    }

    @GET
    @Path("/{id}/enrolments")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "学员名单 / The class roster, enrolled and waitlisted")
    @Transactional
    public List<EnrolmentView> enrolments(@PathParam("id") UUID id) {
        TrainingClass c = access.get(id);
        if (!scope.mayRead(c.unitId)) {
            throw org.benling.platform.problem.ProblemException.notFound("Class", id);
        }
        return Enrolment.ofClass(c).stream().map(this::view).toList();
    }

    @POST
    @Idempotent
    @Path("/{id}/enrolments")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "报名或点名调训 / Enrol self, or designate cadres (HR)", description = "不带 cadreIds：本人报名；"
            + "带 cadreIds：组织人事部门点名调训。满员后进入候补。/ Without cadreIds the caller enrols; with them HR"
            + " designates. A full class puts newcomers on the waitlist.")
    @Transactional
    public List<EnrolmentView> enrol(@PathParam("id") UUID id, DesignationRequest request) {
        return classes.enrol(id, request == null ? null : request.cadreIds()).stream().map(this::view).toList();
    }

    @DELETE
    @IfMatch(value = Enrolment.class, param = "enrolmentId")
    @Path("/{id}/enrolments/{enrolmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "退出 / Withdraw (the first on the waitlist takes the place)")
    @Transactional
    public EnrolmentView withdraw(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId) {
        return view(classes.withdraw(id, enrolmentId));
    }

    @PUT
    @IfMatch(TrainingClass.class)
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "考勤 / Record one day's attendance and leave (学时)")
    @Transactional
    public List<EnrolmentView> attendance(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequest request) {
        classes.recordAttendance(id, request.day(), request.entries());
        return enrolments(id);
    }

    @POST
    @Idempotent
    @IfMatch(TrainingClass.class)
    @Path("/{id}/completion")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "结业 / Complete the class", description = "请假超过学时 1/7 者不合格；合格者生成培训记录。"
            + " / Leave above 1/7 of the 学时 fails; every completion becomes a training record.")
    @Transactional
    public List<EnrolmentView> complete(@PathParam("id") UUID id, CompletionRequest request) {
        return classes.complete(id, request == null ? null : request.results()).stream().map(this::view).toList();
    }

    private EnrolmentView view(Enrolment e) {
        return EnrolmentView.of(e, cadres.find(e.cadreId));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "变更记录 / Who changed the class, its enrolments and attendance, when, before and after",
            description = "subject：class、enrolment:<cadreId>、attendance:<cadreId>:<day>")
    public List<org.benling.platform.audit.AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(access.auditSubjects(id));
    }
}
