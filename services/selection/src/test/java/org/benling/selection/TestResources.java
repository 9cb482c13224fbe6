package org.benling.selection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.benling.testing.KafkaBrokerResource;
import org.benling.testing.PostgresDatabaseResource;

@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "service", value = "selection"))
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestResources {
}
