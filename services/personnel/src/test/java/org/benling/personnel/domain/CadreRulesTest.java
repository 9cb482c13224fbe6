package org.benling.personnel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.RankLevel;
import org.junit.jupiter.api.Test;

class CadreRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    static Cadre cadre() {
        Cadre c = new Cadre();
        c.id = UUID.randomUUID();
        c.employeeNumber = "T1";
        c.name = "王芳";
        c.gender = Gender.FEMALE;
        c.birthDate = LocalDate.of(1980, 5, 1);
        c.unitId = UUID.randomUUID();
        c.positionTitle = "综合处处长";
        c.rankLevel = RankLevel.DIVISION_PRINCIPAL;
        c.postSince = LocalDate.of(2020, 1, 1);
        return c;
    }

    @Test
    void aTransferMovesTheCadreAndKeepsWhereTheyCameFrom() {
        Cadre c = cadre();
        UUID from = c.unitId;
        UUID to = UUID.randomUUID();
        CadreTransfer t = c.transferTo(to, "副局长", LocalDate.of(2026, 3, 1), "交流任职", "hr", NOW);
        assertEquals(from, t.fromUnitId);
        assertEquals("综合处处长", t.fromPositionTitle);
        assertEquals(NOW, t.recordedAt);
        assertEquals(to, c.unitId);
        assertEquals("副局长", c.positionTitle);
        assertEquals(LocalDate.of(2026, 3, 1), c.postSince);
    }

    @Test
    void aTransferToTheSameUnitOrBeforeTheCurrentPostOrOfARetiredCadreIsRefused() {
        Cadre c = cadre();
        assertEquals("same-unit", assertThrows(CadreRuleException.class,
                () -> c.transferTo(c.unitId, "x", TODAY, null, "hr", NOW)).slug());
        assertEquals("transfer-before-current-post", assertThrows(CadreRuleException.class,
                () -> c.transferTo(UUID.randomUUID(), "x", LocalDate.of(2019, 12, 31), null, "hr", NOW)).slug());
        c.retire(TODAY);
        assertEquals("cadre-retired", assertThrows(CadreRuleException.class,
                () -> c.transferTo(UUID.randomUUID(), "x", TODAY, null, "hr", NOW)).slug());
        assertThrows(CadreRuleException.class, () -> c.retire(TODAY));
    }

    @Test
    void datesMustBeOfWorkingAgeInOrderAndNotInTheFuture() {
        assertTrue(CadreDates.check(LocalDate.of(1980, 1, 1), LocalDate.of(2002, 7, 1), LocalDate.of(2015, 1, 1),
                LocalDate.of(2016, 1, 1), TODAY).isEmpty());
        assertEquals("birthDate", CadreDates.check(LocalDate.of(2015, 1, 1), null, null, null, TODAY).get(0).field());
        assertEquals("birthDate", CadreDates.check(LocalDate.of(1940, 1, 1), null, null, null, TODAY).get(0).field());
        assertEquals("postSince", CadreDates.check(LocalDate.of(1980, 1, 1), null, null, LocalDate.of(2027, 1, 1),
                TODAY).get(0).field());
        assertEquals("joinedWorkOn", CadreDates.check(LocalDate.of(1980, 1, 1), LocalDate.of(1990, 1, 1), null, null,
                TODAY).get(0).field());
        assertEquals("rankSince", CadreDates.check(LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1),
                LocalDate.of(2004, 1, 1), null, TODAY).get(0).field());
    }
}
