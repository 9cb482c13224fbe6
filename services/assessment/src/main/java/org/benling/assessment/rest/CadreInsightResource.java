package org.benling.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.rest.api.AssessmentFiguresView;
import org.benling.assessment.rest.api.EligibilityView;
import org.benling.assessment.rest.api.GapView;
import org.benling.assessment.rest.api.Profile;
import org.benling.assessment.rest.api.RegradeRow;
import org.benling.assessment.rest.api.ReviewDetail;
import org.benling.assessment.service.AssessmentFigures;
import org.benling.assessment.service.CadreInsights;
import org.benling.assessment.service.RegradeReport;
import org.benling.assessment.service.ReviewQueries;
import org.benling.contracts.Capability;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Roles;
import org.benling.platform.web.QueryValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessment")
@Tag(name = "能力画像 Profiles")
public class CadreInsightResource {

    private static final Map<String, String> GAP_SORTABLE = Map.of("openedAt", "g.opened_at", "score", "g.score",
            "name", "c.name", "capability", "g.capability");

    @Inject RegradeReport regrade;
    @Inject CadreInsights insights;
    @Inject ReviewQueries reviews;
    @Inject AssessmentFigures figures;

    @GET
    @Path("/profiles/{cadreId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "能力画像 / A cadre's capability profile",
            description = "八项本领得分、同职级中位数、每项得分的依据与历年变化 / score per capability, the peer median, "
                    + "the evidence behind each score and its history per cycle")
    public Profile profile(@PathParam("cadreId") UUID cadreId) {
        return insights.profile(cadreId);
    }

    @GET
    @Path("/eligibility/{cadreId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "考察对象资格 / Eligibility as a promotion candidate (选任条例)",
            description = "近三年考核结果有基本称职及以下、处分或组织处理影响期内的，不能作为考察对象；理由结构化，不含处分种类"
                    + " / not with 基本称职 or worse in the last three finalised results, nor under a measure's influence;"
                    + " structured reasons that never name the measure")
    public EligibilityView eligibility(@PathParam("cadreId") UUID cadreId) {
        return insights.eligibility(cadreId);
    }

    @GET
    @Path("/gaps")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "能力短板 / Capability gaps in scope",
            description = "unitId（含下级）、status（OPEN|CLOSED）、capability、cadreId；sort=openedAt|score|name|capability")
    public PageResult<GapView> gaps(@QueryParam("unitId") String unitId, @QueryParam("status") String status,
            @QueryParam("capability") String capability, @QueryParam("cadreId") String cadreId,
            @BeanParam PageParams paging) {
        return insights.gaps(new CadreInsights.GapFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, Gap.Status::valueOf),
                QueryValue.parse("capability", capability, Capability::valueOf),
                QueryValue.parse("cadreId", cadreId, UUID::fromString)),
                paging.query(GAP_SORTABLE, "openedAt,desc"));
    }

    @GET
    @Path("/gaps/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "能力短板详情 / A capability gap")
    public GapView gap(@PathParam("id") UUID id) {
        return insights.gap(id);
    }

    @GET
    @Path("/regrade-report")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "按现行规则等次不同的已定考核 / Final reviews the supervision rules would grade differently today",
            description = "已定等次不改写；列出按处分和组织处理目录现在应为不定等次、不称职、待结论或不得评为优秀的考核，供人事部门复核。"
                    + "year、unitId（含下级）；按年度倒序 / final grades are not rewritten; lists the reviews that would now be "
                    + "不定等次, 不称职, pending a conclusion, or not 优秀, for HR to review; newest year first")
    public PageResult<RegradeRow> regradeReport(@QueryParam("year") Integer year, @QueryParam("unitId") String unitId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return regrade.list(new RegradeReport.Filter(year, QueryValue.parse("unitId", unitId, UUID::fromString)),
                PageQuery.of(page, size, null, Map.of("year", "r.year"), "year,desc"));
    }

    @GET
    @Path("/me/reviews")
    @RolesAllowed({Roles.CADRE})
    @Operation(summary = "我的考核 / My reviews, newest first")
    public List<ReviewDetail> myReviews() {
        return reviews.mine();
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "八项本领与考核等次统计 / The eight capabilities and the grades by child unit",
            description = "unitId（默认本单位，领导为全局）按下级单位：各项本领平均分与未关闭短板数；year（默认最近已确定等次的年度）各等次人数与优秀限额"
                    + " / by child unit of unitId (default: the caller's, the bureau for leaders): average score and open gaps"
                    + " per capability; the grades of the year (default: the latest finalised) against the 优秀 quota")
    public AssessmentFiguresView figures(@QueryParam("unitId") String unitId,
            @QueryParam("year") @jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2100) Integer year) {
        return figures.of(QueryValue.parse("unitId", unitId, UUID::fromString), year);
    }
}
