package org.benling.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.benling.contracts.openapi.ResponseShapes;
import org.benling.gateway.problems.ProblemCatalogue;
import org.benling.gateway.session.AppConfigResource;
import org.benling.gateway.session.LoginResource;
import org.benling.gateway.session.SessionResource;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The gateway's own operations say of their answers what the services' do (every property there, null only where
 * the view says {@code @Nullable}; {@link ResponseShapes}). Its resources are these four.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GatewayAnswers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ResponseShapes.describeResources(openAPI.getComponents(), SessionResource.class, AppConfigResource.class,
                ProblemCatalogue.class, LoginResource.class);
    }
}
