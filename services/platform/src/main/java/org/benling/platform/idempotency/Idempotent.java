package org.benling.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST a client may retry with the same {@code Idempotency-Key}: the first request's answer is kept with the key,
 * in the transaction of its effect, and a retry with the same key and the same request gets that answer again
 * without a second effect; the same key with another request is refused (422). See {@link IdempotentRequests}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
