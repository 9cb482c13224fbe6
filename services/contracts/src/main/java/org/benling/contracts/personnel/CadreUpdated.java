package org.benling.contracts.personnel;

import java.util.List;

/** A cadre's registry data changed; {@code changedFields} names the profile fields that differ. Key: cadre id. */
public record CadreUpdated(CadreProfile cadre, List<String> changedFields) {
}
