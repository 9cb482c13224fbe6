package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.client.ApiException;
import org.benling.client.api.ClassesApi;
import org.benling.client.api.CoursesApi;
import org.benling.client.api.CyclesApi;
import org.benling.client.api.MyLearningApi;
import org.benling.client.api.ProfilesApi;
import org.benling.client.api.ReviewsApi;
import org.benling.client.model.AttendanceEntry;
import org.benling.client.model.AttendanceRequest;
import org.benling.client.model.Capability;
import org.benling.client.model.CapabilityGap;
import org.benling.client.model.ClassRequest;
import org.benling.client.model.CompletionRequest;
import org.benling.client.model.CourseKind;
import org.benling.client.model.CourseRequest;
import org.benling.client.model.CycleRequest;
import org.benling.client.model.CycleStatus;
import org.benling.client.model.DesignationRequest;
import org.benling.client.model.EnrolmentStatus;
import org.benling.client.model.EvidenceSource;
import org.benling.client.model.FinalizeRequest;
import org.benling.client.model.Grade;
import org.benling.client.model.PageResultReviewRow;
import org.benling.client.model.ProfileCapability;
import org.benling.client.model.ProposalReason;
import org.benling.client.model.ReviewRating;
import org.benling.client.model.ReviewRow;
import org.benling.client.model.ScoreComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop of DOMAIN.md across the running services: personnel registers cadres in a new unit, training
 * completes a class, assessment's profile shows it; assessment finds a gap, training proposes a course.
 * Every run makes its own unit and cadres, so it can run again on the same database. Driven through the generated
 * Java client.
 */
class LoopSystemTest {

    static final String HR = Stack.HR;
    static final Duration WITHIN = Stack.WITHIN;

    static Stack.Fixture fixture;
    static String stamp;
    static UUID unitId;
    static List<String> cadres;

    @BeforeAll
    static void aNewUnitWithThreeCadres() {
        fixture = Stack.newUnit("L", 3);
        stamp = fixture.stamp();
        unitId = UUID.fromString(fixture.unitId());
        cadres = fixture.cadres();
    }

    @Test
    void aClassCompletedThroughTheTrainingApiShowsUpInTheAssessmentProfileWithinSeconds() throws ApiException {
        String cadre = cadres.get(0);
        int before = score(cadre, "SCIENTIFIC_DEVELOPMENT");
        UUID course = Stack.created(new CoursesApi(Stack.client(HR)).courseResourceCreateWithHttpInfo(
                new CourseRequest().code("ST-" + stamp).title("系统测试：高质量发展专题班").kind(CourseKind.SPECIAL_TOPIC)
                        .capabilities(Set.of(Capability.SCIENTIFIC_DEVELOPMENT)).creditHours(new BigDecimal("20"))
                        .offJobDays(3), UUID.randomUUID().toString())).getId();
        LocalDate today = Stack.today();
        ClassesApi classes = new ClassesApi(Stack.client(HR));
        UUID trainingClass = Stack.created(classes.classResourceCreateWithHttpInfo(new ClassRequest().courseId(course)
                .unitId(unitId).startDate(today.minusDays(4)).endDate(today.minusDays(2)).capacity(10).venue("广州"),
                UUID.randomUUID().toString())).getId();
        UUID enrolment = classes.classResourceEnrol(trainingClass,
                new DesignationRequest().cadreIds(List.of(UUID.fromString(cadre))), UUID.randomUUID().toString())
                .get(0).getId();
        classes.classResourceAttendance(trainingClass, new AttendanceRequest().day(today.minusDays(3)).entries(
                List.of(new AttendanceEntry().enrolmentId(enrolment).present(true).leaveHours(BigDecimal.ZERO))), null);
        long completed = System.nanoTime();
        assertEquals(EnrolmentStatus.COMPLETED, classes.classResourceComplete(trainingClass, new CompletionRequest(),
                UUID.randomUUID().toString(), null).get(0).getStatus());

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> score(cadre, "SCIENTIFIC_DEVELOPMENT") == before + 10);
        System.out.printf("training completion → assessment profile: %d ms%n",
                (System.nanoTime() - completed) / 1_000_000);
        List<ScoreComponent> components = new ProfilesApi(Stack.client(HR))
                .cadreInsightResourceProfile(UUID.fromString(cadre)).getCapabilities().stream()
                .filter(c -> c.getCapability() == Capability.SCIENTIFIC_DEVELOPMENT).findFirst()
                .map(ProfileCapability::getComponents).orElseThrow();
        assertTrue(components.stream().anyMatch(c -> c.getSource() == EvidenceSource.TRAINING), components::toString);
        assertEquals(10, components.stream().filter(c -> c.getSource() == EvidenceSource.TRAINING).findFirst()
                .orElseThrow().getPoints());
    }

    @Test
    void aGapIdentifiedInAssessmentAppearsAsACourseProposalInTraining() throws ApiException {
        UUID weak = UUID.fromString(cadres.get(1));
        CyclesApi cycles = new CyclesApi(Stack.client(HR));
        UUID cycle = Stack.created(cycles.cycleResourceOpenWithHttpInfo(new CycleRequest().unitId(unitId)
                .year(Stack.today().getYear()), UUID.randomUUID().toString())).getId();
        ReviewsApi reviews = new ReviewsApi(Stack.client(HR));
        PageResultReviewRow page = reviews.reviewResourceList(cycle, null, null, null, null, null);
        assertEquals(3L, page.getTotal());
        for (ReviewRow review : page.getItems()) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Capability capability : Capability.values()) {
                scores.put(capability.getValue(), review.getCadreId().equals(weak)
                        && capability == Capability.RISK_MANAGEMENT ? 40 : 78);
            }
            reviews.reviewResourceRate(cycle, review.getId(), new ReviewRating().superiorGrade(Grade.COMPETENT)
                    .performanceScore(80).styleScore(80).conductScore(80).capabilityScores(scores)
                    .proposedGrade(Grade.COMPETENT).version(review.getVersion()), null);
        }
        long finalised = System.nanoTime();
        assertEquals(CycleStatus.FINALIZED, cycles.cycleResourceFinalizeGrades(cycle, new FinalizeRequest(),
                UUID.randomUUID().toString(), null).getStatus());
        List<Capability> gaps = new ProfilesApi(Stack.client(HR)).cadreInsightResourceGaps(weak.toString(), null, null,
                null, null, null, null).getItems().stream().map(CapabilityGap::getCapability).toList();
        assertTrue(gaps.contains(Capability.RISK_MANAGEMENT), gaps::toString);

        MyLearningApi training = new MyLearningApi(Stack.client(HR));
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> training
                .myLearningResourceProposals(weak).stream()
                .anyMatch(p -> p.getReason() == ProposalReason.CAPABILITY_GAP
                        && p.getCapability() == Capability.RISK_MANAGEMENT));
        System.out.printf("assessment gap → training proposal: %d ms%n", (System.nanoTime() - finalised) / 1_000_000);
    }

    private static int score(String cadre, String capability) {
        return Stack.score(cadre, capability);
    }
}
