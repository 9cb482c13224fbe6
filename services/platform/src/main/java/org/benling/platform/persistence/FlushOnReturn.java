package org.benling.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.concurrent.Callable;

/**
 * A {@code @Transactional} use case that joins a transaction begun around a resource method (by
 * {@code IdempotentRequests} or {@code IfMatchCheck}, inside {@link #around}, or by the resource method's own
 * {@code @Transactional}) flushes its changes before it returns, as committing would have. Resources build their answer from the entity the use case returns: flushed, it carries
 * the new {@code @Version} (the answer's {@code version} and {@code ETag}) and the database's own checks have run,
 * whichever way the request came. Elsewhere (a use case that begins its own transaction, a batch that calls many
 * use cases in one) nothing changes: flushing a large persistence context at every call would cost quadratic time.
 */
@Transactional
@Interceptor
// outside the transaction interceptors (PLATFORM_BEFORE + 200): sees whether a transaction was active before them
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
public class FlushOnReturn {

    private static final ThreadLocal<Boolean> AROUND_RESOURCE = ThreadLocal.withInitial(() -> false);

    @Inject EntityManager em;
    @Inject TransactionManager transactions;

    /** Runs a resource method in a transaction begun for it, its use cases flushing as they return. */
    public static <T> T around(Callable<T> resource) throws Exception {
        boolean outer = AROUND_RESOURCE.get();
        AROUND_RESOURCE.set(true);
        try {
            return resource.call();
        } finally {
            AROUND_RESOURCE.set(outer);
        }
    }

    @AroundInvoke
    Object flush(InvocationContext call) throws Exception {
        boolean active = transactions.getStatus() == Status.STATUS_ACTIVE;
        if (!active && call.getMethod().getDeclaringClass().isAnnotationPresent(Path.class)) {
            return around(call::proceed);
        }
        boolean joined = AROUND_RESOURCE.get() && active;
        Object answer = call.proceed();
        if (joined && transactions.getStatus() == Status.STATUS_ACTIVE && em.isJoinedToTransaction()) {
            em.flush();
        }
        return answer;
    }
}
