package org.benling.contracts.personnel;

import java.util.UUID;

/**
 * A unit was created, renamed, moved or deactivated. {@code path} is the chain of unit ids from the root,
 * {@code /root/…/this/}, so that a consumer can answer "is X inside Y's subtree" with a prefix test.
 * Key: unit id.
 */
public record UnitChanged(UUID unitId, String code, String name, UnitKind kind, UUID parentId, String path,
        boolean active) {
}
