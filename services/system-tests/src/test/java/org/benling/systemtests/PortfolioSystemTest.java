package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.client.ApiException;
import org.benling.client.api.MeasuresApi;
import org.benling.client.api.PortfolioApi;
import org.benling.client.model.Measure;
import org.benling.client.model.MeasureRequest;
import org.benling.client.model.MeasureType;
import org.benling.client.model.Portfolio;
import org.benling.client.model.PortfolioSection;
import org.benling.client.model.PortfolioSectionState;
import org.benling.client.model.SectionStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cadre's portfolio on the whole stack: each section is its owner's answer to the caller, so HR of the province
 * reads the cadre's record, training, assessment and postings but not the supervision measures (which a leader
 * reads), and a cadre of another province has no portfolio for it at all; when training is down its sections are
 * marked unavailable and the rest is still answered.
 */
class PortfolioSystemTest {

    static UUID guangdongCadre;
    static UUID sichuanCadre;

    @BeforeAll
    static void aCadreInGuangdongAndOneInSichuan() {
        guangdongCadre = UUID.fromString(Stack.newUnit("PF", 1).cadres().get(0));
        sichuanCadre = UUID.fromString(Stack.newUnit("PS", 1, "MUNICIPAL", Stack.province("510000").toString(), "admin")
                .cadres().get(0));
    }

    private static Portfolio portfolio(String user, UUID cadre) throws ApiException {
        return new PortfolioApi(Stack.client(user)).portfolioResourcePortfolio(cadre);
    }

    private static Map<PortfolioSection, SectionStatus> statuses(Portfolio portfolio) {
        return portfolio.getSections().stream()
                .collect(Collectors.toMap(PortfolioSectionState::getSection, PortfolioSectionState::getStatus));
    }

    @Test
    void hrReadsItsProvincesCadreWithoutTheMeasuresAndNothingOfAnotherProvince() throws ApiException {
        Measure measure = Stack.created(new MeasuresApi(Stack.client("inspector")).measureResourceApplyWithHttpInfo(
                new MeasureRequest().cadreId(guangdongCadre).type(MeasureType.WARNING).appliedOn(Stack.today())
                        .reason("系统测试：全景档案"), UUID.randomUUID().toString()));

        // the leader reads the measure in the portfolio once inspection has it, and its effect on eligibility
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(300)).until(() -> {
            Portfolio leader = portfolio("leader", guangdongCadre);
            return leader.getMeasures() != null && leader.getMeasures().getTotal() == 1
                    && leader.getEligibility() != null && !leader.getEligibility().getEligible();
        });
        Portfolio leader = portfolio("leader", guangdongCadre);
        assertEquals(measure.getId(), leader.getMeasures().getItems().get(0).getId());
        statuses(leader).forEach((section, status) -> assertFalse(status == SectionStatus.UNAVAILABLE
                || status == SectionStatus.RESTRICTED, section + " " + status + " for the leader"));

        Portfolio hr = portfolio(Stack.HR, guangdongCadre);
        Map<PortfolioSection, SectionStatus> statuses = statuses(hr);
        assertEquals(guangdongCadre, hr.getCadre().getId());
        assertEquals(SectionStatus.AVAILABLE, statuses.get(PortfolioSection.COMPLIANCE));
        assertEquals(SectionStatus.AVAILABLE, statuses.get(PortfolioSection.PROFILE));
        assertEquals(SectionStatus.AVAILABLE, statuses.get(PortfolioSection.POSTINGS));
        // HR sees that the cadre is not eligible, never the measure
        assertFalse(hr.getEligibility().getEligible());
        assertEquals(SectionStatus.RESTRICTED, statuses.get(PortfolioSection.MEASURES));
        assertNull(hr.getMeasures());

        Stack.problem(404, () -> portfolio(Stack.HR, sichuanCadre));
        assertNotNull(portfolio("leader", sichuanCadre).getCadre());
    }

    @Test
    void withTrainingDownItsSectionsAreUnavailableAndTheRestIsAnswered() throws Exception {
        try {
            Faults.stop("training", false);
            if (Integer.getInteger("benling.replicas", 1) > 1) {
                Faults.stop("training-2", false);
            }
            Portfolio hr = portfolio(Stack.HR, guangdongCadre);
            Map<PortfolioSection, SectionStatus> statuses = statuses(hr);
            assertEquals(SectionStatus.UNAVAILABLE, statuses.get(PortfolioSection.COMPLIANCE));
            assertEquals(SectionStatus.UNAVAILABLE, statuses.get(PortfolioSection.TRAINING_RECORDS));
            assertEquals(SectionStatus.UNAVAILABLE, statuses.get(PortfolioSection.TRAINING_PROPOSALS));
            assertNull(hr.getCompliance());
            assertEquals(SectionStatus.AVAILABLE, statuses.get(PortfolioSection.CADRE));
            assertEquals(SectionStatus.AVAILABLE, statuses.get(PortfolioSection.PROFILE));
            assertEquals(guangdongCadre, hr.getCadre().getId());
        } finally {
            Faults.startMissing();
        }
    }
}
