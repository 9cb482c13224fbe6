package org.benling.platform.preconditions;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An update or command on one resource that honours {@code If-Match}: the entity {@link #value()} whose id is the
 * path parameter {@link #param()} is the resource, its {@code @Version} its entity tag. A stale tag is refused with 412
 * and changes nothing; without the header the request runs as before, unless {@code benling.api.if-match-required}
 * (then 428). See {@link IfMatchCheck}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IfMatch {

    /** The entity the path names. */
    @Nonbinding
    Class<?> value() default Object.class;

    /** The path parameter holding its id. */
    @Nonbinding
    String param() default "id";
}
