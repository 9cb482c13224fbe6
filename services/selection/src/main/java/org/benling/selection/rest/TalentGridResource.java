package org.benling.selection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Roles;
import org.benling.platform.web.QueryValue;
import org.benling.selection.rest.api.TalentGridView;
import org.benling.selection.service.TalentGridQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 人才盘点九宫格: a unit's cadres by performance and potential. */
@Path("/api/selection/talent-grid")
@Tag(name = "后备人选 Succession")
public class TalentGridResource {

    @Inject TalentGridQueries grid;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "人才盘点九宫格 / The talent review grid of a unit",
            description = "unitId（必填，本单位及下级）、level（职务层次，可选）；业绩取最近一次年度考核等次，潜力取八项本领平均得分（默认 80 以上为高、"
                    + "65 以下为低，可配置）/ performance from the latest grade, potential from the mean capability score")
    public TalentGridView get(@QueryParam("unitId") String unitId, @QueryParam("level") String level) {
        UUID unit = QueryValue.parse("unitId", unitId, UUID::fromString);
        if (unit == null) {
            throw ProblemException.invalidField("unitId", "须指定单位 / the unit is required");
        }
        return grid.grid(unit, QueryValue.parse("level", level, RankLevel::valueOf));
    }
}
