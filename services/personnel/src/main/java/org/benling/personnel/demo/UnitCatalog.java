package org.benling.personnel.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.benling.contracts.personnel.UnitKind;

/**
 * The real unit tree ({@code demo/units.tsv}) together with the post template of every unit
 * ({@code demo/offices.tsv}).
 */
final class UnitCatalog {

    private final List<DemoUnit> units;
    private final Map<String, DemoUnit> byCode;
    private final Map<String, Integer> childCounts;
    private final Map<String, PostTemplate> templates;

    private UnitCatalog(List<DemoUnit> units, Map<String, PostTemplate> templates) {
        this.units = Collections.unmodifiableList(units);
        this.byCode = new HashMap<>();
        this.childCounts = new HashMap<>();
        for (DemoUnit unit : units) {
            byCode.put(unit.code(), unit);
            if (unit.parentCode() != null) {
                childCounts.merge(unit.parentCode(), 1, Integer::sum);
            }
        }
        this.templates = templates;
    }

    static UnitCatalog load() {
        return new UnitCatalog(loadUnits(), loadTemplates());
    }

    List<DemoUnit> units() {
        return units;
    }

    DemoUnit unit(String code) {
        DemoUnit unit = byCode.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("unknown demo unit " + code);
        }
        return unit;
    }

    int childCount(String code) {
        return childCounts.getOrDefault(code, 0);
    }

    /** The template for the unit's own code, else the one for its kind; {@code null} if the unit has no posts. */
    PostTemplate template(DemoUnit unit) {
        PostTemplate own = templates.get(unit.code());
        return own != null ? own : templates.get(unit.kind().name());
    }

    private static List<DemoUnit> loadUnits() {
        List<DemoUnit> units = new ArrayList<>();
        Map<String, DemoUnit> seen = new HashMap<>();
        for (String[] row : DemoResources.readTsv("units.tsv")) {
            String code = DemoResources.column(row, 0);
            String parent = DemoResources.column(row, 3);
            DemoUnit unit = new DemoUnit(code, DemoResources.column(row, 1),
                    UnitKind.valueOf(DemoResources.column(row, 2)), parent.isEmpty() ? null : parent);
            if (code.isEmpty() || unit.name().isEmpty()) {
                throw new IllegalStateException("units.tsv: incomplete row " + String.join("|", row));
            }
            if (seen.containsKey(code)) {
                throw new IllegalStateException("units.tsv: duplicate code " + code);
            }
            if (unit.parentCode() == null ? !units.isEmpty() : !seen.containsKey(unit.parentCode())) {
                throw new IllegalStateException("units.tsv: " + code + " must come after its parent, and only the"
                        + " first row may be the root");
            }
            seen.put(code, unit);
            units.add(unit);
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("units.tsv is empty");
        }
        return units;
    }

    private static Map<String, PostTemplate> loadTemplates() {
        Map<String, PostTemplate> templates = new HashMap<>();
        for (String[] row : DemoResources.readTsv("offices.tsv")) {
            PostTemplate template = PostTemplate.parse(row);
            if (templates.put(template.scope(), template) != null) {
                throw new IllegalStateException("offices.tsv: duplicate scope " + template.scope());
            }
        }
        return templates;
    }
}
