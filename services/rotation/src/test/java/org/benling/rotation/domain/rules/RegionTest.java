package org.benling.rotation.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("East, central and west (东中西部) by the province of a unit's division code")
class RegionTest {

    private static Optional<Region> region(String unitCode) {
        return Region.of(unitCode, Policies.DEFAULTS.provinces());
    }

    @ParameterizedTest(name = "{0} ({2}) → {1}")
    @CsvSource({
            "440100, EAST,    Guangdong",
            "110000, EAST,    Beijing",
            "310000, EAST,    Shanghai",
            "210100, EAST,    Liaoning",
            "460100, EAST,    Hainan",
            "420100, CENTRAL, Hubei",
            "220100, CENTRAL, Jilin",
            "230100, CENTRAL, Heilongjiang",
            "140100, CENTRAL, Shanxi",
            "510100, WEST,    Sichuan",
            "150100, WEST,    Inner Mongolia",
            "450100, WEST,    Guangxi",
            "500000, WEST,    Chongqing",
            "650100, WEST,    Xinjiang" })
    @DisplayName("the first two digits of the division code give the province's region")
    void byProvince(String unitCode, Region expected, String province) {
        assertEquals(Optional.of(expected), region(unitCode));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "EAST,    11 12 13 21 31 32 33 35 37 44 46",
            "CENTRAL, 14 22 23 34 36 41 42 43",
            "WEST,    15 45 50 51 52 53 54 61 62 63 64 65" })
    @DisplayName("the default division lists all 31 provinces in the usual three regions")
    void defaultDivision(Region region, String provinces) {
        for (String p : provinces.split(" ")) {
            assertEquals(Optional.of(region), region(p + "0000"), "province " + p);
        }
    }

    @Test
    @DisplayName("the policy's region() gives the same answer")
    void policyShortcut() {
        assertAll(
                () -> assertEquals(Optional.of(Region.WEST), Policies.DEFAULTS.region("510100")),
                () -> assertEquals(Optional.empty(), Policies.DEFAULTS.region("990000")));
    }

    @ParameterizedTest(name = "\"{0}\" → EAST")
    @ValueSource(strings = { "SPB", "D01", "SPB-HR" })
    @DisplayName("the bureau's own units (not a division code, in Beijing) are east")
    void bureauOwnUnits(String unitCode) {
        assertEquals(Optional.of(Region.EAST), region(unitCode));
    }

    @ParameterizedTest(name = "\"{0}\" → no region")
    @ValueSource(strings = { "99", "990100", "710000", "810000" })
    @DisplayName("a numeric code whose province no region lists has no region")
    void unknownProvince(String unitCode) {
        assertEquals(Optional.empty(), region(unitCode));
    }

    @Test
    @DisplayName("a missing or malformed division code has no region (only the bureau's letter codes are Beijing's)")
    void malformedCodes() {
        assertAll(
                () -> assertEquals(Optional.empty(), Policies.DEFAULTS.region(null)),
                () -> assertEquals(Optional.empty(), Policies.DEFAULTS.region("")),
                () -> assertEquals(Optional.empty(), Policies.DEFAULTS.region("4")),
                () -> assertEquals(Optional.empty(), Policies.DEFAULTS.region("4X0100")),
                () -> assertEquals(Optional.of(Region.EAST), Policies.DEFAULTS.region("SPB")));
    }

    @Test
    @DisplayName("the provinces of each region come from the policy")
    void customProvinces() {
        Map<Region, List<String>> custom = Map.of(Region.WEST, List.of("44"), Region.EAST, List.of("51"));
        assertAll(
                () -> assertEquals(Optional.of(Region.WEST), Region.of("440100", custom)),
                () -> assertEquals(Optional.of(Region.EAST), Region.of("510100", custom)),
                () -> assertEquals(Optional.empty(), Region.of("420100", custom), "Hubei is not listed"),
                () -> assertEquals(Optional.of(Region.EAST), Region.of("SPB", custom), "own units stay east"));
    }

    @Test
    @DisplayName("regions carry their Chinese names")
    void chineseNames() {
        assertAll(
                () -> assertEquals("东部", Region.EAST.chineseName()),
                () -> assertEquals("中部", Region.CENTRAL.chineseName()),
                () -> assertEquals("西部", Region.WEST.chineseName()));
    }
}
