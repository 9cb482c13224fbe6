package org.benling.gateway.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection for browser sessions: the gateway hands out a random {@code XSRF-TOKEN}
 * cookie readable by the SPA, which echoes it in {@code X-XSRF-TOKEN} on every state-changing request.
 * Another site can make the browser send the cookie but cannot read it. Bearer-token clients are exempt:
 * a browser never attaches a bearer token on its own.
 */
public final class Csrf {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    /** Quarkus OIDC's session cookie (q_session, q_session_chunk_1 …). */
    static final String SESSION_COOKIE = "q_session";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Sets the cookie when the browser has none yet. */
    public static void issue(RoutingContext rc) {
        if (rc.request().getCookie(COOKIE) == null) {
            byte[] token = new byte[32];
            RANDOM.nextBytes(token);
            rc.response().addCookie(Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(token))
                    .setPath("/").setSameSite(CookieSameSite.STRICT).setHttpOnly(false)
                    .setSecure(rc.request().isSSL()));
        }
    }

    /** True when the request must be refused: a state-changing request on a cookie session without a matching token. */
    public static boolean violated(RoutingContext rc) {
        if (SAFE.contains(rc.request().method()) || isBearer(rc)) {
            return false;
        }
        Cookie cookie = rc.request().getCookie(COOKIE);
        String header = rc.request().getHeader(HEADER);
        return cookie == null || header == null
                || !MessageDigest.isEqual(cookie.getValue().getBytes(), header.getBytes());
    }

    /** Whether the request carries a browser session (the OIDC session cookie, whole or in chunks). */
    public static boolean hasSession(RoutingContext rc) {
        return rc.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

    public static boolean isBearer(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private Csrf() {
    }
}
