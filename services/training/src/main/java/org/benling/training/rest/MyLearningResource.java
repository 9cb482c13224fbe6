package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.CallerLanguage;
import org.benling.training.domain.Proposal;
import org.benling.training.rest.api.MyLearning;
import org.benling.training.rest.api.ProposalView;
import org.benling.training.service.MyLearningViews;
import org.benling.training.service.ProposalService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training")
@Tag(name = "我的学习 My learning")
public class MyLearningResource {

    @Inject MyLearningViews views;
    @Inject ProposalService proposals;
    @Inject CallerLanguage language;

    @GET
    @Path("/me")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "我的学习 / My classes, my 学时 against my requirements, my proposals")
    @APIResponse(responseCode = "200", description = "我的学习 / My learning")
    @APIResponse(responseCode = "404", description = "账号未关联干部 / Your account is not linked to a cadre")
    public MyLearning me() {
        return views.ofCaller();
    }

    @GET
    @Path("/proposals/cadres/{cadreId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "针对性培训建议 / Targeted training proposed to a cadre")
    public List<ProposalView> proposals(@PathParam("cadreId") UUID cadreId) {
        return views.proposalsFor(cadreId);
    }

    @GET
    @Path("/proposals/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "培训建议详情 / A training proposal")
    public ProposalView proposal(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.readable(id), language.get());
    }

    @POST
    @Idempotent
    @IfMatch(Proposal.class)
    @Path("/proposals/{id}/accept")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "采纳建议 / Accept a proposal")
    public ProposalView accept(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.decide(id, Proposal.Status.ACCEPTED), language.get());
    }

    @POST
    @Idempotent
    @IfMatch(Proposal.class)
    @Path("/proposals/{id}/dismiss")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "不采纳建议 / Dismiss a proposal")
    public ProposalView dismiss(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.decide(id, Proposal.Status.DISMISSED), language.get());
    }
}
