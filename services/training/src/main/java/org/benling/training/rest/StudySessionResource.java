package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.training.domain.StudySession;
import org.benling.training.rest.api.StudySessionRequest;
import org.benling.training.rest.api.StudySessionView;
import org.benling.training.service.StudySessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 理论学习中心组学习: a unit's leadership team's study sessions, learning evidence of each member who attended. */
@Path("/api/training/study-sessions")
@Tag(name = "中心组学习 Study sessions")
public class StudySessionResource {

    private static final Map<String, String> SORTABLE = Map.of("heldOn", "s.held_on", "topic", "s.topic");

    @Inject StudySessionService sessions;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "理论学习中心组学习记录 / Study sessions of leadership teams in scope (a cadre's: those attended)",
            description = "unitId（含下级）、year（学习年度）、cadreId（参加者）、q（主题）；sort=heldOn|topic，默认 heldOn,desc"
                    + " / unitId (with its subtree), year held, cadreId (an attendee), q (the topic)")
    public PageResult<StudySessionView> list(@QueryParam("unitId") String unitId, @QueryParam("year") String year,
            @QueryParam("cadreId") String cadreId, @QueryParam("q") String q, @BeanParam PageParams paging) {
        return sessions.list(new StudySessionService.SessionFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("year", year, Integer::valueOf), QueryValue.parse("cadreId", cadreId, UUID::fromString), q),
                paging.query(SORTABLE, "heldOn,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "登记中心组学习 / Record a study session of a unit's leadership team",
            description = "参加者须为该单位在职干部；学习日期不晚于今天；学时大于 0、至多 8；所学本领默认学习本领、政治领导本领。"
                    + " / Attendees are active cadres of the unit; held today at the latest; more than 0 and at most"
                    + " 8 学时; capabilities default to LEARNING and POLITICAL_LEADERSHIP.")
    @APIResponse(responseCode = "201", description = "已登记 / Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StudySessionView.class)))
    public Response create(@NotNull @Valid StudySessionRequest request) {
        StudySession s = sessions.create(request);
        return Created.at("/api/training/study-sessions", s.id, sessions.view(s));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "一次中心组学习 / One study session, with its attendees")
    public StudySessionView get(@PathParam("id") UUID id) {
        return sessions.view(sessions.readable(id));
    }

    @PUT
    @IfMatch(StudySession.class)
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "更正中心组学习记录 / Correct a study session (the same rules; announced again; audited)")
    public StudySessionView correct(@PathParam("id") UUID id, @NotNull @Valid StudySessionRequest request) {
        return sessions.view(sessions.correct(id, request));
    }
}
