package org.benling.notification.domain;

import org.benling.platform.security.Roles;

/** What a to-do asks, whose it is, and how its title reads ({cadre} is the cadre's name when read). */
public enum TodoKind {

    /** A posting HR proposed waits for a leader's approval (rotation's PostingWorkflow: leaders approve). */
    POSTING_APPROVAL(Roles.LEADER, new Wording("审批挂职：{cadre} 赴{host}（{start} 起）",
            "Approve a posting: {cadre} to {host} (from {start})"), NoticeKind.POSTING_APPROVAL_DUE);

    private final String role;
    private final Wording wording;
    private final NoticeKind reminder;

    TodoKind(String role, Wording wording, NoticeKind reminder) {
        this.role = role;
        this.wording = wording;
        this.reminder = reminder;
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
