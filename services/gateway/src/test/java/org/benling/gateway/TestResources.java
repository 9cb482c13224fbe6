package org.benling.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.benling.testing.PostgresDatabaseResource;

@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(UpstreamStub.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
public class TestResources {
}
