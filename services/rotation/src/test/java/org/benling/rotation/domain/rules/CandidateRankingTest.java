package org.benling.rotation.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.rotation.domain.rules.CandidateRanking.Candidate;
import org.benling.rotation.domain.rules.CandidateRanking.OpenGap;
import org.benling.rotation.domain.rules.CandidateRanking.Opening;
import org.benling.rotation.domain.rules.CandidateRanking.Ranked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Candidate ranking for an open posting: capability gap, time in post, east/central/west exchange")
class CandidateRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final int THRESHOLD = 60;

    /** An opening in the west that builds reform and innovation (e.g. a national-strategy-region posting). */
    private static final Opening REFORM_WEST = new Opening(Set.of(Capability.REFORM_INNOVATION), Optional.of(Region.WEST));

    private static final UUID A = id(1), B = id(2), C = id(3), D = id(4);

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private static OpenGap gap(Capability capability, int score) {
        return new OpenGap(capability, score, THRESHOLD);
    }

    private static Candidate cadre(UUID id, LocalDate postSince, Region home, OpenGap... gaps) {
        return new Candidate(id, postSince, false, Optional.ofNullable(home), List.of(gaps));
    }

    private static Candidate keyPostCadre(UUID id, LocalDate postSince, Region home, OpenGap... gaps) {
        return new Candidate(id, postSince, true, Optional.ofNullable(home), List.of(gaps));
    }

    private static LocalDate yearsAgo(int years) {
        return TODAY.minusYears(years);
    }

    private static List<Ranked> rank(Opening opening, Candidate... candidates) {
        return CandidateRanking.rank(opening, List.of(candidates), TODAY, Policies.DEFAULTS);
    }

    private static List<UUID> order(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::cadreId).toList();
    }

    private static Ranked only(Opening opening, Candidate candidate) {
        return rank(opening, candidate).get(0);
    }

    private static boolean anyReasonContains(Ranked r, String text) {
        return r.reasons().stream().anyMatch(s -> s.contains(text));
    }

    @Nested
    @DisplayName("capability gap fit")
    class GapFit {

        @Test
        @DisplayName("a cadre with an open gap in the capability the opening builds ranks above one without")
        void gapRanksAbove() {
            List<Ranked> ranked = rank(REFORM_WEST,
                    cadre(A, yearsAgo(3), Region.WEST),
                    cadre(B, yearsAgo(3), Region.WEST, gap(Capability.REFORM_INNOVATION, 50)));
            assertAll(
                    () -> assertEquals(List.of(B, A), order(ranked)),
                    () -> assertEquals(0.75, ranked.get(0).gapFit()),
                    () -> assertEquals(0.0, ranked.get(1).gapFit()));
        }

        @Test
        @DisplayName("a bigger gap (lower score) ranks higher")
        void biggerGapRanksHigher() {
            List<Ranked> ranked = rank(REFORM_WEST,
                    cadre(A, yearsAgo(3), Region.WEST, gap(Capability.REFORM_INNOVATION, 55)),
                    cadre(B, yearsAgo(3), Region.WEST, gap(Capability.REFORM_INNOVATION, 45)));
            assertAll(
                    () -> assertEquals(List.of(B, A), order(ranked)),
                    () -> assertEquals(0.875, ranked.get(0).gapFit()),
                    () -> assertEquals(0.625, ranked.get(1).gapFit()));
        }

        @Test
        @DisplayName("the gap fit is at most 1, however many gaps the opening closes")
        void gapFitCapped() {
            Opening broad = new Opening(Set.of(Capability.REFORM_INNOVATION, Capability.SCIENTIFIC_DEVELOPMENT),
                    Optional.empty());
            Ranked r = only(broad, cadre(A, yearsAgo(3), null,
                    gap(Capability.REFORM_INNOVATION, 20), gap(Capability.SCIENTIFIC_DEVELOPMENT, 20)));
            assertEquals(1.0, r.gapFit());
        }

        @Test
        @DisplayName("gaps in capabilities the opening does not build are ignored")
        void unrelatedGapIgnored() {
            Ranked r = only(REFORM_WEST, cadre(A, yearsAgo(3), Region.WEST, gap(Capability.LEARNING, 30)));
            assertAll(
                    () -> assertEquals(0.0, r.gapFit()),
                    () -> assertFalse(anyReasonContains(r, Capability.LEARNING.chineseName()), r.reasons().toString()),
                    () -> assertFalse(anyReasonContains(r, "能力短板"), r.reasons().toString()));
        }

        @Test
        @DisplayName("the reason names the capability in Chinese, the score and the threshold")
        void gapReason() {
            Ranked r = only(REFORM_WEST, cadre(A, yearsAgo(3), Region.WEST, gap(Capability.REFORM_INNOVATION, 48)));
            assertTrue(anyReasonContains(r, "能力短板：改革创新本领 48 分（阈值 60）"), r.reasons().toString());
        }
    }

    @Nested
    @DisplayName("time in the current post")
    class TenureFit {

        @Test
        @DisplayName("the tenure fit grows with the years in post towards the 10-year limit")
        void growsWithYears() {
            assertAll(
                    () -> assertEquals(0.2, only(REFORM_WEST, cadre(A, yearsAgo(2), null)).tenureFit(), 0.001),
                    () -> assertEquals(0.6, only(REFORM_WEST, cadre(A, yearsAgo(6), null)).tenureFit(), 0.001),
                    () -> assertEquals(1.0, only(REFORM_WEST, cadre(A, yearsAgo(10), null)).tenureFit(), 0.001));
        }

        @Test
        @DisplayName("the tenure fit is capped at 1 past the limit")
        void cappedAtOne() {
            assertEquals(1.0, only(REFORM_WEST, cadre(A, yearsAgo(15), null)).tenureFit());
        }

        @Test
        @DisplayName("a key post reaches 1 at 5 years, where an ordinary post is at 0.5")
        void keyPostReachesOneAtFive() {
            assertAll(
                    () -> assertEquals(1.0, only(REFORM_WEST, keyPostCadre(A, yearsAgo(5), null)).tenureFit(), 0.001),
                    () -> assertEquals(0.5, only(REFORM_WEST, cadre(A, yearsAgo(5), null)).tenureFit(), 0.001),
                    () -> assertEquals(0.6, only(REFORM_WEST, keyPostCadre(A, yearsAgo(3), null)).tenureFit(), 0.001));
        }

        @Test
        @DisplayName("the reason gives the years in post and the limit that applies")
        void tenureReason() {
            Ranked ordinary = only(REFORM_WEST, cadre(A, yearsAgo(6), null));
            Ranked key = only(REFORM_WEST, keyPostCadre(A, yearsAgo(3), null));
            assertAll(
                    () -> assertTrue(anyReasonContains(ordinary, "现岗任职 6.0 年（满 10 年须交流）"), ordinary.reasons().toString()),
                    () -> assertTrue(anyReasonContains(key, "现岗任职 3.0 年（满 5 年须交流）"), key.reasons().toString()));
        }

        @Test
        @DisplayName("before the anniversary the reason does not show the full limit in post")
        void reasonNotRoundedUpToLimit() {
            Candidate c = cadre(A, LocalDate.of(2016, 7, 1), null);
            Ranked r = CandidateRanking.rank(REFORM_WEST, List.of(c), LocalDate.of(2026, 6, 15), Policies.DEFAULTS).get(0);
            assertFalse(anyReasonContains(r, "现岗任职 10.0 年"), r.reasons().toString());
        }

        @Test
        @DisplayName("a cadre whose start in post is unknown gets no tenure fit and no tenure reason")
        void unknownPostSince() {
            Ranked r = only(REFORM_WEST, cadre(A, null, null));
            assertAll(
                    () -> assertEquals(0.0, r.tenureFit()),
                    () -> assertFalse(anyReasonContains(r, "现岗任职"), r.reasons().toString()));
        }
    }

    @Nested
    @DisplayName("exchange across east / central / west")
    class RegionFit {

        @Test
        @DisplayName("an exchange across regions adds a region fit of 1, with the reason 东部 → 西部")
        void crossRegion() {
            Ranked r = only(REFORM_WEST, cadre(A, yearsAgo(3), Region.EAST));
            assertAll(
                    () -> assertEquals(1.0, r.regionFit()),
                    () -> assertTrue(anyReasonContains(r, "东部 → 西部"), r.reasons().toString()));
        }

        @Test
        @DisplayName("an opening in the cadre's own region adds nothing and gives no exchange reason")
        void sameRegion() {
            Ranked r = only(REFORM_WEST, cadre(A, yearsAgo(3), Region.WEST));
            assertAll(
                    () -> assertEquals(0.0, r.regionFit()),
                    () -> assertFalse(anyReasonContains(r, "→"), r.reasons().toString()));
        }

        @Test
        @DisplayName("without a known region on either side there is no exchange")
        void unknownRegion() {
            Opening nowhere = new Opening(Set.of(Capability.REFORM_INNOVATION), Optional.empty());
            assertAll(
                    () -> assertEquals(0.0, only(REFORM_WEST, cadre(A, yearsAgo(3), null)).regionFit()),
                    () -> assertEquals(0.0, only(nowhere, cadre(A, yearsAgo(3), Region.EAST)).regionFit()));
        }

        @Test
        @DisplayName("the exchange ranks a cadre from another region above an equal one from the same region")
        void exchangeRanksAbove() {
            List<Ranked> ranked = rank(REFORM_WEST,
                    cadre(A, yearsAgo(3), Region.WEST),
                    cadre(B, yearsAgo(3), Region.CENTRAL));
            assertEquals(List.of(B, A), order(ranked));
        }
    }

    @Nested
    @DisplayName("score and order")
    class ScoreAndOrder {

        @Test
        @DisplayName("the score weighs gap 0.5, tenure 0.3 and region 0.2 by default")
        void defaultWeights() {
            Ranked r = only(REFORM_WEST, cadre(A, yearsAgo(6), Region.EAST, gap(Capability.REFORM_INNOVATION, 50)));
            // 0.5 × 0.75 + 0.3 × 0.6 + 0.2 × 1
            assertEquals(0.755, r.score(), 0.001);
        }

        @Test
        @DisplayName("the weights come from the policy: with only the region weighed, the exchange wins")
        void policyWeights() {
            RotationPolicy regionOnly = Policies.weights(0, 0, 1);
            List<Ranked> ranked = CandidateRanking.rank(REFORM_WEST, List.of(
                    cadre(A, yearsAgo(12), Region.WEST, gap(Capability.REFORM_INNOVATION, 30)),
                    cadre(B, yearsAgo(1), Region.EAST)), TODAY, regionOnly);
            assertAll(
                    () -> assertEquals(List.of(B, A), order(ranked)),
                    () -> assertEquals(1.0, ranked.get(0).score()),
                    () -> assertEquals(0.0, ranked.get(1).score()),
                    () -> assertEquals(1.0, ranked.get(1).gapFit(), "the fits are still reported"));
        }

        @Test
        @DisplayName("ranks run 1..n without gaps or shared places, even for equal scores")
        void ranksWithoutGaps() {
            List<Ranked> ranked = rank(REFORM_WEST,
                    cadre(D, yearsAgo(1), Region.WEST),
                    cadre(C, yearsAgo(11), Region.WEST),
                    cadre(B, yearsAgo(14), Region.WEST),
                    cadre(A, yearsAgo(3), Region.EAST, gap(Capability.REFORM_INNOVATION, 40)));
            assertAll(
                    () -> assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(Ranked::rank).toList()),
                    () -> assertEquals(List.of(A, B, C, D), order(ranked)),
                    () -> assertEquals(ranked.get(1).score(), ranked.get(2).score(), "B and C tie on score"));
        }

        @Test
        @DisplayName("equal scores are broken by the longer time in post (earlier start)")
        void tieByLongerTenure() {
            // both past the 10-year limit: tenure fit 1 each, same score
            List<Ranked> ranked = rank(REFORM_WEST,
                    cadre(A, LocalDate.of(2014, 1, 1), Region.WEST),
                    cadre(B, LocalDate.of(2010, 1, 1), Region.WEST));
            assertAll(
                    () -> assertEquals(ranked.get(0).score(), ranked.get(1).score()),
                    () -> assertEquals(List.of(B, A), order(ranked)));
        }

        @Test
        @DisplayName("equal scores and equal start in post are broken by cadre id, so the order is stable")
        void tieById() {
            List<Ranked> ranked = rank(REFORM_WEST,
                    cadre(C, yearsAgo(4), Region.EAST),
                    cadre(A, yearsAgo(4), Region.EAST),
                    cadre(B, yearsAgo(4), Region.EAST));
            assertEquals(List.of(A, B, C), order(ranked));
        }

        @Test
        @DisplayName("no candidates, no ranking")
        void noCandidates() {
            assertEquals(List.of(), rank(REFORM_WEST));
        }

        @Test
        @DisplayName("each ranked cadre keeps all its reasons: gap, time in post, exchange")
        void allReasons() {
            Ranked r = only(REFORM_WEST, cadre(A, yearsAgo(6), Region.EAST, gap(Capability.REFORM_INNOVATION, 48)));
            List<String> reasons = r.reasons();
            assertEquals(3, reasons.size(), reasons.toString());
            assertAll(
                    () -> assertTrue(reasons.get(0).startsWith("能力短板"), reasons.get(0)),
                    () -> assertTrue(reasons.get(1).startsWith("现岗任职"), reasons.get(1)),
                    () -> assertTrue(reasons.get(2).startsWith("东部 → 西部"), reasons.get(2)));
        }
    }
}
