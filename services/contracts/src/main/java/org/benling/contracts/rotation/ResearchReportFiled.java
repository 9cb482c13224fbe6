package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;

/**
 * A leader's research report (大调研) was filed, or its follow-up recorded (published again, replacing the earlier
 * one by {@code reportId}): the capabilities it bears on and whether its findings were adopted (成果转化运用).
 * Key: cadre id.
 */
public record ResearchReportFiled(UUID reportId, UUID cadreId, String title, Set<Capability> capabilities,
        LocalDate submittedOn, boolean adopted) {
}
