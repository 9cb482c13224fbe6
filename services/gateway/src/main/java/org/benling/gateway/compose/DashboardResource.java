package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.benling.gateway.compose.OwnerCalls.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The leadership dashboard, composed from the owners' figures like the portfolio. A complete answer is kept for a
 * short time ({@code quarkus.cache.caffeine.dashboard.expire-after-write}) per scope — the caller's roles and unit,
 * which are all the owners' answers depend on — and the unit and year asked; {@code fresh=true} asks the owners again.
 * An answer with a section missing is never kept.
 */
@Path("/api/dashboard")
@Tag(name = "领导驾驶舱 Dashboard")
public class DashboardResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject OwnerCalls owners;
    @Inject java.time.Clock clock;
    @Inject SecurityIdentity identity;
    @Inject JsonWebToken jwt;
    @Inject RoutingContext request;
    @Inject @CacheName("dashboard") Cache cache;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"hr", "inspector", "leader", "admin"})
    @Operation(operationId = "DashboardResource_dashboard", summary = "领导驾驶舱 / The leadership dashboard",
            description = "unitId（默认本单位，领导为全局）、year（考核与交流的年度，默认最近）；八项本领热力、学时达标率、考核等次与限额、实践锻炼流向、巡视覆盖与整改逾期、"
                    + "四种形态（仅领导与巡视巡察人员），各由所属服务在本库计算；短时缓存，fresh=true 重新计算。"
                    + " / unitId (default: the caller's unit, the bureau for leaders), year (assessment and postings; default"
                    + " the latest): the capability heat map, 学时 compliance, grades against the quota, posting flows,"
                    + " inspection coverage and overdue rectifications, the four forms (leaders and inspectors only), each"
                    + " computed by its owner; cached briefly, fresh=true asks again.")
    @APIResponse(responseCode = "200", description = "驾驶舱 / The dashboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "404", description = "单位不存在或不在范围内 / No such unit in the caller's scope",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "400", description = "参数超出范围 / A parameter outside its limits",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Uni<Dashboard> dashboard(@QueryParam("unitId") UUID unitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("fresh") boolean fresh) {
        String key = new TreeSet<>(identity.getRoles()) + "|" + claim("unit_id") + "|" + unitId + "|" + year;
        CaffeineCache kept = cache.as(CaffeineCache.class);
        CompletableFuture<Object> hit = fresh ? null : kept.getIfPresent(key);
        if (hit != null) {
            return Uni.createFrom().completionStage(hit).map(Dashboard.class::cast);
        }
        Caller caller = Caller.of(identity, request);
        List<DashboardSection> sections = Arrays.asList(DashboardSection.values());
        return Uni.join().all(sections.stream().map(s -> owners.section(s.service(), s.uri(unitId, year), caller)).toList())
                .andFailFast().map(answers -> {
                    Map<DashboardSection, JsonNode> data = new EnumMap<>(DashboardSection.class);
                    List<Dashboard.Section> states = new ArrayList<>();
                    for (int i = 0; i < sections.size(); i++) {
                        OwnerCalls.Section answer = answers.get(i);
                        if (answer.data() != null) {
                            data.put(sections.get(i), answer.data());
                        }
                        states.add(new Dashboard.Section(sections.get(i), sections.get(i).service(), answer.status(),
                                answer.detail()));
                    }
                    boolean shown = states.stream().anyMatch(st -> st.section().resolvesUnit()
                            && st.status() == SectionStatus.AVAILABLE);
                    boolean notTheirs = states.stream().anyMatch(st -> st.section().resolvesUnit()
                            && st.status() == SectionStatus.NOT_FOUND);
                    if (unitId != null && !shown && notTheirs) {
                        // no owner that knows the unit shows it to the caller, and some say it is not theirs to see
                        throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(404)
                                .type(PROBLEM).entity(org.benling.gateway.web.Problems.body(404, "not-found", "Not found",
                                        "Unit " + unitId + " not found", "/api/dashboard", caller.requestId())).build());
                    }
                    Dashboard dashboard = Dashboard.of(unitId, year, Instant.now(clock), states, data);
                    if (states.stream().noneMatch(s -> s.status() == SectionStatus.UNAVAILABLE)) {
                        kept.put(key, CompletableFuture.completedFuture(dashboard));
                    }
                    return dashboard;
                });
    }

    private String claim(String name) {
        Object value = jwt == null ? null : jwt.getClaim(name);
        return value == null ? "" : value.toString();
    }
}
