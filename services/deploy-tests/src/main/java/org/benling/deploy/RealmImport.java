package org.benling.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} for a real cluster, made from the realm the local stack imports
 * ({@code deploy/keycloak/benling-realm.json}) so that the two cannot drift apart: the same roles, clients, mappers,
 * user profile and hardening, but
 * <ul>
 * <li>no people (the demo accounts are for one machine; real accounts come from the bureau's directory or its
 * administrators), only the service accounts of the clients it keeps, with their roles;</li>
 * <li>no client meant only for the local demo and the tests ({@code benling-cli}, the password grant);</li>
 * <li>no client secret: each is a placeholder the operator fills from a Secret at import
 * ({@code ${BENLING_GATEWAY_CLIENT_SECRET}}, {@code ${BENLING_INTEGRATION_CLIENT_SECRET}},
 * {@code ${BENLING_NOTIFICATION_CLIENT_SECRET}});</li>
 * <li>the gateway client's addresses on the public host ({@value #PUBLIC_ORIGIN}, which the overlays replace with
 * theirs, see {@code components/site}).</li>
 * </ul>
 * {@code RealmImportTest} fails when the committed file is not what this makes; to write it again:
 * {@code ./mvnw -q -pl services/deploy-tests verify -Dtest=RealmImportTest -Dbenling.realm-import.write=true}.
 */
public final class RealmImport {

    public static final String FILE = "deploy/kubernetes/components/keycloak/realm-import.yaml";
    public static final String PUBLIC_ORIGIN = "https://benling.example";
    /**
     * Clients of the local realm that never go into a real one: the CLI's, and the demo HR office system's (a real
     * office's system gets its own client, bound to its unit, from the bureau's administrators; docs/api.md).
     */
    static final java.util.Set<String> LOCAL_ONLY_CLIENTS = java.util.Set.of("benling-cli", "benling-hr-440000");
    /** Client id → the placeholder its secret becomes, and the Secret (name, key) that fills it. */
    static final Map<String, String[]> SECRETS = Map.of(
            "benling-gateway", new String[] { "BENLING_GATEWAY_CLIENT_SECRET", "benling-gateway-secrets", "oidc-client-secret" },
            "benling-integration", new String[] { "BENLING_INTEGRATION_CLIENT_SECRET", "benling-integration-client",
                    "client-secret" },
            "benling-notification", new String[] { "BENLING_NOTIFICATION_CLIENT_SECRET", "benling-notification-client",
                    "client-secret" });

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    /** The KeycloakRealmImport object for the realm file at {@code realmJson}. */
    public static ObjectNode from(Path realmJson) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(realmJson.toFile());
        // the clients' service accounts are kept (their roles: integration's, the notification service's view of
        // the users); the people are not
        ArrayNode serviceAccounts = JSON.createArrayNode();
        for (JsonNode user : realm.path("users")) {
            String client = user.path("serviceAccountClientId").asText("");
            if (!client.isEmpty() && !LOCAL_ONLY_CLIENTS.contains(client)) {
                serviceAccounts.add(user);
            }
        }
        realm.set("users", serviceAccounts);
        ArrayNode clients = realm.putArray("clients");
        ObjectNode placeholders = JSON.createObjectNode();
        for (Iterator<JsonNode> it = JSON.readTree(realmJson.toFile()).path("clients").elements(); it.hasNext();) {
            ObjectNode client = (ObjectNode) it.next();
            String id = client.path("clientId").asText();
            if (LOCAL_ONLY_CLIENTS.contains(id)) {
                continue;
            }
            if (client.has("secret")) {
                String[] secret = SECRETS.get(id);
                if (secret == null) {
                    throw new IllegalStateException("client " + id + " has a secret but no Secret to take it from");
                }
                client.put("secret", "${" + secret[0] + "}");
                placeholders.putObject(secret[0]).putObject("secret").put("name", secret[1]).put("key", secret[2]);
            }
            onPublicHost(client);
            clients.add(client);
        }
        ObjectNode cr = JSON.createObjectNode();
        cr.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        cr.put("kind", "KeycloakRealmImport");
        cr.putObject("metadata").put("name", "benling");
        ObjectNode spec = cr.putObject("spec");
        spec.put("keycloakCRName", "benling-keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return cr;
    }

    /** The local stack's http://localhost:8080 in a client's addresses becomes the public origin. */
    private static void onPublicHost(ObjectNode client) {
        String local = "http://localhost:8080";
        for (String field : new String[] { "rootUrl" }) {
            if (client.has(field)) {
                client.put(field, client.get(field).asText().replace(local, PUBLIC_ORIGIN));
            }
        }
        for (String field : new String[] { "redirectUris", "webOrigins" }) {
            if (client.has(field)) {
                ArrayNode replaced = JSON.createArrayNode();
                client.get(field).forEach(uri -> replaced.add(uri.asText().replace(local, PUBLIC_ORIGIN)));
                client.set(field, replaced);
            }
        }
        JsonNode attributes = client.get("attributes");
        if (attributes instanceof ObjectNode attrs && attrs.has("post.logout.redirect.uris")) {
            attrs.put("post.logout.redirect.uris", attrs.get("post.logout.redirect.uris").asText().replace(local,
                    PUBLIC_ORIGIN));
        }
    }

    /** The file's text: a comment that says where it comes from, then the object. */
    public static String render(Path root) throws IOException {
        return "# Generated by services/deploy-tests RealmImport from deploy/keycloak/benling-realm.json: do not edit,\n"
                + "# change the realm file and run it again (RealmImportTest fails until then). No users, no local-only\n"
                + "# client, secrets as placeholders filled from Secrets at import.\n"
                + YAML.writeValueAsString(from(root.resolve("deploy/keycloak/benling-realm.json")));
    }

    /** Writes {@link #FILE} under the repository's root. */
    public static void write(Path root) throws IOException {
        Files.writeString(root.resolve(FILE), render(root));
    }

    private RealmImport() {
    }
}
