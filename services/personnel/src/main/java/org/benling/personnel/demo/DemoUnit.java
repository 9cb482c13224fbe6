package org.benling.personnel.demo;

import java.util.Objects;

import org.benling.contracts.personnel.UnitKind;

/**
 * One unit of the demo unit tree.
 *
 * @param code       GB/T 2260 code for provincial and municipal administrations, {@code SPB} / {@code SPB-nn} for
 *                   the bureau and its departments
 * @param name       official Chinese name
 * @param kind       level in the tree
 * @param parentCode code of the parent unit, {@code null} for the root
 */
public record DemoUnit(String code, String name, UnitKind kind, String parentCode) {

    public DemoUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
