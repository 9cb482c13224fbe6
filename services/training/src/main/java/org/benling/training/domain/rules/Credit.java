package org.benling.training.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One completed piece of training as it counts: when, how many 学时, online or not, off-the-job days. */
public record Credit(LocalDate completedOn, BigDecimal hours, boolean online, int offJobDays) {

    public Credit {
        Objects.requireNonNull(completedOn, "completedOn");
        hours = Hours.of(hours, "hours");
        Hours.days(offJobDays, "offJobDays");
    }
}
