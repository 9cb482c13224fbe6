package org.benling.selection.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.benling.selection.rest.api.BallotForm;
import org.benling.selection.rest.api.BallotRequest;
import org.benling.selection.rest.api.CodeRequest;
import org.benling.selection.service.BallotService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ballot page's two calls, without a login: the one-time code is the credential, sent in the body so that no
 * address (and no access log) holds it.
 */
@Path("/api/selection/ballot")
@Tag(name = "网上投票 Voting sessions")
public class BallotResource {

    @Inject BallotService ballots;

    @POST
    @Path("/form")
    @PermitAll
    @Operation(summary = "凭投票码取得选票 / The ballot of a one-time code",
            description = "无需登录：投票码即凭据；无效码 400（code），已投 409 code-used，未开始或已结束 409 voting-closed / no login:"
                    + " the code is the credential")
    public BallotForm form(@NotNull @Valid CodeRequest body) {
        return ballots.form(body.code());
    }

    @POST
    @PermitAll
    @Operation(summary = "投票 / Cast the ballot of a one-time code",
            description = "每个投票码只能投一次；选票不与投票码关联保存 / each code votes once; the ballot is kept without"
                    + " the code")
    @APIResponse(responseCode = "204", description = "已计入票箱 / In the ballot box")
    public Response cast(@NotNull @Valid BallotRequest body) {
        ballots.cast(body);
        return Response.noContent().build();
    }
}
