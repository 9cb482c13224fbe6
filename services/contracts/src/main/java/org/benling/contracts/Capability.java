package org.benling.contracts;

/**
 * The eight capabilities (八项本领) every leading cadre is developed along, in the order the
 * State Post Bureau's opinion lists them. The order is part of the contract.
 */
public enum Capability {
    LEARNING("学习本领", "learning"),
    POLITICAL_LEADERSHIP("政治领导本领", "political leadership"),
    REFORM_INNOVATION("改革创新本领", "reform and innovation"),
    SCIENTIFIC_DEVELOPMENT("科学发展本领", "scientific development"),
    LAW_BASED_GOVERNANCE("依法执政本领", "law-based governance"),
    MASS_WORK("群众工作本领", "working with the public"),
    IMPLEMENTATION("狠抓落实本领", "delivery and follow-through"),
    RISK_MANAGEMENT("驾驭风险本领", "risk management");

    private final String chineseName;
    private final String englishName;

    Capability(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
