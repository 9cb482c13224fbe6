package org.benling.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.benling.contracts.openapi.ResponseShapes;
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
 * the view says {@code @Nullable}; {@link ResponseShapes}). Its resources are these five; a portfolio's sections take their owners' schemas.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GatewayAnswers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ResponseShapes.describeResources(openAPI.getComponents(), SessionResource.class, AppConfigResource.class,
                ProblemCatalogue.class, LoginResource.class, PortfolioResource.class);
        sections(openAPI.getComponents().getSchemas().get("Portfolio"));
        // what the scanner made of the sections' Java type (Jackson's tree), now referenced by nothing
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
    }

    /**
     * A portfolio's sections are its owners' answers passed on unchanged: each typed by the owner's schema (named in
     * {@link PortfolioSection}, resolved in the merged document), or null.
     */
    private static void sections(Schema portfolio) {
        for (PortfolioSection section : PortfolioSection.values()) {
            Schema owner = OASFactory.createSchema().ref("#/components/schemas/" + section.schema());
            Schema value = section.list() ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(owner) : owner;
            portfolio.addProperty(section.property(), OASFactory.createSchema()
                    .anyOf(java.util.List.of(value, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
        }
    }
}
