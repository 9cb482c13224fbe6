package org.benling.gateway.session;

/** Test access to the package-private redirect check. */
public final class LoginResourceAccess {
    public static String safe(String redirect) {
        return LoginResource.safe(redirect);
    }

    private LoginResourceAccess() {
    }
}
