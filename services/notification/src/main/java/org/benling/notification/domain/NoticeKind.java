package org.benling.notification.domain;

/** What a notification tells, and how its title reads ({cadre} is the cadre's name when read). */
public enum NoticeKind {

    /** To the leaders: a posting waits for their approval (it is on their to-do list too). */
    POSTING_PROPOSED(new Wording("新的挂职待审批：{cadre} 赴{host}", "A posting waits for approval: {cadre} to {host}"),
            new Wording("新的挂职待审批", "New postings to approve")),

    /** To the cadre: their posting was approved. */
    POSTING_APPROVED(new Wording("您的挂职已批准：赴{host}，{start} 起", "Your posting was approved: to {host}, from {start}"),
            new Wording("我的挂职批准", "My postings approved")),

    /** To the leaders: a posting still waits for approval, and its planned start comes near. */
    POSTING_APPROVAL_DUE(new Wording("挂职待审批，{due} 到期（还有 {days} 天）：{cadre} 赴{host}",
            "A posting waits for approval, due {due} (in {days} days): {cadre} to {host}"),
            new Wording("挂职审批到期提醒", "Posting approvals coming due")),

    /** To the unit's HR: a finding awaits its rectification report (it is on their to-do list too). */
    RECTIFICATION_REQUIRED(new Wording("巡视巡察发现问题待整改：{unit}「{category}」，{due} 前报送整改报告",
            "A finding awaits rectification: {unit}, \"{category}\"; report by {due}"),
            new Wording("巡视巡察问题待整改", "Findings to rectify")),

    /** To the unit's HR: a rectification report's deadline comes near. */
    RECTIFICATION_REPORT_DUE(new Wording("整改报告 {due} 到期（还有 {days} 天）：{unit}「{category}」",
            "A rectification report is due {due} (in {days} days): {unit}, \"{category}\""),
            new Wording("整改报告到期提醒", "Rectification reports coming due")),

    /** To the inspectors in reach: a rectification report waits for their judgement (on their to-do list too). */
    RECTIFICATION_SUBMITTED(new Wording("整改报告待审核：{unit}「{category}」", "A rectification report waits for judgement: {unit}, \"{category}\""),
            new Wording("整改报告待审核", "Rectification reports to judge")),

    /** To the unit's HR: a rectification report is past its deadline (inspection's RectificationOverdue). */
    RECTIFICATION_OVERDUE(new Wording("整改报告已逾期（{due}）：{unit}「{category}」",
            "A rectification report is overdue (due {due}): {unit}, \"{category}\""),
            new Wording("整改报告逾期", "Rectification reports overdue")),

    /** To the cadre: behind a training-hour requirement (training's early warning). */
    TRAINING_HOURS_SHORTFALL(new Wording("学时预警：{requirementZh}还差 {missing} 学时{dueZh}",
            "Training hours: {missing} short of the {requirementEn}{dueEn}"),
            new Wording("学时预警", "Training-hour warnings")),

    /** To the cadre: the deadline of a training-hour requirement comes near. */
    TRAINING_HOURS_DUE(new Wording("学时 {due} 到期（还有 {days} 天）：{requirementZh}还差 {missing} 学时",
            "Training hours due {due} (in {days} days): {missing} short of the {requirementEn}"),
            new Wording("学时到期提醒", "Training hours coming due")),

    /** To the home unit's HR: a care check-in with a cadre on a posting comes due. */
    CHECK_IN_DUE(new Wording("谈心走访 {due} 到期（还有 {days} 天）：{cadre}（挂职{host}）",
            "A check-in is due {due} (in {days} days): {cadre}, posted to {host}"),
            new Wording("谈心走访到期提醒", "Care check-ins coming due")),

    /** To the cadre: the unit's annual assessment opened, and their self-report is asked for. */
    SELF_REPORT_REQUESTED(new Wording("{year} 年度考核已开始：请于 {due} 前提交述职报告",
            "The {year} annual assessment has begun: file your self-report by {due}"),
            new Wording("年度考核述职", "Annual self-reports asked")),

