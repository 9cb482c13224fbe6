package org.benling.rotation.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** East, central and west (东中西部) by province, from the first two digits of the administrative division code. */
@Schema(name = "Region")
public enum Region {
    EAST("东部"), CENTRAL("中部"), WEST("西部");

    private final String chineseName;

    Region(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /**
     * The region of a unit by its code (e.g. 440100 → 44 → east), or of the bureau's own units (codes that do not
     * start with a digit, e.g. SPB: Beijing, east). Empty for a missing or malformed code or one no region lists.
     */
    public static Optional<Region> of(String unitCode, Map<Region, List<String>> provinces) {
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        if (!Character.isDigit(unitCode.charAt(0))) {
            return Optional.of(EAST);
        }
        if (unitCode.length() < 2 || !Character.isDigit(unitCode.charAt(1))) {
            return Optional.empty();
        }
        String province = unitCode.substring(0, 2);
        return provinces.entrySet().stream().filter(e -> e.getValue().contains(province)).map(Map.Entry::getKey)
                .findFirst();
    }
}
