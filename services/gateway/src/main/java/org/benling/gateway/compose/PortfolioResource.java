package org.benling.gateway.compose;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.benling.gateway.compose.OwnerCalls.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Views the gateway composes from the services that own their parts (ARCHITECTURE.md, "REST surface"). */
@Path("/api/cadres/{id}/portfolio")
@Tag(name = "干部全景档案 Portfolio")
public class PortfolioResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject PortfolioComposer composer;
    @Inject SecurityIdentity identity;
    @Inject RoutingContext request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cadre", "hr", "inspector", "leader", "admin"})
    @Operation(operationId = "PortfolioResource_portfolio", summary = "干部全景档案 / A cadre's whole record",
            description = "基本信息与任职经历、培训学时与记录、考核等次与本领画像、短板、资格、实践锻炼、巡视问题、监督措施，各部分由所属服务按调用者权限提供；"
                    + "范围外的干部返回 404；某服务不可用时该部分标为 UNAVAILABLE，其余照常返回。"
                    + " / The basic record and history, training hours and records, grades and the capability profile, gaps,"
                    + " eligibility, postings, findings and supervision measures, each section from its owner as the caller"
                    + " may see it; 404 outside the caller's scope; a section whose owner is down is marked UNAVAILABLE and"
                    + " the rest is still answered.")
    @APIResponse(responseCode = "200", description = "全景档案 / The portfolio",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portfolio.class)))
    @APIResponse(responseCode = "503", description = "人事服务不可用且无其他服务应答 / Personnel is down and no other owner answered",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Uni<Portfolio> portfolio(@PathParam("id") UUID id) {
        return composer.compose(id, Caller.of(identity, request));
    }
}
