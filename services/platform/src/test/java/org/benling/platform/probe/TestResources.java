package org.benling.platform.probe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.benling.testing.KafkaBrokerResource;
import org.benling.testing.PostgresDatabaseResource;

/** The platform's test application runs against a fresh database, the in-JVM broker and the OIDC test server. */
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "service", value = "platform"))
@QuarkusTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = "topics", value = "platform.probe,platform.probe.dlq,platform.relay"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestResources {
}
