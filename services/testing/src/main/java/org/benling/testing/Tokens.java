package org.benling.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import java.util.UUID;

/**
 * Signed access tokens as Keycloak would issue them for the {@code benling} realm: realm roles in
 * {@code groups}, the caller's {@code unit_id} and, for cadres, {@code cadre_id}; audience
 * {@code benling-api}. They are signed with the key of the Quarkus OIDC test server
 * ({@code OidcWiremockTestResource}), which the service under test trusts in its test profile.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "benling-api";

    public static String token(String user, Set<String> roles, UUID unitId, UUID cadreId) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user)
                .subject(UUID.nameUUIDFromBytes(user.getBytes()).toString())
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .groups(roles)
                .claim("name", user);
        if (unitId != null) {
            claims.claim("unit_id", unitId.toString());
        }
        if (cadreId != null) {
            claims.claim("cadre_id", cadreId.toString());
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String admin(UUID unitId) {
        return token("admin", Set.of("admin"), unitId, null);
    }

    public static String leader(UUID unitId) {
        return token("leader", Set.of("leader"), unitId, null);
    }

    public static String hr(String user, UUID unitId) {
        return token(user, Set.of("hr"), unitId, null);
    }

    public static String cadre(String user, UUID unitId, UUID cadreId) {
        return token(user, Set.of("cadre"), unitId, cadreId);
    }

    private Tokens() {
    }
}
