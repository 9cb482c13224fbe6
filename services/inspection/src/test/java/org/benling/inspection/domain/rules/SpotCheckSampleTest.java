package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.benling.inspection.domain.rules.SpotCheckSample.Draw;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The random spot-check of 个人有关事项报告 (随机抽查), drawn reproducibly")
class SpotCheckSampleTest {

    private static final BigDecimal TEN_PERCENT = PersonalMattersPolicy.defaults().spotCheckRate();

    private static List<UUID> reporters(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.nameUUIDFromBytes(("reporter-" + i).getBytes())).toList();
    }

    @Test
    @DisplayName("10% of the reporters are checked, rounded up: 25 → 3, 20 → 2, 1 → 1, none → none")
    void tenPercentRoundedUp() {
        assertEquals(3, SpotCheckSample.size(25, TEN_PERCENT));
        assertEquals(2, SpotCheckSample.size(20, TEN_PERCENT));
        assertEquals(1, SpotCheckSample.size(1, TEN_PERCENT));
        assertEquals(0, SpotCheckSample.size(0, TEN_PERCENT));
        assertEquals(3, SpotCheckSample.draw("seed", reporters(25), TEN_PERCENT).sample().size());
    }

    @Test
    @DisplayName("the same seed and list draw the same sample, whatever order the list came in")
    void sameSeedAndListSameSample() {
        List<UUID> list = new ArrayList<>(reporters(40));
        Draw first = SpotCheckSample.draw("2027-抽查", list, TEN_PERCENT);
        Collections.reverse(list);
        Draw again = SpotCheckSample.draw("2027-抽查", list, TEN_PERCENT);
        assertEquals(first, again);
        assertEquals(first.reporters(), list.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(),
                "published in ascending order");
    }

    @Test
    @DisplayName("another seed, or a list with one reporter more or less, draws anew")
    void aChangedSeedOrListChangesIt() {
        List<UUID> list = reporters(60);
        Draw draw = SpotCheckSample.draw("seed-A", list, TEN_PERCENT);
        assertNotEquals(draw.sample(), SpotCheckSample.draw("seed-B", list, TEN_PERCENT).sample());
        Draw oneLess = SpotCheckSample.draw("seed-A", list.subList(1, 60), TEN_PERCENT);
        assertNotEquals(draw.listDigest(), oneLess.listDigest());
        assertNotEquals(draw.sample(), oneLess.sample());
        assertTrue(list.containsAll(draw.sample()));
    }

    @Test
    @DisplayName("anyone recomputes the sample from the published seed and list with SHA-256 alone")
    void anyoneRecomputesIt() throws Exception {
        List<UUID> list = reporters(30);
        Draw draw = SpotCheckSample.draw("c0ffee", list, TEN_PERCENT);

        // the recipe of the class's documentation, written out independently
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> ids = draw.reporters().stream().map(UUID::toString).toList();
        String digest = HexFormat.of().formatHex(sha.digest(String.join("\n", ids).getBytes(StandardCharsets.UTF_8)));
        assertEquals(digest, draw.listDigest());
        List<String> ranked = new ArrayList<>();
        for (String id : ids) {
            ranked.add(HexFormat.of().formatHex(sha.digest(("c0ffee:" + digest + ":" + id).getBytes(StandardCharsets.UTF_8)))
                    + " " + id);
        }
        Collections.sort(ranked);
        assertEquals(ranked.subList(0, 3).stream().map(r -> UUID.fromString(r.substring(65))).toList(), draw.sample());
    }
}
