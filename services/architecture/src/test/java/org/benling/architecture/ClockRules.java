package org.benling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * One business clock (platform {@code BusinessClock}): main code reads "now" from the injected {@link Clock} only.
 * A {@code now()} without a clock judges by the JVM's zone (UTC in a container) or bypasses the clock tests pin;
 * {@code now(ZoneId)} bypasses it too; {@code System.currentTimeMillis()} is wall time (elapsed time is
 * {@code System.nanoTime()}); only {@code BusinessClock} makes a system clock.
 */
final class ClockRules {

    private static final Set<String> TIME_TYPES = Set.of(LocalDate.class.getName(), LocalDateTime.class.getName(),
            LocalTime.class.getName(), Instant.class.getName(), ZonedDateTime.class.getName(),
            OffsetDateTime.class.getName(), Year.class.getName(), YearMonth.class.getName());

    static final String BUSINESS_CLOCK = "org.benling.platform.time.BusinessClock";
    static final String GATEWAY_BUSINESS_CLOCK = "org.benling.gateway.config.BusinessClock";

    private ClockRules() {
    }

    /** {@code now()} or {@code now(ZoneId)} of a java.time type: "now" without the business clock. */
    static final DescribedPredicate<JavaMethodCall> CLOCKLESS_NOW = new DescribedPredicate<>(
            "now() or now(ZoneId) of java.time without a Clock") {
        @Override
        public boolean test(JavaMethodCall call) {
            if (!TIME_TYPES.contains(call.getTargetOwner().getName()) || !call.getTarget().getName().equals("now")) {
                return false;
            }
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            return parameters.isEmpty() || parameters.get(0).isAssignableTo(ZoneId.class);
        }
    };

    /** {@code System.currentTimeMillis()} and the factories of system clocks. */
    static final DescribedPredicate<JavaMethodCall> WALL_CLOCK = new DescribedPredicate<>(
            "System.currentTimeMillis() or Clock.system*()") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getTarget().getName();
            return owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                    || owner.equals(Clock.class.getName()) && name.startsWith("system");
        }
    };

    static final ArchRule NO_CLOCKLESS_NOW = noClasses().should().callMethodWhere(CLOCKLESS_NOW)
            .because("every \"today\" and \"now\" goes through the injected business clock (Asia/Shanghai), "
                    + "whatever the JVM's zone: use LocalDate.now(clock)");

    static final ArchRule ONLY_THE_BUSINESS_CLOCK_READS_THE_SYSTEM_CLOCK = noClasses()
            .that().doNotHaveFullyQualifiedName(BUSINESS_CLOCK)
            // the gateway shares no classes with the services: its own business clock, in the same zone
            .and().doNotHaveFullyQualifiedName(GATEWAY_BUSINESS_CLOCK)
            .should().callMethodWhere(WALL_CLOCK)
            .because("the business clock is the one source of the time of day; measure elapsed time with nanoTime()");
}
