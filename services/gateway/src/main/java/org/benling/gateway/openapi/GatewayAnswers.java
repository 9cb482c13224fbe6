package org.benling.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.benling.contracts.openapi.ResponseShapes;
import org.benling.gateway.compose.DashboardResource;
import org.benling.gateway.compose.DashboardSection;
import org.benling.gateway.compose.PortfolioResource;
import org.benling.gateway.compose.PortfolioSection;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.benling.gateway.problems.ProblemCatalogue;
import org.benling.gateway.session.AppConfigResource;
import org.benling.gateway.session.LoginResource;
import org.benling.gateway.session.SessionResource;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The gateway's own operations say of their answers what the services' do (every property there, null only where
 * the view says {@code @Nullable}; {@link ResponseShapes}). Its resources are these six; the sections of a portfolio and of the dashboard take their owners' schemas.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GatewayAnswers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ResponseShapes.describeResources(openAPI.getComponents(), SessionResource.class, AppConfigResource.class,
                ProblemCatalogue.class, LoginResource.class, PortfolioResource.class, DashboardResource.class);
        for (PortfolioSection section : PortfolioSection.values()) {
            owned(openAPI.getComponents().getSchemas().get("Portfolio"), section.property(), section.schema(), section.list());
        }
        for (DashboardSection section : DashboardSection.values()) {
            owned(openAPI.getComponents().getSchemas().get("Dashboard"), section.property(), section.schema(), false);
        }
        refusals(openAPI);
        // what the scanner made of the sections' Java type (Jackson's tree), now referenced by nothing
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
    }

    /**
     * A composed view's sections are their owners' answers passed on unchanged: each typed by the owner's schema
     * (named by the section, resolved in the merged document), or null.
     */
    private static void owned(Schema view, String property, String schema, boolean list) {
        Schema owner = OASFactory.createSchema().ref("#/components/schemas/" + schema);
        Schema value = list ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(owner) : owner;
        view.addProperty(property, OASFactory.createSchema()
                .anyOf(java.util.List.of(value, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
    }

    /**
     * The composed views refuse as every service does, in problem details: 401 without a login, 403 for a role they
     * are not for, 404 where a path parameter names something outside the caller's scope.
     */
    private static void refusals(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/cadres/") && !path.startsWith("/api/dashboard")) {
                return;
            }
            item.getOperations().values().forEach(op -> {
                problem(op, "401", "未登录 / Not authenticated");
                problem(op, "403", "无权查看 / Not for this role");
                if (path.contains("{")) {
                    problem(op, "404", "不存在或不在范围内 / Not found in the caller's scope");
                }
            });
        });
    }

    /** The refusal in problem details, replacing the bare one the scanner writes for a secured operation. */
    private static void problem(org.eclipse.microprofile.openapi.models.Operation op, String status, String description) {
        var existing = op.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null
                && existing.getContent().hasMediaType("application/problem+json")) {
            return;
        }
        op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
