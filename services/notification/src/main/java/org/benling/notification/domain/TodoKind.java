package org.benling.notification.domain;

import org.benling.platform.security.Roles;

/** What a to-do asks, whose it is, and how its title reads ({cadre} is the cadre's name when read). */
public enum TodoKind {

    /** A posting HR proposed waits for a leader's approval (rotation's PostingWorkflow: leaders approve). */
    POSTING_APPROVAL(Roles.LEADER, new Wording("审批挂职：{cadre} 赴{host}（{start} 起）",
            "Approve a posting: {cadre} to {host} (from {start})"), NoticeKind.POSTING_APPROVAL_DUE),

    /**
     * A finding of an inspection round waits for its rectification report from the HR office of the unit (inspection's
     * FindingWorkflow: the responsible unit reports, 2 months after feedback by default).
     */
    RECTIFICATION_REPORT(Roles.HR, new Wording("报送整改报告：{unit}「{category}」（{due} 前）",
            "File the rectification report: {unit}, \"{category}\" (by {due})"), NoticeKind.RECTIFICATION_REPORT_DUE),

    /**
     * A rectification report waits for the inspectors' judgement (accept and close, or send back): the to-do of the
     * inspectors whose reach covers the unit, until inspection closes the finding or asks for a report again.
     */
    RECTIFICATION_REVIEW(Roles.INSPECTOR, new Wording("审核整改报告：{unit}「{category}」",
            "Judge the rectification report: {unit}, \"{category}\""), NoticeKind.RECTIFICATION_SUBMITTED),

    /**
     * The cadre is behind a training-hour requirement (training's early warning) until training says it is met; the
     * cadre's own to-do.
     */
    TRAINING_HOURS(Roles.CADRE, new Wording("补足学时：{requirementZh}还差 {missing} 学时{dueZh}",
            "Make up training hours: {missing} short of the {requirementEn}{dueEn}"), NoticeKind.TRAINING_HOURS_DUE),

    /**
     * A cadre on a posting is due a care check-in (人文关怀) from the HR office of the home unit (rotation's policy sets
     * the interval); one to-do a posting, moved on by each check-in, withdrawn when the posting ends.
     */
    CARE_CHECK_IN(Roles.HR, new Wording("谈心走访：{cadre}（挂职{host}），{due} 前",
            "Check in with {cadre} (posted to {host}) by {due}"), NoticeKind.CHECK_IN_DUE),

    /**
     * The cadre's self-report (述职述责述廉) of the year's annual review, asked when the unit's cycle opens, until it is
     * filed (done) or the review is finalised without it (withdrawn); the cadre's own to-do.
     */
    SELF_REPORT(Roles.CADRE, new Wording("提交 {year} 年度述职报告（{due} 前）",
            "File your {year} self-report (by {due})"), NoticeKind.SELF_REPORT_DUE),

    /**
     * The cadre's yearly personal-matters report (个人有关事项报告), asked when the season opens (inspection's
     * PersonalReportRequested), until it is filed; the cadre's own to-do. Late, it stays open: a late report is
     * still due.
     */
    PERSONAL_REPORT(Roles.CADRE, new Wording("填报 {year} 年度个人有关事项报告（{due} 前）",
            "File your {year} personal-matters report (by {due})"), NoticeKind.PERSONAL_REPORT_DUE),

    /**
     * A private trip abroad waits for a leader's approval (inspection's TripWorkflow: before the departure day), until a
     * leader decides or it is withdrawn.
     */
    TRIP_APPROVAL(Roles.LEADER, new Wording("审批出国（境）申请：{cadre} 赴{destination}（{depart} 出行）",
            "Decide on a trip abroad: {cadre} to {destination} (leaving {depart})"), NoticeKind.TRIP_APPROVAL_DUE),

    /**
     * A passport issued for a trip is to come back to the HR office that holds it by its last day (return day plus
     * the return period), until it is back.
     */
    PASSPORT_RETURN(Roles.HR, new Wording("收回证照：{cadre}（赴{destination}），{due} 前交回",
            "Take back the passport of {cadre} (to {destination}) by {due}"), NoticeKind.PASSPORT_RETURN_DUE),

    /**
     * 凡提四必 of an appointment trail: the personnel files of its candidates wait for HR's review (人事档案专审), until
     * every candidate's is answered or the trail moves on (selection's JointReviewChecksChanged).
     */
    JOINT_REVIEW_FILE(Roles.HR),

    /** 凡提四必: the candidates' personal-matters reports wait for HR's check (个人有关事项核查, or inspection's 提拔必查). */
    JOINT_REVIEW_PERSONAL_MATTERS(Roles.HR),

    /** 凡提四必: the discipline organ's opinion on the candidates (纪检监察机关意见), the inspectors in reach. */
    JOINT_REVIEW_DISCIPLINE(Roles.INSPECTOR),

    /** 凡提四必: the petitions and reports about the candidates looked into (信访举报核查), the inspectors in reach. */
    JOINT_REVIEW_PETITIONS(Roles.INSPECTOR);

    private final String role;
    private final Wording wording;
    private final NoticeKind reminder;

    TodoKind(String role, Wording wording, NoticeKind reminder) {
        this.role = role;
        this.wording = wording;
        this.reminder = reminder;
    }

    /**
     * A check of 凡提四必: the four read alike and share their reminder. The check's own words come with the params
     * ({checkZh}, {checkEn}: JointReviewNotices), which their reminder reads already, so they are written once.
     */
    TodoKind(String role) {
        this(role, new Wording("凡提四必·{checkZh}：{post}（{count} 人待答复）",
                "Joint review, {checkEn}: {post} ({count} to answer)"), NoticeKind.JOINT_REVIEW_CHECK_REQUESTED);
    }

    /** What its people are told as its due date comes near ({days} and {due} added to its params). */
    public NoticeKind reminder() {
        return reminder;
    }

    /** The role whose members do it. */
    public String role() {
        return role;
    }

    public Wording wording() {
        return wording;
    }
}
