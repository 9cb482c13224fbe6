package org.benling.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventCatalog;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.MalformedEventException;
import org.benling.contracts.events.Topics;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.CadreRegistered;
import org.benling.contracts.personnel.CadreRetired;
import org.benling.contracts.personnel.CadreTransferred;
import org.benling.contracts.personnel.CadreUpdated;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.contracts.personnel.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {

    static final UUID CADRE = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    static final UUID ROOT = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    static final UUID GUANGDONG = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    static final CadreProfile PROFILE = new CadreProfile(CADRE, "YZ000001", "李晓明", Gender.MALE,
            LocalDate.of(1984, 3, 12), GUANGDONG, "广东省邮政管理局综合处科长", RankLevel.SECTION_PRINCIPAL,
            LocalDate.of(2019, 7, 1), LocalDate.of(2018, 1, 1), Set.of(CadreCategory.YOUNG_AND_MIDDLE_AGED),
            PoliticalStatus.CPC_MEMBER, Education.MASTER, CadreProfile.CadreStatus.ACTIVE);

    static final Map<EventType<?>, Object> SAMPLES = Map.of(
            PersonnelEvents.CADRE_REGISTERED, new CadreRegistered(PROFILE),
            PersonnelEvents.CADRE_UPDATED, new CadreUpdated(PROFILE, List.of("positionTitle")),
            PersonnelEvents.CADRE_TRANSFERRED,
            new CadreTransferred(PROFILE, ROOT, GUANGDONG, LocalDate.of(2026, 11, 1), "交流任职"),
            PersonnelEvents.CADRE_RETIRED, new CadreRetired(PROFILE, LocalDate.of(2026, 12, 31)),
            PersonnelEvents.UNIT_CHANGED, new UnitChanged(GUANGDONG, "440000", "广东省邮政管理局",
                    UnitKind.PROVINCIAL, ROOT, "/" + ROOT + "/" + GUANGDONG + "/", true));

    static List<EventType<?>> catalogue() {
        return EventCatalog.all();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static CloudEvent sample(EventType type) {
        return EventJson.envelope(type, PersonnelEvents.SOURCE, CADRE.toString(), NOW, SAMPLES.get(type));
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void sampleEventValidatesAgainstItsSchema(EventType<?> type) {
        String json = EventJson.write(sample(type));
        assertEquals(List.of(), EventSchemas.violations(json), json);
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void eventRoundTripsThroughJson(EventType<?> type) {
        CloudEvent event = sample(type);
        CloudEvent read = EventJson.read(EventJson.write(event));
        assertEquals(event, read);
        assertEquals(SAMPLES.get(type), EventJson.data(read, type));
        assertEquals(Topics.PERSONNEL_CADRES, type.topic());
    }

    @Test
    void everyCatalogueTypeHasASample() {
        assertEquals(Set.copyOf(EventCatalog.all()), SAMPLES.keySet());
    }

    @Test
    void schemaRefusesAnEventMissingARequiredField() {
        ObjectNode node = EventJson.mapper().valueToTree(sample(PersonnelEvents.CADRE_REGISTERED));
        ((ObjectNode) node.path("data").path("cadre")).remove("employeeNumber");
        List<String> violations = EventSchemas.violations(node.toString());
        assertFalse(violations.isEmpty());
        assertTrue(violations.toString().contains("employeeNumber"), violations.toString());
    }

    @Test
    void schemaRefusesAnUnknownRankAndAWrongTypeName() {
        ObjectNode node = EventJson.mapper().valueToTree(sample(PersonnelEvents.CADRE_UPDATED));
        ((ObjectNode) node.path("data").path("cadre")).put("rankLevel", "GENERAL");
        assertFalse(EventSchemas.violations(node.toString()).isEmpty());
        node = EventJson.mapper().valueToTree(sample(PersonnelEvents.UNIT_CHANGED));
        node.put("type", "org.benling.personnel.UnitExploded.v1");
        assertEquals(List.of("unknown event type: org.benling.personnel.UnitExploded.v1"),
                EventSchemas.violations(node.toString()));
    }

    @Test
    void readRefusesSomethingThatIsNotAnEnvelope() {
        assertThrows(MalformedEventException.class, () -> EventJson.read("{\"hello\":"));
        assertThrows(MalformedEventException.class, () -> EventJson.read("{\"specversion\":\"0.3\",\"id\":\""
                + UUID.randomUUID() + "\",\"type\":\"x\"}"));
        assertThrows(MalformedEventException.class, () -> EventJson.read("{\"specversion\":\"1.0\"}"));
    }

    @Test
    void capabilitiesAreTheEightInTheOpinionsOrder() {
        assertEquals(8, Capability.values().length);
        assertEquals("学习本领", Capability.values()[0].chineseName());
        assertEquals("驾驭风险本领", Capability.RISK_MANAGEMENT.chineseName());
        assertEquals(Capability.RISK_MANAGEMENT, Capability.values()[7]);
    }
}
