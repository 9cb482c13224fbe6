package org.benling.platform.web;

import org.jboss.logging.MDC;

/** The request id of the current request, as logged ({@code %X{requestId}}) and returned in problems. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    private RequestIds() {
    }
}
