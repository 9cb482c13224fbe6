package org.benling.platform.preconditions;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.benling.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Entity tags of Benling's resources: a resource's tag is its record's version, {@code "3"} (RFC 9110 §8.8.3). The tag
 * names the version of the resource's own record, for {@code If-Match}; a view may also show figures of related
 * records (counts, names) that change without it, so the service answers no {@code 304} to {@code If-None-Match}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} value names; empty for {@code *} (any current version). Weak tags never match
     * in {@code If-Match} (strong comparison, RFC 9110 §13.1.1), so they are refused as malformed.
     */
    static Optional<List<Long>> parse(String header) {
        String value = header.trim();
        if (value.equals("*")) {
            return Optional.empty();
        }
        List<Long> versions = new ArrayList<>();
        for (String part : value.split(",")) {
            String tag = part.trim();
            if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
                throw malformed(header);
            }
            try {
                versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException e) {
                throw malformed(header);
            }
        }
        return Optional.of(versions);
    }

    private static ProblemException malformed(String header) {
        String message = "If-Match takes the ETag you read, e.g. \"3\", or * / If-Match 应为读取时的 ETag，如 \"3\"";
        return ProblemException.invalidField(HttpHeaders.IF_MATCH, message);
    }

    /** Tags an answer that is one resource's view (a 2xx with a {@link Versioned} body). */
    public static class Header {

        @ServerResponseFilter
        public void tag(ContainerResponseContext response) {
            if (response.getStatus() / 100 == 2 && response.getEntity() instanceof Versioned view
                    && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, of(view.version()));
            }
        }
    }
}
