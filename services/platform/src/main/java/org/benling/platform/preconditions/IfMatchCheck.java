package org.benling.platform.preconditions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.persistence.FlushOnReturn;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out {@link IfMatch}. The command and the check share one transaction: the entity's version is read first,
 * the command runs with its own checks (who may, which state), and only a command that would succeed is judged
 * against the tag. A stale tag rolls the command back and answers 412 {@code precondition-failed}; a caller who may
 * not see the resource still gets the command's own 404 and learns nothing from its version. Because the entity read
 * here is the one the command changes (one persistence context), a change committed by another request in between
 * fails at flush on {@code @Version} (409 {@code stale}).
 * <p>
 * Without the header the command runs as before, unless {@code benling.api.if-match-required} is set (428
 * {@code precondition-required}); the web app sends the tag it read, an integrator may (docs/api.md).
 */
@IfMatch
@Interceptor
// inside IdempotentRequests (PLATFORM_BEFORE + 100), whose transaction it joins; outside the method's @Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class IfMatchCheck {

    @Inject EntityManager em;
    @Inject HttpHeaders headers;
    @Inject UriInfo uri;

    @ConfigProperty(name = "benling.api.if-match-required", defaultValue = "false")
    boolean required;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            if (required) {
                throw new ProblemException(428, "precondition-required", "Precondition required",
                        "send If-Match with the ETag you read / 请在 If-Match 中带上读取时的 ETag", List.of());
            }
            return call.proceed();
        }
        Optional<List<Long>> tags = EntityTags.parse(header);
        IfMatch target = target(call);
        Object id = id(target.value(), target.param());
        return QuarkusTransaction.joiningExisting().call(() -> {
            Long current = id == null ? null : version(target.value(), id);
            Object answer = FlushOnReturn.around(call::proceed);
            if (current != null && tags.isPresent() && !tags.get().contains(current)) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "the resource is at " + EntityTags.of(current) + ", not the version in If-Match; reload it and"
                                + " try again / 资源已被修改（当前 ETag " + EntityTags.of(current) + "），请刷新后重试",
                        List.of());
            }
            return answer;
        });
    }

    private static IfMatch target(InvocationContext call) {
        IfMatch on = call.getMethod().getAnnotation(IfMatch.class);
        if (on == null || on.value() == Object.class) {
            throw new IllegalStateException("@IfMatch on " + call.getMethod() + " must name its entity");
        }
        return on;
    }

    /** The path's id as the entity's id type; none when it is not one (the command answers that itself). */
    private Object id(Class<?> type, String param) {
        String value = uri.getPathParameters().getFirst(param);
        if (value == null) {
            return null;
        }
        Class<?> idType = em.getMetamodel().entity(type).getIdType().getJavaType();
        try {
            if (idType == UUID.class) {
                return UUID.fromString(value);
            }
            if (idType == Long.class || idType == long.class) {
                return Long.valueOf(value);
            }
            return idType == String.class ? value : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The entity's {@code @Version}; none when there is no such entity (the command answers 404 itself). */
    private Long version(Class<?> type, Object id) throws IllegalAccessException {
        Object entity = em.find(type, id);
        if (entity == null) {
            return null;
        }
        SingularAttribute<?, ?> version = em.getMetamodel().entity(type).getSingularAttributes().stream()
                .filter(SingularAttribute::isVersion).findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " has no @Version"));
        return ((Number) ((Field) version.getJavaMember()).get(entity)).longValue();
    }
}
