package org.benling.notification.domain;

/** What a notification tells, and how its title reads ({cadre} is the cadre's name when read). */
public enum NoticeKind {

    /** To the leaders: a posting waits for their approval (it is on their to-do list too). */
    POSTING_PROPOSED(new Wording("新的挂职待审批：{cadre} 赴{host}", "A posting waits for approval: {cadre} to {host}")),

    /** To the cadre: their posting was approved. */
    POSTING_APPROVED(new Wording("您的挂职已批准：赴{host}，{start} 起", "Your posting was approved: to {host}, from {start}")),

    /** To the leaders: a posting still waits for approval, and its planned start comes near. */
    POSTING_APPROVAL_DUE(new Wording("挂职待审批，{due} 到期（还有 {days} 天）：{cadre} 赴{host}",
            "A posting waits for approval, due {due} (in {days} days): {cadre} to {host}"));

    private final Wording wording;

    NoticeKind(Wording wording) {
        this.wording = wording;
    }

    public Wording wording() {
        return wording;
    }
}