    /** To the cadre: the self-report's deadline comes near. */
    SELF_REPORT_DUE(new Wording("述职报告 {due} 到期（还有 {days} 天）：{year} 年度考核",
            "Your self-report is due {due} (in {days} days): the {year} annual assessment"),
            new Wording("述职到期提醒", "Self-reports coming due")),

    /** To the cadre: HR designated them for a class (点名调训), with a place or on its waitlist. */
    CLASS_DESIGNATED(new Wording("您被点名参加培训{waitlistedZh}：{title}（{start} 至 {end}）",
            "You are designated for a class{waitlistedEn}: {title} ({start} to {end})"),
            new Wording("点名调训", "Designated for classes")),

    /** To the cadre: a place in a class they waited for is theirs now. */
    CLASS_PLACE_FREED(new Wording("候补转正：{title}（{start} 至 {end}）",
            "You have a place now: {title} ({start} to {end})"),
            new Wording("候补转正", "Places from the waitlist")),

    /** To the cadre: the yearly personal-matters report is asked for (the season opened). */
    PERSONAL_REPORT_REQUESTED(new Wording("请于 {due} 前填报 {year} 年度个人有关事项报告",
            "File your {year} personal-matters report by {due}"),
            new Wording("个人有关事项报告填报", "Personal-matters reports asked")),

    /** To the cadre: the personal-matters report's deadline comes near. */
    PERSONAL_REPORT_DUE(new Wording("个人有关事项报告 {due} 到期（还有 {days} 天）：{year} 年度",
            "Your {year} personal-matters report is due {due} (in {days} days)"),
            new Wording("个人有关事项报告到期提醒", "Personal-matters reports coming due")),

    /** To the leaders: a private trip abroad waits for their approval, before the departure (on their to-do list too). */
    TRIP_REQUESTED(new Wording("出国（境）申请待审批：{cadre} 赴{destination}（{depart} 出行）",
            "A trip abroad waits for approval: {cadre} to {destination} (leaving {depart})"),
            new Wording("出国（境）申请待审批", "Trips abroad to approve")),

    /** To the leaders: the departure of a trip still waiting for approval comes near. */
    TRIP_APPROVAL_DUE(new Wording("出国（境）申请 {due} 出行（还有 {days} 天）：{cadre} 赴{destination}",
            "A trip abroad leaves {due} (in {days} days): {cadre} to {destination}"),
            new Wording("出国（境）审批到期提醒", "Trip approvals coming due")),

    /** To the cadre: their trip was approved or refused. */
    TRIP_DECIDED(new Wording("您赴{destination}的出国（境）申请{outcomeZh}", "Your trip to {destination} was {outcomeEn}"),
            new Wording("出国（境）审批结果", "Trip decisions")),

    /** To the HR office holding the passport: its last day back comes near. */
    PASSPORT_RETURN_DUE(new Wording("证照 {due} 前应交回（还有 {days} 天）：{cadre}（赴{destination}）",
            "A passport is due back {due} (in {days} days): {cadre} (to {destination})"),
            new Wording("证照交回提醒", "Passports coming due back")),

    /** To HR or the inspectors in reach: a trail's joint review (凡提四必) asks their check (on their to-do list too). */
    JOINT_REVIEW_CHECK_REQUESTED(new Wording("凡提四必待答复：{post}，{checkZh}（{count} 人）",
            "Joint review to answer: {post}, {checkEn} ({count} candidates)"),
            new Wording("凡提四必待答复", "Joint-review checks to answer"));

    private final Wording wording;
    private final Wording label;

    NoticeKind(Wording wording, Wording label) {
        this.wording = wording;
        this.label = label;
    }

    /** The kind's name on the preferences page. */
    public Wording label() {
        return label;
    }

    /**
     * How it reaches a person who chose nothing for it: by e-mail, for every kind, so it is said once here rather than
     * on each. A choice equal to it is not stored (Preferences), so changing it reaches everyone who never chose.
     */
    public Channel defaultChannel() {
        return Channel.EMAIL;
    }

    public Wording wording() {
        return wording;
    }
}
