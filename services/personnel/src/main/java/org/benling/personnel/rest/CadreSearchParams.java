package org.benling.personnel.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.RankLevel;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.service.CadreQuery;
import org.benling.personnel.service.CadreSearch;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.web.QueryValue;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters shared by the cadre list and the export, with the page, size and sort of every list
 * ({@link PageParams}; sort=name|employeeNumber|birthDate|rankLevel|postSince|rankSince).
 */
public class CadreSearchParams extends PageParams {

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "部分姓名或工号 / part of the name or employee number", example = "王")
    public String text;

    @QueryParam("unitId")
    @Parameter(description = "单位（含下级单位）/ unit, including its subunits")
    public String unitId;

    @QueryParam("rank")
    @Parameter(description = "职级 / rank level", example = "DIVISION_PRINCIPAL")
    public String rank;

    @QueryParam("category")
    @Parameter(description = "干部类别 / category", example = "RESERVE")
    public String category;

    @QueryParam("status")
    @Parameter(description = "默认在职 / ACTIVE by default; ALL for both", example = "ACTIVE")
    public String status;

    public CadreQuery query() {
        return new CadreQuery(text, QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("rank", rank, RankLevel::valueOf),
                QueryValue.parse("category", category, CadreCategory::valueOf),
                statusFilter());
    }

    public PageQuery paging() {
        return query(CadreSearch.SORTABLE, "employeeNumber");
    }

    private Cadre.Status statusFilter() {
        if (status == null || status.isBlank()) {
            return Cadre.Status.ACTIVE;
        }
        if (status.equalsIgnoreCase("ALL")) {
            return null;
        }
        try {
            return Cadre.Status.valueOf(status.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw org.benling.platform.problem.ProblemException.invalidField("status", "ACTIVE, RETIRED or ALL");
        }
    }
}
