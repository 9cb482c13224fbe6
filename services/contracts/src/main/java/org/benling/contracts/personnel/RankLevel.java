package org.benling.contracts.personnel;

import org.benling.contracts.ChineseNamed;

/**
 * Rank levels of leading cadres (职级/领导职务层次), highest first. The tier decides which training-hour
 * rule applies: county/division level and above (县处级以上) or section level and below (乡科级及以下).
 */
public enum RankLevel implements ChineseNamed {
    BUREAU_PRINCIPAL("正厅局级", "bureau level, principal", Tier.DIVISION_AND_ABOVE),
    BUREAU_DEPUTY("副厅局级", "bureau level, deputy", Tier.DIVISION_AND_ABOVE),
    DIVISION_PRINCIPAL("正县处级", "division level, principal", Tier.DIVISION_AND_ABOVE),
    DIVISION_DEPUTY("副县处级", "division level, deputy", Tier.DIVISION_AND_ABOVE),
    SECTION_PRINCIPAL("正乡科级", "section level, principal", Tier.SECTION_AND_BELOW),
    SECTION_DEPUTY("副乡科级", "section level, deputy", Tier.SECTION_AND_BELOW);

    public enum Tier { DIVISION_AND_ABOVE, SECTION_AND_BELOW }

    private final String chineseName;
    private final String englishName;
    private final Tier tier;

    RankLevel(String chineseName, String englishName, Tier tier) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.tier = tier;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public Tier tier() {
        return tier;
    }
}
