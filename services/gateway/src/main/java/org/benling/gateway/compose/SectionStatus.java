package org.benling.gateway.compose;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionStatus", description = "AVAILABLE 已取得；RESTRICTED 调用者无权查看（所有者拒绝）；NOT_FOUND 所有者尚无此干部的记录；"
        + "UNAVAILABLE 所有者服务暂不可用或超时 / AVAILABLE read; RESTRICTED the owner refused the caller; NOT_FOUND the owner"
        + " holds nothing for the cadre (yet); UNAVAILABLE the owner is down or missed the deadline")
public enum SectionStatus {
    AVAILABLE, RESTRICTED, NOT_FOUND, UNAVAILABLE;

    /** How an owner's answer counts for its section. */
    static SectionStatus of(OwnerCalls.OwnerAnswer answer) {
        return switch (answer.status()) {
            case 200 -> AVAILABLE;
            case 403 -> RESTRICTED;
            case 404 -> NOT_FOUND;
            default -> UNAVAILABLE;
        };
    }

    /** Why a section is not there, for the reader (null when it is). */
    String detail(OwnerCalls.OwnerAnswer answer) {
        return switch (this) {
            case AVAILABLE -> null;
            case RESTRICTED -> "无权查看 / not for this caller";
            case NOT_FOUND -> "暂无记录 / nothing recorded";
            case UNAVAILABLE -> answer.answered() ? "服务返回 " + answer.status() + " / the service answered " + answer.status()
                    : "服务暂不可用 / the service is unavailable (" + answer.failure() + ")";
        };
    }
}
