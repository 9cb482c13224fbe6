package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.idempotency.IdempotencyKeys;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Roles;
import org.benling.platform.web.QueryValue;
import org.benling.training.domain.TrainingRecord;
import org.benling.training.rest.api.RecordRequest;
import org.benling.training.rest.api.RecordView;
import org.benling.training.service.RecordService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/records")
@Tag(name = "培训记录 Records")
public class RecordResource {

    private static final Map<String, String> SORTABLE = Map.of("completedOn", "r.completed_on", "hours", "r.hours",
            "title", "r.title");

    @Inject RecordService records;
    @Inject AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "某干部的培训记录 / A cadre's training records, newest first",
            description = "cadreId（必填 / required）；sort=completedOn|hours|title")
    public PageResult<RecordView> ofCadre(@QueryParam("cadreId") String cadreId, @BeanParam PageParams paging) {
        UUID id = QueryValue.parse("cadreId", cadreId, UUID::fromString);
        if (id == null) {
            throw ProblemException.invalidField("cadreId", "required");
        }
        return records.ofCadre(id, paging.query(SORTABLE, "completedOn,desc")).map(RecordView::of);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "登记外部培训 / Enter an external training record with evidence", description = "同一"
            + " Idempotency-Key 的重试：24 小时内重放首次应答；之后以 200 返回首次登记的记录，学时只计一次。 / A retry with"
            + " the same Idempotency-Key gets the first answer replayed within 24 h; later it answers 200 with the record"
            + " entered first; its hours count once.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "200", description = "24 小时后以同一 Idempotency-Key 重试 / A retry with the same"
            + " Idempotency-Key after 24 h",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordView.class)))
    public Response create(@NotNull @Valid RecordRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        RecordService.Entered entered = records.createExternal(request, idempotencyKey);
        TrainingRecord r = entered.record();
        return Response.status(entered.created() ? 201 : 200).location(URI.create("/api/training/records/" + r.id))
                .entity(RecordView.of(r)).build();
    }

    @PUT
    @IfMatch(TrainingRecord.class)
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "更正培训记录 / Correct a record (reason required; the old values stay in the audit trail)")
    public RecordView correct(@PathParam("id") UUID id, @NotNull @Valid RecordRequest request) {
        return RecordView.of(records.correct(id, request));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "一条培训记录 / One training record")
    public RecordView get(@PathParam("id") UUID id) {
        return RecordView.of(records.get(id));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "记录变更历史 / Who changed the record, when, before and after")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(TrainingRecord.class, records.get(id).id);
    }
}
