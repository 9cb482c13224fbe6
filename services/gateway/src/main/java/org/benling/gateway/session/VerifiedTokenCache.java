package org.benling.gateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import org.benling.gateway.config.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request. Quarkus OIDC checks a JWT's RSA signature and parses its claims
 * for each request; under load that was a fifth of the gateway's CPU (docs/benchmarks.md, "Gateway"), for the same
 * few tokens over and over: an API client or a user keeps one access token for its whole lifetime.
 *
 * <p>This provider runs before Quarkus' own ({@link #priority}). For a bearer token it has verified before, it answers
 * with the identity it built then (bound to the current request); otherwise it asks {@link OidcIdentityProvider} and
 * keeps the identity it gets until the token's {@code exp}, never longer than {@code token-cache.max-age}. A token that
 * fails verification is never kept, so it fails again next time. Browser sessions (the code flow's ID tokens in the
 * encrypted cookie) go to Quarkus as before. What it gives up is what local JWT verification gives up anyway: a token
 * revoked at Keycloak stays valid until it expires.
 *
 * <p>Caffeine bounds the entries ({@code token-cache.maximum-size}); Quarkus has no cache of verified JWTs (its
 * {@code quarkus.oidc.token-cache} is for introspection and UserInfo answers only).
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject OidcIdentityProvider oidc;
    @Inject GatewayConfig config;
    @Inject Clock clock;

    private Cache<String, SecurityIdentity> verified;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    @PostConstruct
    void init() {
        Duration maxAge = config.tokenCache().maxAge();
        verified = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().maximumSize())
                .expireAfter(Expiry.<String, SecurityIdentity>creating((token, identity) -> lifetime(identity, maxAge, clock)))
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's provider, which has the default priority of providers (1001), as applications' have. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!config.tokenCache().enabled() || request.getToken().getClass() != AccessTokenCredential.class) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.getIfPresent(token);
        if (known != null) {
            hits.increment();
            return Uni.createFrom().item(forThisRequest(known, request));
        }
        misses.increment();
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && !identity.isAnonymous()) {
                verified.put(token, identity);
            }
        });
    }

    /** Requests answered from the cache, and requests that Quarkus OIDC verified, since start. */
    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    /** The identity built for an earlier request, bound to this one's routing context (which OIDC stores in it). */
    private static SecurityIdentity forThisRequest(SecurityIdentity known, TokenAuthenticationRequest request) {
        Object routingContext = request.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        if (routingContext == null) {
            return known;
        }
        return QuarkusSecurityIdentity.builder(known)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routingContext)
                .build();
    }

    /** Until the token's expiry, at most {@code cap}; a token without {@code exp} is kept for {@code cap}. */
    private static Duration lifetime(SecurityIdentity identity, Duration cap, Clock clock) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return cap;
        }
        Duration left = Duration.between(clock.instant(), Instant.ofEpochSecond(jwt.getExpirationTime()));
        return left.isNegative() ? Duration.ZERO : left.compareTo(cap) < 0 ? left : cap;
    }
}
