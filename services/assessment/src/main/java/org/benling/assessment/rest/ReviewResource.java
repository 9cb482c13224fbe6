package org.benling.assessment.rest;

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
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.rest.api.AddReviewRequest;
import org.benling.assessment.rest.api.BallotsRequest;
import org.benling.assessment.rest.api.Democratic;
import org.benling.assessment.rest.api.GradeAfterConclusion;
import org.benling.assessment.rest.api.Rating;
import org.benling.assessment.rest.api.ReviewDetail;
import org.benling.assessment.rest.api.ReviewRow;
import org.benling.assessment.rest.api.SelfReportRequest;
import org.benling.assessment.service.ReviewCommands;
import org.benling.assessment.service.ReviewQueries;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessment/cycles/{cycleId}/reviews")
@Tag(name = "考核表 Reviews")
public class ReviewResource {

    private static final Map<String, String> SORTABLE = Map.of("employeeNumber", "c.employee_number", "name", "c.name",
            "grade", "coalesce(r.final_grade, r.proposed_grade)");

    @Inject ReviewCommands reviews;
    @Inject ReviewQueries views;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "周期内考核表 / Reviews of a cycle",
            description = "q 按姓名或工号；grade 按拟定/确定等次；sort=employeeNumber|name|grade")
    public PageResult<ReviewRow> list(@PathParam("cycleId") UUID cycleId, @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("grade") String grade, @BeanParam PageParams paging) {
        return views.list(cycleId, q, QueryValue.parse("grade", grade, Grade::valueOf),
                paging.query(SORTABLE, "employeeNumber"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "补充考核对象 / Add a cadre who joined the unit after the cycle opened")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReviewDetail.class)))
    public Response add(@PathParam("cycleId") UUID cycleId, @Valid @NotNull AddReviewRequest request) {
        Review r = reviews.add(cycleId, request.cadreId());
        return Created.at("/api/assessment/cycles/" + cycleId + "/reviews", r.id, views.detail(r));
    }

    @GET
    @Path("/{reviewId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "考核表 / A review: self-report, ratings, democratic evaluation, grades and consequences")
    public ReviewDetail get(@PathParam("cycleId") UUID cycleId, @PathParam("reviewId") UUID reviewId) {
        return views.detail(views.readable(cycleId, reviewId));
    }

    @PUT
    @IfMatch(value = Review.class, param = "reviewId")
    @Path("/{reviewId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "评鉴与拟定等次 / The superior's rating, scores and the proposed grade",
            description = "实绩/作风/行为与八项本领 0–100 分；需带回读取时的 version")
    public ReviewDetail rate(@PathParam("cycleId") UUID cycleId, @PathParam("reviewId") UUID reviewId,
            @NotNull @Valid Rating rating) {
        return views.detail(reviews.rate(cycleId, reviewId, rating));
    }

    @PUT
    @IfMatch(value = Review.class, param = "reviewId")
    @Path("/{reviewId}/self-report")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "述职述责述廉 / The cadre's self-report")
    public ReviewDetail selfReport(@PathParam("cycleId") UUID cycleId, @PathParam("reviewId") UUID reviewId,
            @Valid @NotNull SelfReportRequest request) {
        return views.detail(reviews.selfReport(cycleId, reviewId, request.text(), request.version()));
    }

    @POST
    @Idempotent
    @IfMatch(value = Review.class, param = "reviewId")
    @Path("/{reviewId}/ballots")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "录入民主测评票 / Record anonymous democratic-evaluation ballots",
            description = "不记录投票人；任一票无效则全部不录入 / no voter is stored; one invalid ballot records none")
    public Democratic ballots(@PathParam("cycleId") UUID cycleId, @PathParam("reviewId") UUID reviewId,
            @Valid @NotNull BallotsRequest request) {
        return reviews.ballots(cycleId, reviewId, request.ballots());
    }

    @POST
    @Idempotent
    @IfMatch(value = Review.class, param = "reviewId")
    @Path("/{reviewId}/grade-after-conclusion")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "补定等次 / Fix the grade of a year kept ungraded while a case was pending",
            description = "仅在定等时因待结论事项暂不定等次、且该事项已作出结论的考核；按结论的影响补定（不予处分：任一等次；"
                    + "党内警告等：不得评为优秀；更重的处分：不定等次或不称职由结论决定，grade 为空）。记录理由并留痕 / only a "
                    + "review finalised while a case was pending, once concluded; the grade must be one the outcome allows; "
                    + "where the outcome decides (不定等次, 不称职), leave grade empty. Audited.")
    public ReviewDetail gradeAfterConclusion(@PathParam("cycleId") UUID cycleId, @PathParam("reviewId") UUID reviewId,
            @Valid @NotNull GradeAfterConclusion request) {
        return views.detail(reviews.gradeAfterConclusion(cycleId, reviewId, request));
    }

    @GET
    @Path("/{reviewId}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the review and entered its ballots, when, before and after",
            description = "subject：review、ballot:<id>（测评票不记投票人，只记录入账号 / ballots name who entered them, never the voter）")
    public List<AuditEntry> audit(@PathParam("cycleId") UUID cycleId, @PathParam("reviewId") UUID reviewId) {
        return views.audit(cycleId, reviewId);
    }
}
