package org.benling.training.domain.rules;

/** The training-hour requirements a cadre can be held to. */
public enum RequirementKind {
    /** County/division level and above: 550 学时 or 3 months off the job in the last 5 years. */
    ROLLING_FIVE_YEAR,
    /** Section level and below: 90 学时 or 12 days off the job each calendar year. */
    ANNUAL,
    /** Every cadre: 50 学时 of online learning each calendar year. */
    ONLINE_ANNUAL
}
