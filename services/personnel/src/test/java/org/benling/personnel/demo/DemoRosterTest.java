package org.benling.personnel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.personnel.UnitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoRosterTest {

    private static final long SEED = 20_240_601L;
    private static final int COUNT = 2000;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static DemoRoster roster;

    @BeforeAll
    static void generate() {
        roster = DemoRoster.generate(SEED, COUNT, TODAY);
    }

    @Test
    void sameInputsGiveIdenticalRosters() {
        DemoRoster again = DemoRoster.generate(SEED, COUNT, TODAY);
        assertEquals(roster.units(), again.units());
        assertEquals(roster.cadres(), again.cadres());
        assertNotEquals(roster.cadres(), DemoRoster.generate(SEED + 1, COUNT, TODAY).cadres());
    }

    @Test
    void exactCountWithSequentialUniqueEmployeeNumbers() {
        List<DemoCadre> cadres = roster.cadres();
        assertEquals(COUNT, cadres.size());
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < cadres.size(); i++) {
            assertEquals(String.format(Locale.ROOT, "YZ%06d", i + 1), cadres.get(i).employeeNumber());
            assertTrue(numbers.add(cadres.get(i).employeeNumber()));
        }
        assertEquals(0, DemoRoster.generate(SEED, 0, TODAY).cadres().size());
        assertEquals(37, DemoRoster.generate(SEED, 37, TODAY).cadres().size());
        assertThrows(IllegalArgumentException.class, () -> DemoRoster.generate(SEED, -1, TODAY));
    }

    @Test
    void unitTreeIsTheRealStructure() {
        List<DemoUnit> units = roster.units();
        DemoUnit root = units.get(0);
        assertEquals("SPB", root.code());
        assertEquals("国家邮政局", root.name());
        assertEquals(UnitKind.BUREAU, root.kind());
        assertNull(root.parentCode());

        Map<String, DemoUnit> seen = new HashMap<>();
        for (DemoUnit unit : units) {
            if (unit != root) {
                assertNotNull(unit.parentCode(), unit.code());
                assertTrue(seen.containsKey(unit.parentCode()), unit.code() + " comes before its parent");
            }
            assertNull(seen.put(unit.code(), unit), "duplicate code " + unit.code());
        }
        assertEquals(31, units.stream().filter(u -> u.kind() == UnitKind.PROVINCIAL).count());
        assertTrue(units.stream().filter(u -> u.kind() == UnitKind.PROVINCIAL)
                .allMatch(u -> "SPB".equals(u.parentCode())));
        assertTrue(units.stream().filter(u -> u.kind() == UnitKind.MUNICIPAL)
                .allMatch(u -> seen.get(u.parentCode()).kind() == UnitKind.PROVINCIAL));
        assertEquals("广东省邮政管理局", seen.get("440000").name());
        assertEquals("广州市邮政管理局", seen.get("440100").name());
        assertEquals("深圳市邮政管理局", seen.get("440300").name());
        assertEquals("440000", seen.get("440100").parentCode());
        assertEquals("440000", seen.get("440300").parentCode());
        assertEquals(UnitKind.MUNICIPAL, seen.get("440300").kind());
    }

    @Test
    void everyCadreBelongsToAKnownUnitAndEveryUnitBelowTheRootIsStaffed() {
        Set<String> codes = new HashSet<>();
        roster.units().forEach(u -> codes.add(u.code()));
        Set<String> staffed = new HashSet<>();
        for (DemoCadre cadre : roster.cadres()) {
            assertTrue(codes.contains(cadre.unitCode()),
                    cadre.employeeNumber() + " in unknown unit " + cadre.unitCode());
            staffed.add(cadre.unitCode());
        }
        roster.units().stream().filter(u -> u.kind() != UnitKind.BUREAU)
                .forEach(u -> assertTrue(staffed.contains(u.code()), u.code() + " has no cadre"));
    }

    @Test
    void demoCadreIsTheFixedGuangdongOfficial() {
        DemoCadre demo = roster.cadres().get(0);
        assertEquals(DemoRoster.DEMO_CADRE_EMPLOYEE_NUMBER, demo.employeeNumber());
        assertEquals("YZ000001", demo.employeeNumber());
        assertEquals("440000", demo.unitCode());
        assertEquals(RankLevel.SECTION_PRINCIPAL, demo.rankLevel());
        assertTrue(demo.positionTitle().startsWith("广东省邮政管理局"));
        assertEquals(demo, DemoRoster.generate(SEED + 99, 5, TODAY).cadres().get(0));
    }

    @Test
    void datesAreConsistent() {
        for (DemoCadre c : roster.cadres()) {
            String who = c.employeeNumber();
            assertTrue(c.birthDate().isBefore(c.joinedWorkOn()), who + " joined work before birth");
            assertFalse(c.rankSince().isBefore(c.joinedWorkOn()), who + " rank before joining work");
            assertFalse(c.rankSince().isAfter(TODAY), who + " rank in the future");
            assertFalse(c.postSince().isAfter(TODAY), who + " post in the future");
            int age = Period.between(c.birthDate(), TODAY).getYears();
            assertTrue(age >= 28 && age <= 59, who + " is " + age);
        }
    }

    @Test
    void attributesArePlausible() {
        long longInPost = roster.cadres().stream()
                .filter(c -> Period.between(c.postSince(), TODAY).getYears() >= 10).count();
        assertTrue(longInPost > 0, "some cadres should have been in post for ten years or more");
        for (DemoCadre c : roster.cadres()) {
            boolean bureauLevel = c.rankLevel() == RankLevel.BUREAU_PRINCIPAL
                    || c.rankLevel() == RankLevel.BUREAU_DEPUTY;
            assertEquals(bureauLevel, c.categories().contains(CadreCategory.PARTY_GROUP_MANAGED), c.employeeNumber());
            if (c.categories().contains(CadreCategory.OUTSTANDING_YOUNG)) {
                assertTrue(Period.between(c.birthDate(), TODAY).getYears() <= 45, c.employeeNumber());
            }
            assertFalse(c.name().isBlank());
            assertFalse(c.positionTitle().isBlank());
        }
        assertEquals(0, roster.cadres().stream().filter(c -> c.unitCode().equals("SPB")).count());
        assertTrue(roster.cadres().stream().anyMatch(c -> c.positionTitle().equals("广东省邮政管理局局长")
                || c.positionTitle().equals("广东省邮政管理局副局长（主持工作）")));
    }

    @Test
    void idsAreStable() {
        assertEquals(UUID.fromString("51e0d94e-9f77-3015-a4d2-ca9e6612b87b"), DemoIds.unitId("440000"));
        assertEquals(UUID.fromString("25be4b0d-ee94-3f58-ae21-46115306ff3f"), DemoIds.unitId("SPB"));
        assertEquals(UUID.fromString("a34f5b61-6273-3ca8-9585-3d7f5520f783"), DemoIds.cadreId("YZ000001"));
        assertNotEquals(DemoIds.unitId("440100"), DemoIds.cadreId("440100"));
    }
}
