package org.benling.assessment.rest.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param assessed the quota's base: assessed cadres without 不定等次 or a pending case */
@Schema(name = "ExcellentQuotaStatus")
public record Quota(int assessed, int excellent, int quota, BigDecimal rate, boolean raised, boolean allowed,
        int standardQuota, int raisedQuota) {
}
