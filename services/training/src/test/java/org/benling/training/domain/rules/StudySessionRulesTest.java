package org.benling.training.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.training.domain.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// 理论学习中心组学习：一次集中学习至多一个工作日；未注明所学本领的，记为学习本领、政治领导本领
class StudySessionRulesTest {

    @ParameterizedTest(name = "{0} 学时 is a sitting")
    @CsvSource({
        "0.01, 0.01",
        "2.5,  2.50",
        "3.75, 3.75",
        "8,    8.00",
        "8.00, 8.00",
    })
    void aSittingLastsMoreThanNothingAndAtMostAWorkingDayToTheHundredth(String given, String kept) {
        assertTrue(StudySessionRules.validHours(new BigDecimal(given)));
        assertEquals(new BigDecimal(kept), StudySessionRules.hours(new BigDecimal(given)));
    }

    @ParameterizedTest(name = "{0} 学时 is not")
    @ValueSource(strings = {"0", "0.00", "-1", "8.01", "9", "2.125", "0.001"})
    void nothingLongerThanADayNorFinerThanAHundredth(String hours) {
        assertFalse(StudySessionRules.validHours(new BigDecimal(hours)));
        assertThrows(IllegalArgumentException.class, () -> StudySessionRules.hours(new BigDecimal(hours)));
    }

    @Test
    void noHoursAreNotASitting() {
        assertFalse(StudySessionRules.validHours(null));
    }

    @Test
    void aSessionThatNamesNoCapabilityStudiedLearningAndPoliticalLeadership() {
        Set<Capability> defaults = EnumSet.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP);
        assertEquals(defaults, StudySessionRules.capabilities(null));
        assertEquals(defaults, StudySessionRules.capabilities(Set.of()));
        assertEquals(Set.of(Capability.RISK_MANAGEMENT), StudySessionRules.capabilities(Set.of(Capability.RISK_MANAGEMENT)),
                "what the record names replaces the defaults");
    }

    @Test
    void aSessionIsRecordedOnceHeldTodayAtTheLatest() {
        LocalDate today = LocalDate.of(2026, 12, 31);
        assertTrue(StudySessionRules.held(today, today));
        assertTrue(StudySessionRules.held(today.minusYears(1), today));
        assertFalse(StudySessionRules.held(today.plusDays(1), today));
    }

    @Test
    void theSessionKeepsEachAttendeeOnceTheHoursAtScaleTwoAndTheDefaultCapabilities() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        StudySession s = new StudySession();
        s.id = UUID.randomUUID();
        s.unitId = UUID.randomUUID();
        s.record("  学习贯彻党的二十届四中全会精神 ", LocalDate.of(2026, 3, 2), new BigDecimal("3.5"), List.of(" 张书记 "),
                List.of(first, second, first), List.of(), null, "hr-guangdong", Instant.parse("2026-03-02T08:00:00Z"));
        assertEquals("学习贯彻党的二十届四中全会精神", s.topic);
        assertEquals(new BigDecimal("3.50"), s.hours);
        assertEquals(List.of(first, second), s.attendees());
        assertEquals(List.of("张书记"), List.of(s.speakers));
        assertTrue(s.attendedBy(second));
        assertFalse(s.attendedBy(UUID.randomUUID()));
        var event = s.toEvent();
        assertEquals(EnumSet.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP), event.capabilities());
        assertEquals(List.of(first, second), event.attendeeIds());
        assertEquals(s.unitId, event.unitId());
    }
}
