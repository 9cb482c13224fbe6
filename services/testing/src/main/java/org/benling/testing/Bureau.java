package org.benling.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.contracts.personnel.UnitKind;

/**
 * The bureau's tree the services' tests run against, as personnel's events describe it: the bureau, Guangdong (east)
 * with Guangzhou and Shenzhen below, Hubei (central), Sichuan (west) and Beijing (east, another province's HR). A
 * test that needs data no other test sees makes a unit or cadres of its own ({@link #municipal}, {@link #cadre}).
 * A module's test fixture puts these into its read model, exactly as the personnel events would.
 */
public final class Bureau {

    public static final UUID SPB = unitId("SPB");
    public static final UUID GUANGDONG = unitId("440000");
    public static final UUID GUANGZHOU = unitId("440100");
    public static final UUID SHENZHEN = unitId("440300");
    public static final UUID HUBEI = unitId("420000");
    public static final UUID SICHUAN = unitId("510000");
    public static final UUID BEIJING = unitId("110000");

    private Bureau() {
    }

    /** The tree, parents before children. */
    public static List<UnitChanged> units() {
        return List.of(
                new UnitChanged(SPB, "SPB", "国家邮政局", UnitKind.BUREAU, null, path(SPB), true),
                new UnitChanged(GUANGDONG, "440000", "广东省邮政管理局", UnitKind.PROVINCIAL, SPB, path(SPB, GUANGDONG), true),
                new UnitChanged(GUANGZHOU, "440100", "广州市邮政管理局", UnitKind.MUNICIPAL, GUANGDONG,
                        path(SPB, GUANGDONG, GUANGZHOU), true),
                new UnitChanged(SHENZHEN, "440300", "深圳市邮政管理局", UnitKind.MUNICIPAL, GUANGDONG,
                        path(SPB, GUANGDONG, SHENZHEN), true),
                new UnitChanged(HUBEI, "420000", "湖北省邮政管理局", UnitKind.PROVINCIAL, SPB, path(SPB, HUBEI), true),
                new UnitChanged(SICHUAN, "510000", "四川省邮政管理局", UnitKind.PROVINCIAL, SPB, path(SPB, SICHUAN), true),
                new UnitChanged(BEIJING, "110000", "北京市邮政管理局", UnitKind.PROVINCIAL, SPB, path(SPB, BEIJING), true));
    }

    /** The units of the tree with these ids, parents first. */
    public static List<UnitChanged> units(UUID... ids) {
        List<UUID> wanted = List.of(ids);
        return units().stream().filter(u -> wanted.contains(u.unitId())).toList();
    }

    /** A municipal unit of a test's own under Guangdong. */
    public static UnitChanged municipal(String code, String name) {
        UUID id = unitId(code);
        return new UnitChanged(id, code, name, UnitKind.MUNICIPAL, GUANGDONG, path(SPB, GUANGDONG, id), true);
    }

    /** A unit's materialised path, from the root down: {@code /root/…/unit/}. */
    public static String path(UUID... fromTheRoot) {
        StringBuilder path = new StringBuilder("/");
        for (UUID id : fromTheRoot) {
            path.append(id).append('/');
        }
        return path.toString();
    }

    /** An active cadre as personnel registers one: born 1985, in the rank and the post since {@code since}. */
    public static CadreProfile cadre(UUID id, String number, String name, UUID unit, String title, RankLevel rank,
            LocalDate since) {
        return new CadreProfile(id, number, name, Gender.FEMALE, LocalDate.of(1985, 1, 1), unit, title, rank, since,
                since, Set.of(), null, null, CadreProfile.CadreStatus.ACTIVE);
    }

    public static UUID unitId(String code) {
        return id("unit:" + code);
    }

    public static UUID cadreId(String number) {
        return id("cadre:" + number);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("benling-test:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
