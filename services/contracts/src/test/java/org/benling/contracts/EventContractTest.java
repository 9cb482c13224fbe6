package org.benling.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.CapabilityGapIdentified;
import org.benling.contracts.assessment.CapabilityProfileChanged;
import org.benling.contracts.assessment.GapClosed;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.assessment.SelfReportFiled;
import org.benling.contracts.assessment.SelfReportRequested;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.catalog.EventCatalog;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.MalformedEventException;
import org.benling.contracts.events.Topics;
import org.benling.contracts.inspection.FindingClosed;
import org.benling.contracts.rotation.GrassrootsVisitRecorded;
import org.benling.contracts.rotation.ResearchReportFiled;
import org.benling.contracts.training.StudySessionRecorded;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.PersonalReportFiled;
import org.benling.contracts.inspection.PersonalReportRequested;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.inspection.RectificationOverdue;
import org.benling.contracts.inspection.RectificationReported;
import org.benling.contracts.inspection.TripChanged;
import org.benling.contracts.selection.AppointmentMade;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.contracts.selection.JointReviewChecksChanged;
import org.benling.contracts.selection.PoolMembershipChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.selection.VotingClosed;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureAppliedV1;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
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
import org.benling.contracts.rotation.CheckInDue;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.PostingCancelled;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.PostingStarted;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.training.ClassPlaceChanged;
import org.benling.contracts.training.HoursRequirementMet;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.contracts.training.TrainingEvents;
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

    static final Map<EventType<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(TrainingEvents.TRAINING_COMPLETED, new TrainingCompleted(UUID.randomUUID(), CADRE, UUID.randomUUID(),
                    "习近平新时代中国特色社会主义思想专题培训", TrainingCompleted.Source.CLASS,
                    Set.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP), new BigDecimal("40.00"), false,
                    LocalDate.of(2026, 6, 30))),
            Map.entry(TrainingEvents.HOURS_SHORTFALL_DETECTED, new HoursShortfallDetected(CADRE, GUANGDONG, "ANNUAL",
                    "AT_RISK", new BigDecimal("90"), new BigDecimal("30.5"), new BigDecimal("59.5"),
                    LocalDate.of(2026, 12, 31), LocalDate.of(2026, 7, 1))),
            Map.entry(TrainingEvents.HOURS_REQUIREMENT_MET, new HoursRequirementMet(CADRE, GUANGDONG, "ANNUAL",
                    LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 2))),
            Map.entry(TrainingEvents.CLASS_PLACE_CHANGED, new ClassPlaceChanged(UUID.randomUUID(), UUID.randomUUID(),
                    CADRE, "处级干部任职培训班", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), "国家邮政局党校",
                    ClassPlaceChanged.Place.ENROLLED, true)),
            Map.entry(AssessmentEvents.CAPABILITY_PROFILE_CHANGED, new CapabilityProfileChanged(CADRE,
                    Map.of(Capability.LEARNING, 82, Capability.RISK_MANAGEMENT, 64), LocalDate.of(2026, 12, 20))),
            Map.entry(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, new CapabilityGapIdentified(UUID.randomUUID(), CADRE,
                    Capability.RISK_MANAGEMENT, 52, 60, 2026, "低于阈值")),
            Map.entry(RotationEvents.POSTING_APPROVED, new PostingApproved(UUID.randomUUID(), CADRE,
                    PostingApproved.PostingType.POVERTY_ALLEVIATION, "贵州省某县", "西部", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2028, 12, 31))),
            Map.entry(InspectionEvents.MEASURE_APPLIED, new MeasureApplied(UUID.randomUUID(), CADRE,
                    MeasureType.MAJOR_DEMERIT, MeasureFamily.GOVERNMENT_SANCTION, 3, "记大过", LocalDate.of(2026, 5, 1), "18",
                    LocalDate.of(2027, 10, 31), List.of(AnnualEffect.UNGRADED, AnnualEffect.UNGRADED), null)),
            Map.entry(InspectionEvents.MEASURE_APPLIED_V1, new MeasureAppliedV1(UUID.randomUUID(), CADRE, 1, "提醒谈话",
                    LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 1))),
            Map.entry(AssessmentEvents.REVIEW_FINALIZED, new ReviewFinalized(UUID.randomUUID(), CADRE, GUANGDONG, 2026,
                    Grade.EXCELLENT)),
            Map.entry(AssessmentEvents.GAP_CLOSED, new GapClosed(UUID.randomUUID(), CADRE, Capability.RISK_MANAGEMENT, 71,
                    2027)),
            Map.entry(AssessmentEvents.SELF_REPORT_REQUESTED, new SelfReportRequested(UUID.randomUUID(), UUID.randomUUID(),
                    CADRE, GUANGDONG, 2026, LocalDate.of(2027, 1, 15))),
            Map.entry(AssessmentEvents.SELF_REPORT_FILED, new SelfReportFiled(UUID.randomUUID(), UUID.randomUUID(), CADRE,
                    LocalDate.of(2027, 1, 10))),
            Map.entry(RotationEvents.POSTING_PROPOSED, new PostingProposed(UUID.randomUUID(), CADRE, GUANGDONG,
                    PostingApproved.PostingType.JOB_ROTATION, "北京市邮政管理局", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2028, 12, 31))),
            Map.entry(RotationEvents.POSTING_CANCELLED, new PostingCancelled(UUID.randomUUID(), CADRE, GUANGDONG)),
            Map.entry(TrainingEvents.STUDY_SESSION_RECORDED, new StudySessionRecorded(UUID.randomUUID(), GUANGDONG,
                    "学习贯彻党的二十届四中全会精神", LocalDate.of(2026, 11, 20), new java.math.BigDecimal("3"),
                    java.util.Set.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP), List.of(CADRE))),
            Map.entry(RotationEvents.GRASSROOTS_VISIT_RECORDED, new GrassrootsVisitRecorded(UUID.randomUUID(),
                    UUID.randomUUID(), CADRE, "韶关市某县快递物流园区", LocalDate.of(2026, 11, 18), 2)),
            Map.entry(RotationEvents.RESEARCH_REPORT_FILED, new ResearchReportFiled(UUID.randomUUID(), CADRE,
                    "农村寄递物流体系建设调研报告", java.util.Set.of(Capability.SCIENTIFIC_DEVELOPMENT), LocalDate.of(2026, 10, 30),
                    true)),
            Map.entry(RotationEvents.CHECK_IN_DUE, new CheckInDue(UUID.randomUUID(), CADRE, GUANGDONG, "贵州省某县",
                    LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 2))),
            Map.entry(RotationEvents.POSTING_STARTED, new PostingStarted(UUID.randomUUID(), CADRE,
                    PostingApproved.PostingType.JOB_ROTATION, "北京市邮政管理局", LocalDate.of(2027, 1, 1), null)),
            Map.entry(RotationEvents.POSTING_COMPLETED, new PostingCompleted(UUID.randomUUID(), CADRE,
                    PostingApproved.PostingType.POVERTY_ALLEVIATION, LocalDate.of(2028, 12, 31),
                    PostingCompleted.Evaluation.EXCELLENT, Set.of(Capability.MASS_WORK, Capability.IMPLEMENTATION), "驻村帮扶")),
            Map.entry(InspectionEvents.FINDING_RECORDED, new FindingRecorded(UUID.randomUUID(), UUID.randomUUID(), GUANGDONG,
                    List.of(CADRE), "落实全面从严治党责任", FindingRecorded.Severity.SERIOUS, Capability.POLITICAL_LEADERSHIP,
                    LocalDate.of(2026, 9, 30))),
            Map.entry(InspectionEvents.RECTIFICATION_OVERDUE, new RectificationOverdue(UUID.randomUUID(), GUANGDONG, CADRE,
                    LocalDate.of(2026, 9, 30))),
            Map.entry(InspectionEvents.FINDING_CLOSED, new FindingClosed(UUID.randomUUID(), GUANGDONG, LocalDate.of(2026, 11, 30))),
            Map.entry(InspectionEvents.PROMOTION_CHECK_OPENED, new PromotionCheckOpened(UUID.randomUUID(), CADRE,
                    LocalDate.of(2026, 12, 6))),
            Map.entry(InspectionEvents.PROMOTION_CHECK_CONCLUDED, new PromotionCheckConcluded(UUID.randomUUID(), CADRE,
                    LocalDate.of(2026, 12, 20))),
            Map.entry(InspectionEvents.PERSONAL_REPORT_REQUESTED, new PersonalReportRequested(CADRE, 2027,
                    LocalDate.of(2027, 1, 31))),
            Map.entry(InspectionEvents.TRIP_CHANGED, new TripChanged(UUID.randomUUID(), CADRE, GUANGDONG, "日本东京",
                    LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8), TripChanged.Status.ISSUED, LocalDate.of(2027, 2, 18))),
            Map.entry(InspectionEvents.PERSONAL_REPORT_FILED, new PersonalReportFiled(CADRE, 2027, LocalDate.of(2027, 1, 12))),
            Map.entry(InspectionEvents.RECTIFICATION_REPORTED, new RectificationReported(UUID.randomUUID(), GUANGDONG,
                    LocalDate.of(2026, 9, 20))),
            Map.entry(InspectionEvents.MEASURE_LIFTED, new MeasureLifted(UUID.randomUUID(), CADRE, LocalDate.of(2026, 8, 1),
                    MeasureLifted.CONCLUDED, MeasureType.PARTY_WARNING, AnnualEffect.NO_EXCELLENT)),
            Map.entry(SelectionEvents.POOL_MEMBERSHIP_CHANGED, new PoolMembershipChanged(UUID.randomUUID(),
                    UUID.randomUUID(), "广东省邮政管理局优秀年轻干部库", GUANGDONG, RankLevel.DIVISION_DEPUTY, CADRE,
                    PoolMembershipChanged.Status.ADMITTED, LocalDate.of(2027, 3, 1))),
            Map.entry(SelectionEvents.DEVELOPMENT_TASK_CHANGED, new DevelopmentTaskChanged(UUID.randomUUID(), CADRE,
                    DevelopmentTaskChanged.Kind.POSTING, Capability.MASS_WORK, LocalDate.of(2027, 9, 30),
                    DevelopmentTaskChanged.Status.ASSIGNED)),
            Map.entry(SelectionEvents.JOINT_REVIEW_CHECKS_CHANGED, new JointReviewChecksChanged(UUID.randomUUID(),
                    GUANGDONG, "广东省邮政管理局副局长", Map.of(JointReviewChecksChanged.Check.PERSONNEL_FILE, 2,
                            JointReviewChecksChanged.Check.PETITIONS, 0))),
            Map.entry(SelectionEvents.APPOINTMENT_MADE, new AppointmentMade(UUID.randomUUID(), CADRE, GUANGDONG,
                    "广东省邮政管理局副局长", RankLevel.BUREAU_DEPUTY, LocalDate.of(2027, 1, 10))),
            Map.entry(SelectionEvents.VOTING_CLOSED, new VotingClosed(UUID.randomUUID(), GUANGDONG,
                    VotingClosed.Kind.EVALUATION, "2026年度领导班子和领导干部民主测评", LocalDate.of(2026, 12, 20),
                    List.of(new VotingClosed.Category("LEADERSHIP", "班子成员", new java.math.BigDecimal("0.5"), 9, 9)),
                    List.of(new VotingClosed.Result(CADRE, new java.math.BigDecimal("0.8889"), List.of(
                            new VotingClosed.Share("LEADERSHIP", 8, Map.of(Grade.EXCELLENT, 3, Grade.COMPETENT, 5,
                                    Grade.BASICALLY_COMPETENT, 1))))))),
            Map.entry(PersonnelEvents.CADRE_REGISTERED, new CadreRegistered(PROFILE)),
            Map.entry(PersonnelEvents.CADRE_UPDATED, new CadreUpdated(PROFILE, List.of("positionTitle"))),
            Map.entry(PersonnelEvents.CADRE_TRANSFERRED,
                    new CadreTransferred(PROFILE, ROOT, GUANGDONG, LocalDate.of(2026, 11, 1), "交流任职")),
            Map.entry(PersonnelEvents.CADRE_RETIRED, new CadreRetired(PROFILE, LocalDate.of(2026, 12, 31))),
            Map.entry(PersonnelEvents.UNIT_CHANGED, new UnitChanged(GUANGDONG, "440000", "广东省邮政管理局",
                    UnitKind.PROVINCIAL, ROOT, "/" + ROOT + "/" + GUANGDONG + "/", true)));

    static List<EventType<?>> catalogue() {
        return EventCatalog.all();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static CloudEvent sample(EventType type) {
        String service = type.type().split("\\.")[2];
        return EventJson.envelope(type, "/benling/" + service, CADRE.toString(), NOW, SAMPLES.get(type));
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
        assertEquals(EventJson.write(event), EventJson.write(read));
        assertEquals(event.id(), read.id());
        assertEquals(SAMPLES.get(type), EventJson.data(read, type));
        assertTrue(type.type().startsWith("org.benling.") && !type.topic().isBlank());
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
    void aVersionOneMeasureReadsAsVersionTwoWithTheMeaningItHad() {
        MeasureApplied v2 = new MeasureAppliedV1(UUID.randomUUID(), CADRE, 2, "记过", LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 8, 31)).upgraded();
        assertEquals(MeasureType.DEMERIT, v2.type());
        assertEquals("24", v2.influence());
        assertEquals(List.of(AnnualEffect.NO_EXCELLENT, AnnualEffect.NO_EXCELLENT, AnnualEffect.NO_EXCELLENT), v2.effects(),
                "version 1 blocked 优秀 in every year its period reached");
        MeasureApplied talk = new MeasureAppliedV1(UUID.randomUUID(), CADRE, 1, "谈话提醒", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 8, 31)).upgraded();
        assertEquals(MeasureType.TALK_REMINDER, talk.type());
        assertEquals("none", talk.influence());
        assertEquals(List.of(), talk.effects());
        assertThrows(IllegalArgumentException.class, () -> new MeasureAppliedV1(UUID.randomUUID(), CADRE, 2, "罚款",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)).upgraded());
    }

    @Test
    void capabilitiesAreTheEightInTheOpinionsOrder() {
        assertEquals(8, Capability.values().length);
        assertEquals("学习本领", Capability.values()[0].chineseName());
        assertEquals("驾驭风险本领", Capability.RISK_MANAGEMENT.chineseName());
        assertEquals(Capability.RISK_MANAGEMENT, Capability.values()[7]);
    }
}
