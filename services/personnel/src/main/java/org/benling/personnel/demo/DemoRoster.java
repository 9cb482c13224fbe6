package org.benling.personnel.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.benling.contracts.personnel.UnitKind;

/**
 * Deterministic demo data: the real unit tree of the State Post Bureau staffed with fictional cadres. The same seed,
 * count and date always give the same roster; nothing depends on the clock or on hash iteration order.
 *
 * <p>Cadres are spread over the units roughly like the real establishment: for 2000 cadres about 12-20 at each
 * bureau department, 6-11 at each directly affiliated institution, 11-25 at each provincial administration (more
 * where it has no municipal units) and 2-6 at each municipal one. Every unit except the root gets at least one cadre when {@code cadreCount} allows it. The root itself gets
 * none: the bureau's own leaders are ministerial-level, above every {@code RankLevel}.
 */
public final class DemoRoster {

    public static final String DEMO_CADRE_EMPLOYEE_NUMBER = "YZ000001";

    /** Unit of the fixed demo cadre {@link #DEMO_CADRE_EMPLOYEE_NUMBER} (广东省邮政管理局). */
    static final String DEMO_CADRE_UNIT = "440000";

    private static final int MAX_CADRES = 999_999;

    private final List<DemoUnit> units;
    private final List<DemoCadre> cadres;

    private DemoRoster(List<DemoUnit> units, List<DemoCadre> cadres) {
        this.units = units;
        this.cadres = Collections.unmodifiableList(cadres);
    }

    public static DemoRoster generate(long seed, int cadreCount, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (cadreCount < 0 || cadreCount > MAX_CADRES) {
            throw new IllegalArgumentException("cadreCount must be between 0 and " + MAX_CADRES + ": " + cadreCount);
        }
        UnitCatalog catalog = UnitCatalog.load();
        List<DemoUnit> units = catalog.units();
        Random random = new Random(seed);
        int[] quotas = quotas(catalog, cadreCount, random);

        CadreFactory factory = new CadreFactory(today, ChineseNames.load());
        List<DemoCadre> cadres = new ArrayList<>(cadreCount);
        if (cadreCount > 0) {
            cadres.add(factory.demoCadre(DEMO_CADRE_EMPLOYEE_NUMBER, catalog.unit(DEMO_CADRE_UNIT)));
        }
        for (int i = 0; i < units.size(); i++) {
            DemoUnit unit = units.get(i);
            int quota = quotas[i] - (unit.code().equals(DEMO_CADRE_UNIT) && cadreCount > 0 ? 1 : 0);
            if (quota <= 0) {
                continue;
            }
            for (Post post : catalog.template(unit).posts(unit, quota, random)) {
                String employeeNumber = String.format(Locale.ROOT, "YZ%06d", cadres.size() + 1);
                cadres.add(factory.create(employeeNumber, unit, post, random));
            }
        }
        if (cadres.size() != cadreCount) {
            throw new IllegalStateException("generated " + cadres.size() + " cadres instead of " + cadreCount);
        }
        return new DemoRoster(units, cadres);
    }

    /** All units, parents always before their children; the first one is the root 国家邮政局. */
    public List<DemoUnit> units() {
        return units;
    }

    /** All cadres in employee-number order. */
    public List<DemoCadre> cadres() {
        return cadres;
    }

    /** Number of cadres per unit, in the order of {@link UnitCatalog#units()}. */
    private static int[] quotas(UnitCatalog catalog, int total, Random random) {
        List<DemoUnit> units = catalog.units();
        int n = units.size();
        int[] targets = new int[n];
        int targetSum = 0;
        int staffedUnits = 0;
        for (int i = 0; i < n; i++) {
            targets[i] = target(catalog, units.get(i), random);
            targetSum += targets[i];
            staffedUnits += targets[i] > 0 ? 1 : 0;
        }
        int[] quotas = new int[n];
        if (total >= targetSum) {
            // Municipal units keep their 2-6; the surplus goes to the bureau departments and provinces.
            int[] weights = new int[n];
            for (int i = 0; i < n; i++) {
                boolean municipal = units.get(i).kind() == UnitKind.MUNICIPAL;
                quotas[i] = targets[i];
                weights[i] = municipal ? 0 : targets[i];
            }
            distribute(total - targetSum, weights, quotas);
        } else if (total >= staffedUnits) {
            int[] weights = new int[n];
            for (int i = 0; i < n; i++) {
                quotas[i] = targets[i] > 0 ? 1 : 0;
                weights[i] = Math.max(0, targets[i] - 1);
            }
            distribute(total - staffedUnits, weights, quotas);
        } else {
            // Too few cadres for every unit: the demo cadre's unit first, then the tree order.
            int left = total;
            for (int i = 0; i < n && left > 0; i++) {
                if (units.get(i).code().equals(DEMO_CADRE_UNIT)) {
                    quotas[i] = 1;
                    left--;
                }
            }
            for (int i = 0; i < n && left > 0; i++) {
                if (targets[i] > 0 && quotas[i] == 0) {
                    quotas[i] = 1;
                    left--;
                }
            }
        }
        return quotas;
    }

    private static int target(UnitCatalog catalog, DemoUnit unit, Random random) {
        PostTemplate template = catalog.template(unit);
        if (template == null) {
            return 0;
        }
        return switch (unit.kind()) {
            case BUREAU -> 0;
            case DEPARTMENT -> template.staffScheme() == PostTemplate.StaffScheme.INSTITUTION
                    ? 6 + random.nextInt(5) : 12 + random.nextInt(7);
            case PROVINCIAL -> {
                int children = catalog.childCount(unit.code());
                yield 11 + random.nextInt(5) + Math.min(children, 20) / 4 + (children == 0 ? 8 : 0);
            }
            case MUNICIPAL -> 2 + random.nextInt(5);
        };
    }

    /** Adds {@code amount} to {@code quotas} in proportion to {@code weights} (largest remainder, ties by order). */
    private static void distribute(int amount, int[] weights, int[] quotas) {
        long weightSum = 0;
        for (int w : weights) {
            weightSum += w;
        }
        if (amount <= 0 || weightSum == 0) {
            if (amount > 0) {
                throw new IllegalStateException("no unit can take " + amount + " more cadres");
            }
            return;
        }
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            long share = (long) amount * weights[i];
            quotas[i] += (int) (share / weightSum);
            given += (int) (share / weightSum);
            remainders[i] = share % weightSum;
        }
        while (given < amount) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            quotas[best]++;
            remainders[best] = -1;
            given++;
        }
    }
}
