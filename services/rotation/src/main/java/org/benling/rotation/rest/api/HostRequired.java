package org.benling.rotation.rest.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

/**
 * The request names its host: a unit of the bureau's tree ({@code hostUnitId}) or else an external organisation
 * ({@code hostOrganisation}); without either it is refused under {@code hostOrganisation}. Whether the unit exists
 * is the service's to check.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HostRequired.Check.class)
public @interface HostRequired {

    String message() default "a host unit or an external organisation is required / 需填写接收单位";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that names a host. */
    interface Hosted {
        UUID hostUnitId();

        String hostOrganisation();
    }

    class Check implements ConstraintValidator<HostRequired, Hosted> {
        @Override
        public boolean isValid(Hosted request, ConstraintValidatorContext context) {
            if (request == null || request.hostUnitId() != null
                    || (request.hostOrganisation() != null && !request.hostOrganisation().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("hostOrganisation").addConstraintViolation();
            return false;
        }
    }
}
