package org.benling.personnel.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.UnitKind;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param activeCadres the unit's own active cadres; null outside the caller's scope */
@Schema(name = "UnitNode", description = "单位树节点 / A unit with its children and its number of active cadres")
public record UnitNode(UUID id, String code, String name, UnitKind kind, @Nullable UUID parentId, boolean active,
        @Schema(description = "本单位在职干部数；不在本人管理范围内的单位为空 / active cadres of the unit itself; null outside your scope")
        @Nullable Long activeCadres, long version, List<UnitNode> children) implements Versioned {
}
