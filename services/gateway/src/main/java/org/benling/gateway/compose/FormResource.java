package org.benling.gateway.compose;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.gateway.compose.OwnerCalls.Caller;
import org.benling.gateway.web.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The official forms filled from a cadre's portfolio, as the caller may see it. */
@Path("/api/cadres/{id}/appointment-form")
@Tag(name = "干部全景档案 Portfolio")
public class FormResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PROBLEM = "application/problem+json";

    @Inject PortfolioComposer composer;
    @Inject SecurityIdentity identity;
    @Inject RoutingContext request;
    @Inject java.time.Clock clock;

    @GET
    @Produces({DOCX, PROBLEM})
    @RolesAllowed({"hr", "leader", "admin"})
    @Operation(operationId = "FormResource_appointmentForm", summary = "干部任免审批表（.docx）/ The appointment-and-removal form",
            description = "按组织部门通用格式生成，基本信息、简历、奖惩情况与年度考核结果取自全景档案；民族、籍贯、拟任拟免职务、任免理由、家庭成员及审批意见留空待填。"
                    + " / In the layout organisation departments exchange: the basic data, 简历, rewards and penalties and the"
                    + " annual grades from the portfolio (as the caller may see it); what Benling does not hold is left blank.")
    @APIResponse(responseCode = "200", description = "Word 文档 / A Word document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "人事服务不可用 / The personnel service is unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Uni<Response> appointmentForm(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity, request);
        String requestId = caller.requestId();
        return composer.compose(id, caller)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(portfolio -> {
                    if (portfolio.cadre() == null) {
                        // the form's heart is personnel's record: without it there is no form to print
                        return Response.status(503).type(PROBLEM).header("Retry-After", "5")
                                .entity(Problems.body(503, "service-unavailable", "Service unavailable",
                                        "the personnel service is unavailable; try again shortly", request.request().path(),
                                        requestId)).build();
                    }
                    String name = portfolio.cadre().path("name").asText();
                    String file = URLEncoder.encode("干部任免审批表-" + name + ".docx", StandardCharsets.UTF_8).replace("+", "%20");
                    return Response.ok(AppointmentForm.of(portfolio, LocalDate.now(clock)), DOCX)
                            .header("Content-Disposition", "attachment; filename=\"appointment-form.docx\"; filename*=UTF-8''" + file)
                            .build();
                });
    }
}
