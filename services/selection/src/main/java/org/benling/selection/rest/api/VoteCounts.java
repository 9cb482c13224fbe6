package org.benling.selection.rest.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A meeting's counts that can be: no more present than its members ({@code present}), no more in favour than
 * present ({@code inFavour}). Checked with the request's other limits, so one answer names every field wrong; whether
 * the counts carry the decision is the rule's ({@code DecisionVote}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VoteCounts.Check.class)
public @interface VoteCounts {

    String message() default "0 ≤ in favour ≤ present ≤ members";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that reports a meeting's vote. */
    interface Counted {
        int members();

        int present();

        int inFavour();
    }

    class Check implements ConstraintValidator<VoteCounts, Counted> {
        @Override
        public boolean isValid(Counted vote, ConstraintValidatorContext context) {
            if (vote == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (vote.present() > vote.members()) {
                context.buildConstraintViolationWithTemplate("到会人数不能多于应到会成员 / more present than members")
                        .addPropertyNode("present").addConstraintViolation();
                valid = false;
            }
            if (vote.inFavour() > vote.present()) {
                context.buildConstraintViolationWithTemplate("同意票不能多于到会人数 / more in favour than present")
                        .addPropertyNode("inFavour").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
