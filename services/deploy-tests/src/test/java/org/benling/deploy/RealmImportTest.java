package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The realm a cluster imports is the local realm without what belongs to one machine (RealmImport). */
class RealmImportTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @Test
    void theCommittedImportIsWhatTheRealmFileMakes() throws Exception {
        Path root = Manifests.root();
        if (Boolean.getBoolean("benling.realm-import.write")) {
            RealmImport.write(root);
        }
        List<ObjectNode> committed = Manifests.parse(Files.readString(root.resolve(RealmImport.FILE)));
        assertEquals(1, committed.size());
        assertEquals(RealmImport.from(root.resolve("deploy/keycloak/benling-realm.json")), committed.get(0),
                RealmImport.FILE + " is out of date: run RealmImportTest with -Dbenling.realm-import.write=true");
    }

    @Test
    void itHasNoPersonNoLocalClientAndNoSecretValue() throws Exception {
        ObjectNode cr = RealmImport.from(Manifests.root().resolve("deploy/keycloak/benling-realm.json"));
        JsonNode realm = cr.path("spec").path("realm");
        List<String> clients = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .map(c -> c.path("clientId").asText()).toList();
        assertEquals(List.of("benling-gateway", "benling-api", "benling-integration", "benling-notification"), clients);
        // the demo people stay on the local machine; the kept clients' service accounts come, with their roles
        List<String> users = StreamSupport.stream(realm.path("users").spliterator(), false)
                .map(u -> u.path("username").asText()).toList();
        assertEquals(List.of("service-account-benling-integration", "service-account-benling-notification"), users);
        realm.path("users").forEach(u -> assertFalse(u.has("credentials") || u.has("email"), u.toString()));
        JsonNode notification = realm.path("users").get(1);
        assertEquals("[\"view-users\",\"view-realm\"]",
                notification.path("clientRoles").path("realm-management").toString());
        realm.path("clients").forEach(c -> {
            if (c.has("secret")) {
                assertTrue(c.get("secret").asText().matches("\\$\\{[A-Z_]+}"), c.path("clientId") + " carries a secret");
                String placeholder = c.get("secret").asText().replaceAll("[${}]", "");
                assertTrue(cr.path("spec").path("placeholders").path(placeholder).path("secret").has("name"),
                        "placeholder " + placeholder + " is filled from a Secret");
            }
        });
        assertFalse(cr.toString().contains("local-demo"), "no local demo value reaches a cluster");
        assertFalse(cr.toString().contains("localhost"), "no address of the local machine reaches a cluster");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayClientKeycloakAndTheServicesAllUseTheOverlaysHosts(String overlay) {
        JsonNode site = Manifests.parse(overlaySite(overlay)).get(0).path("data");
        String host = site.path("host").asText();
        String identity = site.path("identity-host").asText();

        JsonNode gateway = StreamSupport.stream(Manifests.one(overlay, "KeycloakRealmImport", "benling").path("spec")
                .path("realm").path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals("benling-gateway")).findFirst().orElseThrow();
        assertEquals("https://" + host, gateway.path("rootUrl").asText());
        assertEquals("https://" + host + "/*", gateway.path("redirectUris").get(0).asText());
        assertEquals("https://" + host, gateway.path("webOrigins").get(0).asText());
        assertEquals("https://" + host + "/*", gateway.path("attributes").path("post.logout.redirect.uris").asText());

        assertEquals("https://" + identity, Manifests.one(overlay, "Keycloak", "benling-keycloak").path("spec")
                .path("hostname").path("hostname").asText());
        JsonNode ingress = Manifests.one(overlay, "Ingress", "benling").path("spec");
        assertEquals(List.of(host, identity), List.of(ingress.path("rules").get(0).path("host").asText(),
                ingress.path("rules").get(1).path("host").asText()));
        assertEquals(ingress.path("tls").get(0).path("hosts"), Manifests.one(overlay, "Certificate", "benling-tls")
                .path("spec").path("dnsNames"));
        assertEquals("https://" + identity + "/realms/benling", configMap(overlay, "benling-platform")
                .path("QUARKUS_OIDC_TOKEN_ISSUER").asText());
        assertEquals("https://" + host, configMap(overlay, "gateway").path("BENLING_CORS_ORIGINS").asText());
        assertEquals("https://" + identity, configMap(overlay, "gateway").path("BENLING_IDP_ORIGIN").asText());
        assertEquals("https://" + host, configMap(overlay, "notification").path("BENLING_WEB_URL").asText(),
                "the links in e-mail");
        assertTrue(Manifests.find(overlay, "ConfigMap", "benling-site").isEmpty(), "the site's names are not deployed");
    }

    /** A generated ConfigMap's data (its name carries a hash of its content). */
    static JsonNode configMap(String overlay, String name) {
        return Manifests.ofKind(overlay, "ConfigMap").stream()
                .filter(c -> c.path("metadata").path("name").asText().matches(name + "-[a-z0-9]{10}")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no ConfigMap " + name)).path("data");
    }

    private static String overlaySite(String overlay) {
        try {
            return Files.readString(Manifests.root().resolve("deploy/kubernetes/overlays/" + overlay + "/site.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
