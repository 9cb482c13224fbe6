package org.benling.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(UpstreamStub.class)
public class TestResources {
}
