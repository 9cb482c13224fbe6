package org.benling.training.domain;

/** Kinds of training the bureau runs (DOMAIN.md, "Training"; seed §一 items 1–4). */
public enum CourseKind {
    THEORY_STUDY("理论学习中心组"),
    SPECIAL_TOPIC("专题培训"),
    DESIGNATED("点名调训"),
    ROTATIONAL("集中轮训"),
    LECTURE_SERIES("强邮讲坛"),
    ONLINE("在线学习"),
    EXTERNAL_PLACEMENT("一校四院及高校培训"),
    BUSINESS("业务培训");

    private final String chineseName;

    CourseKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
