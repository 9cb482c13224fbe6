package org.benling.personnel.rest;

import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitNode", description = "单位树节点 / A unit with its children and its number of active cadres")
public record UnitNode(UUID id, String code, String name, UnitKind kind, UUID parentId, boolean active,
        long activeCadres, long version, List<UnitNode> children) {
}
