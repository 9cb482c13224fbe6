package org.benling.training.rest.api;

import java.math.BigDecimal;

/** Progress of a plan: coverage, hours per cadre, designated cadres trained, against the targets. */
public record Progress(int cadres, int trained, BigDecimal coverage, BigDecimal averageHours, int designated,
        int designatedTrained, boolean coverageMet, boolean hoursMet) {
}
