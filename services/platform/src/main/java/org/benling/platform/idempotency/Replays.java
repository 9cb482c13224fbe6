package org.benling.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Whether {@link IdempotentRequests} replayed this request's answer (kept for the request). */
@RequestScoped
public class Replays {

    private boolean replayed;

    /** Through a method: the bean is reached through its client proxy, and a field of the proxy is not the request's. */
    void markReplayed() {
        replayed = true;
    }

    boolean replayed() {
        return replayed;
    }

    /** Marks a replayed answer with {@code Idempotent-Replayed: true}, whatever the method's return type. */
    public static class Header {

        @Inject Replays replays;

        @ServerResponseFilter
        public void mark(ContainerResponseContext response) {
            if (replays.replayed()) {
                response.getHeaders().putSingle(IdempotentRequests.REPLAYED, "true");
            }
        }
    }
}
