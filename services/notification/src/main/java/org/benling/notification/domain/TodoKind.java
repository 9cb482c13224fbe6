package org.benling.notification.domain;

import org.benling.platform.security.Roles;

/** What a to-do asks, whose it is, and how its title reads ({cadre} is the cadre's name when read). */
public enum TodoKind {

    /** A posting HR proposed waits for a leader's approval (rotation's PostingWorkflow: leaders approve). */
    POSTING_APPROVAL(Roles.LEADER, new Wording("审批挂职：{cadre} 赴{host}（{start} 起）",
            "Approve a posting: {cadre} to {host} (from {start})"));

    private final String role;
    private final Wording wording;

    TodoKind(String role, Wording wording) {
        this.role = role;
        this.wording = wording;
    }

    /** The role whose members do it. */
    public String role() {
        return role;
    }

    public Wording wording() {
        return wording;
    }
}
